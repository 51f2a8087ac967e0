// Small DOM helpers. Every string becomes a text node or an attribute value: nothing here parses HTML.

const BOOLEAN_PROPS = new Set(['hidden', 'disabled', 'checked', 'selected', 'multiple', 'required', 'open', 'readOnly']);

/**
 * Creates an element. `props`: `class`, `text`, `dataset` ({key: value}), `on` ({event: handler}),
 * boolean properties (hidden, disabled, checked, ...), `value`, and any other attribute (set with
 * setAttribute). Children: nodes, strings (inserted as text), arrays, null/false (skipped).
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key === 'text') el.textContent = String(value);
      else if (key === 'dataset') {
        for (const [k, v] of Object.entries(value)) if (v !== undefined && v !== null) el.dataset[k] = String(v);
      } else if (key === 'on') {
        for (const [event, handler] of Object.entries(value)) el.addEventListener(event, handler);
      } else if (BOOLEAN_PROPS.has(key)) el[key] = Boolean(value);
      else if (key === 'value') el.value = String(value);
      else if (key === 'style') throw new Error('inline styles are not allowed by the Content-Security-Policy');
      else el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

/** Appends children (nodes or strings as text). */
export function append(el, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Removes every child. */
export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Path segment encoding for ids in URLs. */
export function enc(value) {
  return encodeURIComponent(String(value));
}

/** A date/time from the server, readable; the raw value when it does not parse. */
export function formatTime(value) {
  if (value === undefined || value === null || value === '') return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A <time> element for a server time. */
export function timeEl(value) {
  if (value === undefined || value === null || value === '') return h('span', { class: 'muted', text: '—' });
  return h('time', { datetime: String(value), title: String(value) }, formatTime(value));
}

/** Number with thousands separators; '—' for missing. */
export function num(value) {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length.toLocaleString();
  const n = Number(value);
  return Number.isFinite(n) ? n.toLocaleString() : String(value);
}

/** A count from a field that may be a number or a list. */
export function count(value) {
  if (Array.isArray(value)) return value.length;
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}

/** `1 document`, `2 documents`. */
export function plural(n, one, many = one + 's') {
  return `${Number(n).toLocaleString()} ${n === 1 ? one : many}`;
}

/** A progress bar with a text label (decided of total). */
export function progress(done, total) {
  const d = count(done);
  const t = count(total);
  const pct = t > 0 ? Math.round((d / t) * 100) : 0;
  const bar = h('progress', { max: String(Math.max(t, 1)), value: String(t > 0 ? d : 0), 'aria-label': `${pct}% decided` });
  return h('span', { class: 'progress' }, bar, h('span', { class: 'progress-text' }, `${d.toLocaleString()} / ${t.toLocaleString()} (${pct}%)`));
}

/**
 * Links to the exports of a document or project: a label, then one `a.export-link[data-format]` per
 * format (`url(format)` and `title(format)` give its address and tooltip), or a note that no exporter
 * is installed.
 */
export function exportLinks(id, label, formatList, url, title) {
  return h('div', { class: 'export-links', id },
    h('span', { class: 'label' }, label),
    formatList.length
      ? formatList.map((f) => h('a', {
        class: 'export-link', href: url(f), download: '', dataset: { format: f.format }, title: title(f),
      }, f.format))
      : h('span', { class: 'muted' }, 'no exporter installed'));
}

/** A safe CSS class fragment from a server string (types and statuses). */
export function cls(value) {
  return String(value ?? '').toLowerCase().replace(/[^a-z0-9_-]/g, '-');
}

/** A safe element id fragment from a server string (keys, ids): anything but A-Z a-z 0-9 _ - becomes _. */
export function idPart(value) {
  return String(value).replace(/[^A-Za-z0-9_-]/g, '_');
}

/** Scrolls `container` (an element with overflow) so that `el` is visible, without scrolling the page. */
export function scrollIntoContainer(container, el) {
  if (!container || !el) return;
  const c = container.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (r.top < c.top) container.scrollTop -= c.top - r.top + 8;
  else if (r.bottom > c.bottom) container.scrollTop += r.bottom - c.bottom + 8;
}

/** Calls fn at most once per `ms` after the last call. */
export function debounce(fn, ms) {
  let timer = null;
  const wrapped = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  wrapped.cancel = () => clearTimeout(timer);
  return wrapped;
}

/** True when keyboard input goes to a form field or editable element. */
export function isEditable(target) {
  if (!target || !(target instanceof Element)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target.getAttribute('type') || 'text').toLowerCase();
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(type);
  }
  return false;
}

/**
 * Replaces the children of `parent` with one element per item, reusing the element made earlier for
 * an item with the same key and the same data (so elements a person or a test holds stay valid).
 * `cache` is a Map kept by the caller between calls.
 */
export function reconcile(parent, items, keyOf, render, cache) {
  const next = new Map();
  const nodes = items.map((item) => {
    const key = String(keyOf(item));
    const json = JSON.stringify(item);
    const old = cache.get(key);
    const node = old && old.json === json ? old.node : render(item);
    next.set(key, { json, node });
    return node;
  });
  cache.clear();
  for (const [k, v] of next) cache.set(k, v);
  parent.replaceChildren(...nodes);
}
