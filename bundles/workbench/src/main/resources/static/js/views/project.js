// #/p/{id} : documents of a project, upload and folder import, re-running the annotators and
// reviewing the changes a re-run proposes, exports.
import { api, formats as loadFormats } from '../api.js';
import {
  h, append, clear, enc, num, count, plural, progress, debounce, reconcile, cls, exportLinks,
} from '../dom.js';
import { href } from '../router.js';
import { act, notice, setCrumbs, showMessage } from '../ui.js';
import { watchEvents } from './events.js';
import { TYPES, typeBadge } from './types.js';

const ACCEPT = '.txt,.md,.html,.htm,.zip,text/plain,text/markdown,text/html,application/zip';

export async function render(container, route, nav) {
  const projectId = route.id;
  const base = `/api/projects/${enc(projectId)}`;
  const [project, formatList, changes] = await Promise.all([
    api(base, { signal: nav.signal }),
    loadFormats(nav.signal).catch(() => []),
    api(`${base}/changes`, { signal: nav.signal }).catch(() => []),
  ]);
  if (!nav.alive()) return undefined;

  let state = project;
  setCrumbs([{ label: 'Projects', href: href.projects() }, { label: project.name || projectId }]);

  // ----- header: title, numbers, links -----
  const title = h('h1', null, project.name || projectId);
  const stats = h('p', { class: 'stats', id: 'project-stats' });
  const links = h('nav', { class: 'project-links', 'aria-label': 'Project' },
    h('a', { id: 'nav-conflicts', class: 'button-link', href: href.conflicts(projectId) }, 'Conflicts'),
    h('a', { id: 'nav-entities', class: 'button-link', href: href.entities(projectId) }, 'People and places'));
  const exportBox = exportLinks('project-exports', 'Export project:', formatList,
    (f) => `${base}/export?format=${enc(f.format)}`,
    (f) => `Every document as ${f.format}${f.fileExtension ? ` (${f.fileExtension})` : ''} plus the collection file, in a zip`);

  // ----- documents table -----
  const extraTypes = () => {
    const seen = new Set();
    for (const d of state.documents || []) for (const t of Object.keys(d.byType || {})) if (!TYPES.includes(t)) seen.add(t);
    return [...seen].sort();
  };
  const tbody = h('tbody', { id: 'document-list' });
  const theadRow = h('tr');
  const table = h('table', { class: 'data documents-table' },
    h('caption', { class: 'visually-hidden' }, 'Documents'), h('thead', null, theadRow), tbody);
  const rowCache = new Map();
  let typeColumns = [];

  function renderDocuments() {
    const cols = [...TYPES, ...extraTypes()];
    if (cols.join() !== typeColumns.join()) {
      typeColumns = cols;
      rowCache.clear();
      append(clear(theadRow), [
        h('th', { scope: 'col' }, 'Document'),
        h('th', { scope: 'col', class: 'num' }, 'Characters'),
        cols.map((t) => h('th', { scope: 'col', class: 'num' }, typeBadge(t))),
        h('th', { scope: 'col', class: 'num' }, 'All'),
        h('th', { scope: 'col' }, 'Decided'),
        h('th', { scope: 'col', class: 'num' }, 'Conflicts'),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions'))]);
    }
    const docs = state.documents || [];
    if (!docs.length) {
      rowCache.clear();
      clear(tbody).append(h('tr', { class: 'empty' }, h('td', { colspan: String(cols.length + 6) },
        'No documents yet: upload files or import a folder below.')));
    } else {
      reconcile(tbody, docs, (d) => d.id, documentRow, rowCache);
    }
    stats.textContent = `${plural(count(state.documents ?? docs.length), 'document')} · ${plural(count(state.annotations), 'annotation')} · `
      + `${num(state.decided)} decided · ${plural(count(state.conflicts), 'conflict')} · ${plural(count(state.pendingChanges), 'pending change')}`;
  }

  function documentRow(d) {
    const del = h('button', { type: 'button', class: 'danger small delete-document', 'aria-label': `Delete document ${d.name}` }, 'Delete');
    del.addEventListener('click', () => {
      if (!window.confirm(`Delete the document “${d.name}” and its annotations? This cannot be undone.`)) return;
      act(async () => {
        await api(`/api/documents/${enc(d.id)}`, { method: 'DELETE' });
        notice(`Document “${d.name}” deleted.`);
        await reload();
      });
    });
    const showTitle = d.title && d.title !== d.name;
    return h('tr', { dataset: { documentId: d.id } },
      h('th', { scope: 'row' },
        h('a', { class: 'document-link', href: href.document(d.id) }, showTitle ? d.title : (d.name || d.id)),
        showTitle ? h('div', { class: 'muted small' }, d.name) : null),
      h('td', { class: 'num' }, num(d.chars)),
      typeColumns.map((t) => h('td', { class: 'num' }, num((d.byType || {})[t] ?? 0))),
      h('td', { class: 'num' }, num(d.annotations)),
      h('td', null, progress(d.decided, d.annotations)),
      h('td', { class: 'num' }, count(d.conflicts) ? h('a', { href: href.conflicts(projectId) }, num(d.conflicts)) : num(d.conflicts)),
      h('td', { class: 'actions' }, del));
  }

  async function reload(signal) {
    const fresh = await api(base, { signal });
    state = fresh;
    title.textContent = fresh.name || projectId;
    renderDocuments();
  }

  // ----- upload and folder import -----
  const uploadInput = h('input', { id: 'upload-input', type: 'file', multiple: true, accept: ACCEPT });
  const uploadResult = h('div', { id: 'upload-result', class: 'result', 'aria-live': 'polite' });
  const folderInput = h('input', { id: 'folder-path', type: 'text', autocomplete: 'off', placeholder: 'e.g. march-reports' });
  const folderButton = h('button', { id: 'import-folder', type: 'submit' }, 'Import folder');
  const folderForm = h('form', { class: 'inline-form' },
    h('label', { for: 'folder-path' }, 'Server folder (inside the workspace’s import/ folder)'), folderInput, folderButton);

  function showImport(results, heading) {
    const imported = results.flatMap((r) => r.imported || []);
    const skipped = results.flatMap((r) => r.skipped || []);
    clear(uploadResult);
    uploadResult.append(h('p', { class: 'summary' },
      `${heading}: ${plural(imported.length, 'document')} imported, ${skipped.length.toLocaleString()} skipped.`));
    if (imported.length) {
      uploadResult.append(h('ul', { class: 'imported-list' }, imported.map((d) => h('li', { class: 'imported', dataset: { documentId: d.id } },
        h('a', { href: href.document(d.id) }, d.name || d.id),
        h('span', { class: 'muted' }, ` — ${num(d.chars)} characters, ${plural(count(d.annotations), 'annotation')}`)))));
    }
    if (skipped.length) {
      uploadResult.append(h('ul', { class: 'skipped-list' }, skipped.map((s) => h('li', { class: 'skipped' },
        h('strong', null, s.name || '(no name)'), ': ', s.reason || 'skipped'))));
    }
  }

  uploadInput.addEventListener('change', () => {
    const files = [...uploadInput.files];
    if (!files.length) return;
    act(async () => {
      uploadInput.disabled = true;
      const results = [];
      try {
        for (let i = 0; i < files.length; i++) {
          const file = files[i];
          clear(uploadResult).append(h('p', { class: 'muted' }, `Uploading ${i + 1} of ${files.length}: ${file.name}…`));
          try {
            const res = await api(`${base}/documents?name=${enc(file.name)}`, {
              method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' },
            });
            results.push(res || {});
          } catch (err) {
            if (err && err.status === 401) throw err;
            showMessage(`${file.name}: ${err && err.message ? err.message : err}`);
            results.push({ skipped: [{ name: file.name, reason: err && err.message ? err.message : String(err) }] });
          }
        }
        showImport(results, files.length === 1 ? `Upload of ${files[0].name}` : `Upload of ${files.length} files`);
        await reload();
      } finally {
        uploadInput.disabled = false;
        uploadInput.value = '';
      }
    });
  });

  folderForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const path = folderInput.value.trim();
    if (!path) {
      folderInput.focus();
      return;
    }
    act(async () => {
      folderButton.disabled = true;
      try {
        clear(uploadResult).append(h('p', { class: 'muted' }, `Importing ${path}…`));
        const res = await api(`${base}/import-folder`, { method: 'POST', body: { path } });
        showImport([res || {}], `Import of ${path}`);
        await reload();
      } catch (err) {
        clear(uploadResult);
        throw err;
      } finally {
        folderButton.disabled = false;
      }
    });
  });

  // ----- re-run annotators and pending changes -----
  const annotateButton = h('button', { id: 'annotate-project', type: 'button', class: 'primary' }, 'Re-run annotators');
  const annotateResult = h('div', { id: 'annotate-result', class: 'result', 'aria-live': 'polite' });
  const changesList = h('ul', { id: 'changes-list', class: 'changes' });
  const changesCount = h('p', { id: 'changes-count', class: 'muted' });
  const takeAll = h('button', { id: 'take-all-changes', type: 'button' }, 'Take all');
  const leaveAll = h('button', { id: 'leave-all-changes', type: 'button' }, 'Leave all');
  let pendingChanges = Array.isArray(changes) ? changes : [];

  annotateButton.addEventListener('click', () => {
    act(async () => {
      annotateButton.disabled = true;
      clear(annotateResult).append(h('p', { class: 'muted' }, 'Running the annotators on every document…'));
      try {
        const res = await api(`${base}/annotate`, { method: 'POST' });
        showAnnotateResult(res || {});
        await loadChanges();
        await reload();
      } catch (err) {
        clear(annotateResult);
        throw err;
      } finally {
        annotateButton.disabled = false;
      }
    });
  });

  function showAnnotateResult(res) {
    const c = res.changes || {};
    clear(annotateResult).append(h('p', { class: 'summary' },
      `Re-ran the annotators on ${plural(count(res.documents), 'document')}: ${num(c.added ?? 0)} added, ${num(c.removed ?? 0)} removed, ${num(c.changed ?? 0)} changed.`));
    const by = Array.isArray(res.byAnnotator) ? res.byAnnotator : [];
    if (by.length) {
      annotateResult.append(h('table', { class: 'data compact by-annotator' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Annotator'), h('th', { scope: 'col' }, 'Version'),
          h('th', { scope: 'col', class: 'num' }, 'Added'), h('th', { scope: 'col', class: 'num' }, 'Removed'),
          h('th', { scope: 'col', class: 'num' }, 'Changed'))),
        h('tbody', null, by.map((b) => h('tr', { dataset: { annotator: b.annotator } },
          h('th', { scope: 'row' }, b.annotator), h('td', null, b.version ?? ''),
          h('td', { class: 'num' }, num(b.added ?? 0)), h('td', { class: 'num' }, num(b.removed ?? 0)),
          h('td', { class: 'num' }, num(b.changed ?? 0)))))));
    }
  }

  async function loadChanges() {
    const list = await api(`${base}/changes`);
    pendingChanges = Array.isArray(list) ? list : [];
    renderChanges();
  }

  function renderChanges() {
    clear(changesList);
    if (!pendingChanges.length) {
      changesList.append(h('li', { class: 'empty muted' }, 'No pending changes: the stored annotations match what the current annotators produce, or every change was taken or left.'));
    } else {
      const frag = document.createDocumentFragment();
      for (const c of pendingChanges) frag.append(changeItem(c));
      changesList.append(frag);
    }
    updateChangesCount();
  }

  function updateChangesCount() {
    const n = pendingChanges.length;
    changesCount.textContent = n ? `${plural(n, 'pending change')} from re-runs.` : '';
    takeAll.disabled = n === 0;
    leaveAll.disabled = n === 0;
  }

  function changeItem(c) {
    const take = h('button', { type: 'button', class: 'take-change small primary', title: 'Apply the annotator’s new result' }, 'Take');
    const leave = h('button', { type: 'button', class: 'leave-change small', title: 'Keep the annotation as it is now' }, 'Leave');
    const li = h('li', { class: `change kind-${cls(c.kind)}`, dataset: { changeId: c.id, kind: c.kind } },
      h('div', { class: 'change-head' },
        h('span', { class: `badge change-kind kind-${cls(c.kind)}` }, c.kind),
        typeBadge(c.type),
        h('q', { class: 'change-text' }, c.text ?? ''),
        h('span', { class: 'muted' }, ' in '),
        h('a', { href: href.document(c.document, c.annotation ?? undefined) }, c.documentName || c.document),
        h('span', { class: 'muted small' }, ` ${c.begin}–${c.end} · ${c.annotator ?? '?'}@${c.version ?? '?'}`)),
      attributeChange(c),
      h('div', { class: 'change-actions' }, take, leave));
    take.addEventListener('click', () => decide('take', [c.id]));
    leave.addEventListener('click', () => decide('leave', [c.id]));
    return li;
  }

  function decide(action, ids) {
    act(async () => {
      const body = ids ? { action, ids } : { action };
      const res = await api(`${base}/changes`, { method: 'POST', body });
      const taken = res && res.taken !== undefined ? count(res.taken) : 0;
      const left = res && res.left !== undefined ? count(res.left) : 0;
      notice(`${plural(taken, 'change')} taken, ${left.toLocaleString()} left.`);
      if (ids) {
        const gone = new Set(ids.map(String));
        pendingChanges = pendingChanges.filter((c) => !gone.has(String(c.id)));
        for (const id of gone) changesList.querySelector(`.change[data-change-id="${CSS.escape(id)}"]`)?.remove();
        if (!pendingChanges.length) renderChanges();
        else updateChangesCount();
      } else {
        await loadChanges();
      }
      await reload();
    });
  }

  takeAll.addEventListener('click', () => decide('take', null));
  leaveAll.addEventListener('click', () => decide('leave', null));

  // ----- layout -----
  container.append(
    h('div', { class: 'page-head' }, title, links),
    stats,
    exportBox,
    h('section', { class: 'card', 'aria-labelledby': 'docs-heading' },
      h('h2', { id: 'docs-heading' }, 'Documents'),
      h('div', { class: 'table-wrap' }, table)),
    h('div', { class: 'two-cards' },
      h('section', { class: 'card', 'aria-labelledby': 'add-heading' },
        h('h2', { id: 'add-heading' }, 'Add documents'),
        h('div', { class: 'field' },
          h('label', { for: 'upload-input' }, 'Upload files (.txt, .md, .html, or a .zip of them)'),
          uploadInput),
        folderForm,
        uploadResult),
      h('section', { class: 'card', 'aria-labelledby': 'rerun-heading' },
        h('h2', { id: 'rerun-heading' }, 'Annotators'),
        h('p', { class: 'muted' }, 'Run the installed annotators again on every document. What they find differently is listed below; nothing you decided is changed until you take a change.'),
        annotateButton,
        annotateResult)),
    h('section', { class: 'card', 'aria-labelledby': 'changes-heading' },
      h('div', { class: 'section-head' },
        h('h2', { id: 'changes-heading' }, 'Pending changes'),
        h('div', { class: 'button-row' }, takeAll, leaveAll)),
      changesCount,
      changesList),
  );
  renderDocuments();
  renderChanges();

  const refresh = debounce(() => { reload().catch(() => {}); }, 700);
  nav.onDispose(refresh.cancel);
  nav.onDispose(watchEvents({
    project: (data) => {
      if (!data || data.project === undefined || String(data.project) === String(projectId)) refresh();
    },
  }));
  return undefined;
}

/** Before → after of a change's attributes: only what differs for `changed`, everything otherwise. */
function attributeChange(c) {
  const before = c.before || null;
  const after = c.after || null;
  const keys = [...new Set([...Object.keys(before || {}), ...Object.keys(after || {})])];
  const rows = [];
  for (const k of keys) {
    const b = before ? before[k] : undefined;
    const a = after ? after[k] : undefined;
    const same = JSON.stringify(b ?? null) === JSON.stringify(a ?? null);
    if (c.kind === 'changed' && same) continue;
    rows.push(h('li', null, h('span', { class: 'attr-name' }, k), ': ',
      before ? h('del', { class: 'before' }, show(b)) : null,
      before && after ? ' → ' : null,
      after ? h('ins', { class: 'after' }, show(a)) : null));
  }
  if (!rows.length) return null;
  return h('ul', { class: 'attr-change' }, rows);
}

function show(v) {
  if (v === undefined || v === null) return '∅';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
