// #/p/{id}/entities : the people and places of a project (mentions grouped by canonical name), with
// merge (several entities into one name) and split (some mentions into a new entity).
import { api } from '../api.js';
import { h, clear, enc, cls, idPart, count, num, plural, debounce } from '../dom.js';
import { href } from '../router.js';
import { act, notice, setCrumbs, showMessage } from '../ui.js';
import { typeLabel } from './types.js';

const SECTION_TITLES = { person: 'People', place: 'Places' };

export async function render(container, route, nav) {
  const projectId = route.id;
  const base = `/api/projects/${enc(projectId)}`;
  const [project, first] = await Promise.all([
    api(base, { signal: nav.signal }),
    api(`${base}/entities`, { signal: nav.signal }),
  ]);
  if (!nav.alive()) return undefined;
  setCrumbs([
    { label: 'Projects', href: href.projects() },
    { label: project.name || projectId, href: href.project(projectId) },
    { label: 'People and places' },
  ]);

  let entities = Array.isArray(first) ? first : [];
  const selected = new Map(); // key -> entity
  let autoName = true;

  // ----- merge bar -----
  const mergeName = h('input', { id: 'merge-name', type: 'text', autocomplete: 'off', placeholder: 'name of the merged entity' });
  const mergeButton = h('button', { id: 'merge-btn', type: 'submit', class: 'primary', disabled: true }, 'Merge');
  const clearButton = h('button', { id: 'merge-clear', type: 'button', class: 'small' }, 'Clear selection');
  const mergeState = h('span', { id: 'merge-state', class: 'muted', 'aria-live': 'polite' });
  const mergeForm = h('form', { class: 'merge-bar inline-form', id: 'merge-form', 'aria-label': 'Merge entities' },
    mergeState, h('label', { for: 'merge-name' }, 'Name'), mergeName, mergeButton, clearButton);
  mergeName.addEventListener('input', () => { autoName = mergeName.value.trim() === ''; });

  const filterInput = h('input', { id: 'entity-filter', type: 'search', autocomplete: 'off', placeholder: 'Filter by name' });
  const lists = h('div', { class: 'entity-sections', id: 'entity-sections' });

  container.append(
    h('div', { class: 'page-head' }, h('h1', null, 'People and places'),
      h('nav', { class: 'project-links', 'aria-label': 'Project' },
        h('a', { class: 'button-link', href: href.project(projectId) }, 'Documents'),
        h('a', { class: 'button-link', href: href.conflicts(projectId) }, 'Conflicts'))),
    h('p', { class: 'muted' }, 'Mentions are grouped by their canonical name. Tick two or more entities of the same type to merge them under one name (every mention’s canonical becomes that name); open an entity and tick some of its mentions to split them off.'),
    h('div', { class: 'filters' }, h('div', { class: 'field' }, h('label', { for: 'entity-filter' }, 'Filter'), filterInput)),
    mergeForm,
    lists,
  );

  function selectedType() {
    const types = new Set([...selected.values()].map((e) => e.type));
    return types.size === 1 ? [...types][0] : (types.size ? null : undefined);
  }

  function updateMergeBar() {
    const n = selected.size;
    const type = selectedType();
    if (!n) mergeState.textContent = 'Tick entities to merge them.';
    else if (type === null) mergeState.textContent = `${n} selected: entities of different types cannot be merged.`;
    else mergeState.textContent = `${plural(n, typeLabel(type).toLowerCase())} selected.`;
    mergeButton.disabled = n < 2 || type === null;
    if (autoName) mergeName.value = n ? [...selected.values()][0].name || '' : '';
  }

  function renderLists() {
    clear(lists);
    const types = [...new Set(['person', 'place', ...entities.map((e) => e.type)])];
    for (const type of types) {
      const items = entities.filter((e) => e.type === type);
      if (!items.length && !SECTION_TITLES[type]) continue;
      const ul = h('ul', { class: 'entity-list', dataset: { type } });
      const frag = document.createDocumentFragment();
      for (const e of items) frag.append(entityItem(e));
      ul.append(frag);
      lists.append(h('section', { class: 'card entity-section', dataset: { type }, 'aria-label': SECTION_TITLES[type] || type },
        h('h2', { class: `t-${cls(type)}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), `${SECTION_TITLES[type] || typeLabel(type)} `, h('span', { class: 'muted' }, `(${num(items.length)})`)),
        items.length ? ul : h('p', { class: 'muted' }, `No ${(SECTION_TITLES[type] || type).toLowerCase()} in this project.`)));
    }
    applyFilter();
    updateMergeBar();
  }

  function entityItem(e) {
    const checkId = `merge-${cls(e.type)}-${idPart(e.key)}`;
    const check = h('input', { type: 'checkbox', class: 'merge-check', id: checkId, checked: selected.has(String(e.key)), value: String(e.key) });
    check.addEventListener('change', () => {
      if (check.checked) selected.set(String(e.key), e);
      else selected.delete(String(e.key));
      updateMergeBar();
    });
    const mentions = Array.isArray(e.mentions) ? e.mentions : [];
    const docCount = e.documents !== undefined ? count(e.documents) : new Set(mentions.map((m) => m.document)).size;
    const conflicts = count(e.conflicts);
    const details = h('details', { class: 'mentions' }, h('summary', null, `Mentions (${num(mentions.length)})`));
    let filled = false;
    details.addEventListener('toggle', () => {
      if (details.open && !filled) {
        filled = true;
        details.append(mentionsBlock(e, mentions));
      }
    });
    return h('li', { class: `entity t-${cls(e.type)}`, dataset: { entityKey: e.key, type: e.type, name: e.name } },
      h('div', { class: 'entity-head' },
        check,
        h('label', { for: checkId, class: 'entity-name' }, e.name || String(e.key)),
        h('span', { class: 'muted' }, ` ${plural(mentions.length, 'mention')} in ${plural(docCount, 'document')}`),
        conflicts ? h('a', { class: 'badge conflicts-badge', href: href.conflicts(projectId) }, plural(conflicts, 'conflict'))
          : h('span', { class: 'muted small' }, '· no conflicts')),
      details);
  }

  function mentionsBlock(e, mentions) {
    const splitName = h('input', { type: 'text', class: 'split-name', autocomplete: 'off', 'aria-label': `Name of the new entity split from ${e.name}`, placeholder: 'name of the new entity' });
    const splitButton = h('button', { type: 'button', class: 'split-btn small' }, 'Split into new entity');
    const ul = h('ul', { class: 'mention-list' }, mentions.map((m) => {
      const id = `split-${idPart(m.annotation)}`;
      return h('li', { class: 'mention', dataset: { annotation: m.annotation, document: m.document } },
        h('input', { type: 'checkbox', class: 'split-check', id, value: String(m.annotation) }),
        h('label', { for: id }, h('q', null, m.text ?? ''), h('span', { class: 'muted' }, ` in ${m.documentName || m.document}`)),
        ' ',
        h('a', { class: 'mention-link', href: href.document(m.document, m.annotation) }, 'open'));
    }));
    splitButton.addEventListener('click', () => {
      const byValue = new Map(mentions.map((m) => [String(m.annotation), m.annotation]));
      const ids = [...ul.querySelectorAll('input.split-check:checked')].map((b) => byValue.get(b.value) ?? b.value);
      const name = splitName.value.trim();
      if (!ids.length) {
        showMessage('Tick the mentions to split off first.');
        return;
      }
      if (!name) {
        showMessage('Type a name for the new entity.');
        splitName.focus();
        return;
      }
      act(async () => {
        const created = await api(`${base}/entities/split`, { method: 'POST', body: { type: e.type, annotations: ids, name } });
        notice(`${plural(ids.length, 'mention')} split off into “${created?.name || name}”.`);
        await reload();
      });
    });
    return h('div', { class: 'mentions-body' }, ul,
      h('div', { class: 'inline-form split-bar' }, splitName, splitButton));
  }

  const applyFilter = () => {
    const q = filterInput.value.trim().toLowerCase();
    for (const li of lists.querySelectorAll('li.entity')) {
      li.hidden = Boolean(q) && !String(li.dataset.name || '').toLowerCase().includes(q);
    }
  };
  filterInput.addEventListener('input', debounce(applyFilter, 120));

  async function reload() {
    const list = await api(`${base}/entities`);
    entities = Array.isArray(list) ? list : [];
    const keys = new Set(entities.map((e) => String(e.key)));
    for (const k of [...selected.keys()]) {
      if (!keys.has(k)) selected.delete(k);
      else selected.set(k, entities.find((e) => String(e.key) === k));
    }
    renderLists();
  }

  mergeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const type = selectedType();
    const keys = [...selected.keys()];
    const name = mergeName.value.trim();
    if (keys.length < 2 || !type) {
      showMessage('Tick two or more entities of the same type to merge.');
      return;
    }
    if (!name) {
      showMessage('Type the name of the merged entity.');
      mergeName.focus();
      return;
    }
    act(async () => {
      const merged = await api(`${base}/entities/merge`, { method: 'POST', body: { type, keys, name } });
      notice(`${plural(keys.length, 'entity', 'entities')} merged into “${merged?.name || name}”.`);
      selected.clear();
      autoName = true;
      await reload();
    });
  });
  clearButton.addEventListener('click', () => {
    selected.clear();
    for (const box of lists.querySelectorAll('input.merge-check')) box.checked = false;
    autoName = true;
    updateMergeBar();
  });

  renderLists();
  return undefined;
}
