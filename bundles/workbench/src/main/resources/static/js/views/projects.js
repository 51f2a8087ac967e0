// #/ : the projects, with progress, and a form to create one.
import { api } from '../api.js';
import { h, clear, enc, num, progress, timeEl, debounce, reconcile } from '../dom.js';
import { href } from '../router.js';
import { act, notice, setCrumbs } from '../ui.js';
import { watchEvents } from './events.js';

export async function render(container, route, nav) {
  setCrumbs([{ label: 'Projects' }]);

  const nameInput = h('input', {
    id: 'new-project-name', type: 'text', name: 'name', required: true, maxlength: '200', autocomplete: 'off',
    placeholder: 'e.g. Ukraine talks, March',
  });
  const createButton = h('button', { id: 'create-project', type: 'submit', class: 'primary' }, 'Create project');
  const form = h('form', { class: 'inline-form', id: 'create-project-form' },
    h('label', { for: 'new-project-name' }, 'New project'), nameInput, createButton);
  const tbody = h('tbody', { id: 'project-list' });
  const table = h('table', { class: 'data projects-table' },
    h('caption', { class: 'visually-hidden' }, 'Projects'),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Project'),
      h('th', { scope: 'col', class: 'num' }, 'Documents'),
      h('th', { scope: 'col', class: 'num' }, 'Annotations'),
      h('th', { scope: 'col' }, 'Decided'),
      h('th', { scope: 'col', class: 'num' }, 'Conflicts'),
      h('th', { scope: 'col', class: 'num' }, 'Pending changes'),
      h('th', { scope: 'col' }, 'Created'),
      h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
    tbody);

  container.append(
    h('h1', null, 'Projects'),
    h('p', { class: 'lead' }, 'A project holds the reports of one or more stories: upload them, review the machine\'s annotations, and compare what the reports say.'),
    h('section', { class: 'card', 'aria-labelledby': 'create-heading' }, h('h2', { id: 'create-heading' }, 'Create a project'), form),
    h('section', { class: 'card', 'aria-labelledby': 'list-heading' }, h('h2', { id: 'list-heading' }, 'All projects'), h('div', { class: 'table-wrap' }, table)),
  );

  const rows = new Map();
  async function load(signal) {
    const projects = await api('/api/projects', { signal });
    const list = Array.isArray(projects) ? projects : [];
    if (!list.length) {
      rows.clear();
      clear(tbody).append(h('tr', { class: 'empty' }, h('td', { colspan: '8' }, 'No projects yet: create one above.')));
      return;
    }
    reconcile(tbody, list, (p) => p.id, row, rows);
  }

  function row(p) {
    const del = h('button', { type: 'button', class: 'danger small delete-project', 'aria-label': `Delete project ${p.name}` }, 'Delete');
    del.addEventListener('click', () => {
      if (!window.confirm(`Delete the project “${p.name}” with its ${num(p.documents)} documents and all their annotations? This cannot be undone.`)) return;
      act(async () => {
        await api(`/api/projects/${enc(p.id)}`, { method: 'DELETE' });
        notice(`Project “${p.name}” deleted.`);
        await load();
      });
    });
    return h('tr', { dataset: { projectId: p.id } },
      h('th', { scope: 'row' }, h('a', { class: 'project-link', href: href.project(p.id) }, p.name || p.id)),
      h('td', { class: 'num' }, num(p.documents)),
      h('td', { class: 'num' }, num(p.annotations)),
      h('td', null, progress(p.decided, p.annotations)),
      h('td', { class: 'num' }, p.conflicts ? h('a', { href: href.conflicts(p.id) }, num(p.conflicts)) : num(p.conflicts)),
      h('td', { class: 'num' }, num(p.pendingChanges)),
      h('td', null, timeEl(p.createdAt), p.createdBy ? h('span', { class: 'muted' }, ` by ${p.createdBy}`) : null),
      h('td', { class: 'actions' }, del));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    if (!name) {
      nameInput.focus();
      return;
    }
    act(async () => {
      createButton.disabled = true;
      try {
        const project = await api('/api/projects', { method: 'POST', body: { name } });
        nameInput.value = '';
        notice(`Project “${project && project.name ? project.name : name}” created.`);
        await load();
      } finally {
        createButton.disabled = false;
      }
    });
  });

  await load(nav.signal);

  // Other people (or scripts) change projects too: refresh quietly, only when something changed.
  const refresh = debounce(() => { load().catch(() => {}); }, 700);
  nav.onDispose(refresh.cancel);
  nav.onDispose(watchEvents({ project: refresh }));
}
