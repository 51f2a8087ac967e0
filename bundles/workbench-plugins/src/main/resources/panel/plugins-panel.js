// The plug-ins panel of the Concord workbench: annotators in pipeline order (or why one is left out),
// exporters, conflict rules and bundles, from GET /api/plugins. Refreshes live on the server-sent event
// `plugins` from /api/events. Served at /panels/plugins/plugins-panel.js; rendered by the workbench with
// render(element, context), context = {api(path, options) -> Promise<json>, navigate(hash)}.
//
// Every server string goes into the page as text (textContent / setAttribute), never as HTML.

const open = new Set();

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') for (const [dk, dv] of Object.entries(v)) { if (dv !== undefined && dv !== null) node.dataset[dk] = String(dv); }
    else if (k === 'hidden' || k === 'disabled') node[k] = Boolean(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function text(v) {
  if (v === undefined || v === null || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.map(String).join(', ') : '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function ensureStylesheet() {
  const url = new URL('./plugins-panel.css', import.meta.url).href;
  if ([...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.href === url)) return;
  document.head.append(el('link', { rel: 'stylesheet', href: url, 'data-panel': 'plugins' }));
}

async function fallbackApi(path) {
  const res = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' }, cache: 'no-store' });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body && body.error ? body.error : `The server answered ${res.status}.`);
  return body;
}

function table(caption, headers, rows, empty) {
  if (!rows.length) return el('p', { class: 'muted' }, empty);
  return el('div', { class: 'table-wrap' }, el('table', { class: 'data plugins-table' },
    el('caption', { class: 'visually-hidden' }, caption),
    el('thead', null, el('tr', null, headers.map((hd) => el('th', { scope: 'col' }, hd)))),
    el('tbody', null, rows)));
}

function typeList(types) {
  const list = Array.isArray(types) ? types : [];
  if (!list.length) return el('span', { class: 'muted' }, '—');
  return el('span', { class: 'type-list' }, list.map((t, i) => [i ? ', ' : '', el('code', null, String(t).replace(/^io\.concord\.types\./, ''))]));
}

function annotatorRows(annotators) {
  let position = 0;
  return annotators.map((a) => {
    const active = a.active !== false && !a.problem;
    if (active) position++;
    return el('tr', { class: `annotator ${active ? 'is-active' : 'is-left-out'}`, dataset: { annotatorId: a.id, active: String(active) } },
      el('td', { class: 'num' }, active ? String(position) : '–'),
      el('th', { scope: 'row' }, text(a.id)),
      el('td', null, text(a.version)),
      el('td', null, text(a.bundle), a.bundleId !== undefined && a.bundleId !== null ? el('span', { class: 'muted' }, ` (#${a.bundleId})`) : null),
      el('td', null, typeList(a.inputs)),
      el('td', null, typeList(a.outputs)),
      el('td', null, active
        ? el('span', { class: 'state state-ok' }, 'in the pipeline')
        : el('span', { class: 'state state-problem' }, el('strong', null, 'left out: '), text(a.problem || 'inactive'))));
  });
}

function exporterRows(exporters) {
  return exporters.map((x) => {
    const name = x.format ?? x.id ?? x.name;
    return el('tr', { class: 'exporter', dataset: { format: name } },
      el('th', { scope: 'row' }, text(name)),
      el('td', null, text(x.version)),
      el('td', null, text(x.bundle)),
      el('td', null, text(x.fileExtension)),
      el('td', null, text(x.mediaType)),
      el('td', null, [x.documents ? 'documents' : '', x.collection ? 'collection' : ''].filter(Boolean).join(', ') || '—'));
  });
}

function ruleRows(rules) {
  return rules.map((r) => el('tr', { class: 'rule', dataset: { ruleId: r.id } },
    el('th', { scope: 'row' }, text(r.id)), el('td', null, text(r.version)), el('td', null, text(r.bundle))));
}

function bundleRows(bundles) {
  return bundles.map((b) => el('tr', { class: `bundle state-${String(b.state || '').toLowerCase().replace(/[^a-z]/g, '')}`, dataset: { bsn: b.symbolicName, bundleId: b.id } },
    el('td', { class: 'num' }, text(b.id)),
    el('th', { scope: 'row' }, text(b.symbolicName)),
    el('td', null, text(b.version)),
    el('td', null, el('span', { class: 'bundle-state' }, text(b.state)))));
}

function section(id, title, count, body) {
  return el('section', { class: 'card plugins-section', id, 'aria-labelledby': `${id}-h` },
    el('h2', { id: `${id}-h` }, title, ' ', el('span', { class: 'muted' }, `(${count})`)), body);
}

/**
 * Renders the panel into `element`. Resolves, once the first data is shown, to the cleanup function
 * (closes the event stream), so the host can tell when the panel has finished loading.
 */
export async function render(element, context = {}) {
  ensureStylesheet();
  const call = typeof context.api === 'function' ? (p) => context.api(p) : fallbackApi;
  const root = el('div', { id: 'plugins', class: 'plugins-panel' });
  const status = el('p', { class: 'plugins-status muted', 'aria-live': 'polite' }, 'Loading…');
  const refreshButton = el('button', { type: 'button', class: 'small', id: 'plugins-refresh' }, 'Refresh');
  const body = el('div', { class: 'plugins-body' });
  root.append(
    el('div', { class: 'page-head' }, el('h1', null, 'Plug-ins'), refreshButton),
    el('p', { class: 'muted' }, 'What is installed now. Annotators run in the order shown; an annotator that cannot run says why. This page updates by itself when bundles come and go.'),
    status, body);
  element.replaceChildren(root);

  let disposed = false;
  let loading = null;
  let again = false;
  let timer = null;

  async function load() {
    if (loading) {
      again = true;
      return loading;
    }
    loading = (async () => {
      try {
        const data = (await call('/api/plugins')) || {};
        if (disposed) return;
        const annotators = Array.isArray(data.annotators) ? data.annotators : [];
        const exporters = Array.isArray(data.exporters) ? data.exporters : [];
        const rules = Array.isArray(data.rules) ? data.rules : [];
        const bundles = Array.isArray(data.bundles) ? data.bundles : [];
        const active = annotators.filter((a) => a.active !== false && !a.problem).length;
        body.replaceChildren(
          section('plugins-annotators', 'Annotators', annotators.length,
            table('Annotators in pipeline order', ['#', 'Annotator', 'Version', 'Bundle', 'Needs', 'Produces', 'Status'],
              annotatorRows(annotators), 'No annotator is installed.')),
          section('plugins-exporters', 'Exporters', exporters.length,
            table('Exporters', ['Format', 'Version', 'Bundle', 'Extension', 'Media type', 'Exports'], exporterRows(exporters), 'No exporter is installed.')),
          section('plugins-rules', 'Conflict rules', rules.length,
            table('Conflict rules', ['Rule', 'Version', 'Bundle'], ruleRows(rules), 'No conflict rule is installed.')),
          section('plugins-bundles', 'Bundles', bundles.length,
            table('Bundles', ['Id', 'Symbolic name', 'Version', 'State'], bundleRows(bundles), 'No bundle listed.')));
        root.dataset.updated = new Date().toISOString();
        status.textContent = `${active} of ${annotators.length} annotators in the pipeline · updated ${new Date().toLocaleTimeString()}`;
      } catch (err) {
        if (disposed) return;
        status.textContent = `Could not load the plug-ins: ${err && err.message ? err.message : err}`;
      } finally {
        loading = null;
        if (again && !disposed) {
          again = false;
          load();
        }
      }
    })();
    return loading;
  }

  refreshButton.addEventListener('click', () => load());

  let source = null;
  if (typeof EventSource !== 'undefined') {
    try {
      source = new EventSource('/api/events');
      source.addEventListener('plugins', () => {
        clearTimeout(timer);
        timer = setTimeout(load, 150);
      });
    } catch {
      source = null;
    }
  }

  const cleanup = () => {
    if (disposed) return;
    disposed = true;
    clearTimeout(timer);
    if (source) source.close();
    open.delete(cleanup);
  };
  open.add(cleanup);
  await load();
  return cleanup;
}

/** Closes every event stream this module opened (the workbench also calls the cleanup from render). */
export function dispose() {
  for (const cleanup of [...open]) cleanup();
}
