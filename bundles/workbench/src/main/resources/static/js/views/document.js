// #/d/{id}?a={annotation} : one document's text with its annotations highlighted, the selected
// annotation's details (accept, reject, correct, delete), the list of annotations, adding by selecting
// text, undo, keyboard shortcuts.
//
// The text is rendered once, as contiguous segments split at every annotation boundary (one <span> per
// segment, carrying the ids of the annotations covering it). After an action only the segments of the
// annotation concerned are touched: their classes when the status changed, or the few segments of its
// region when a span was added, removed or moved.
//
// This module holds the screen's state (the document, its annotations in document order, the legend's
// filters, the selection and the address that follows it) and puts the screen together from its parts
// in ./document/: text.js (the highlighted text), legend.js (filters and status key), details.js (the
// selected annotation), list.js (the list of annotations), selection-add.js (adding by selecting
// words), keys.js (keyboard shortcuts), history.js (history of changes), actions.js (the requests to
// the server and putting their answers in place); labels.js has what several parts write alike.
import { api, formats as loadFormats } from '../api.js';
import { h, enc, num, debounce, progress, exportLinks } from '../dom.js';
import { href } from '../router.js';
import { setCrumbs, showMessage } from '../ui.js';
import * as hl from '../highlight.js';
import { TYPES } from './types.js';
import { Actions } from './document/actions.js';
import { AnnotationList } from './document/list.js';
import { DetailsPanel } from './document/details.js';
import { HistoryBox } from './document/history.js';
import { keyboardHelp, onKey } from './document/keys.js';
import { Legend } from './document/legend.js';
import { SelectionAdd } from './document/selection-add.js';
import { TextPane } from './document/text.js';

const DECIDED = new Set(['accepted', 'rejected', 'corrected', 'added']);

class DocumentView {
  constructor(container, doc, formatList) {
    this.container = container;
    this.formats = formatList;
    this.hiddenTypes = new Set();
    this.hideRejected = false;
    this.selectedId = null;
    this.listeners = [];
    this.disposed = false;
    this.actions = new Actions(this);
    // The address follows the selection (replaceState: no history entry); while j/k is held the
    // updates are batched (browsers throttle replaceState).
    const writeUrl = () => {
      this.urlWrittenAt = performance.now();
      if (this.disposed) return;
      const target = href.document(this.doc.id, this.selectedId ?? undefined);
      if (location.hash !== target) history.replaceState(history.state, '', target);
    };
    const later = debounce(writeUrl, 150);
    this.urlWrittenAt = -Infinity;
    this.updateUrl = () => {
      if (performance.now() - this.urlWrittenAt > 300) {
        later.cancel();
        writeUrl();
      } else later();
    };
    this.updateUrl.cancel = later.cancel;
    this.load(doc);
  }

  // ----- data -----

  load(doc) {
    this.doc = doc;
    this.text = String(doc.text ?? '');
    this.anns = new Map();
    for (const a of doc.annotations || []) {
      if (a && a.status !== 'deleted') this.anns.set(hl.idKey(a.id), a);
    }
    const types = [...TYPES];
    for (const t of [...(doc.types || []), ...[...this.anns.values()].map((a) => a.type)]) {
      if (t && !types.includes(t)) types.push(t);
    }
    this.types = types;
    this.reorder();
  }

  reorder() {
    this.order = [...this.anns.values()].sort(hl.compareAnnotations).map((a) => hl.idKey(a.id));
    this.orderIndex = new Map(this.order.map((id, i) => [id, i]));
  }

  isVisible(a) {
    return Boolean(a) && a.status !== 'deleted' && !this.hiddenTypes.has(a.type)
      && !(this.hideRejected && a.status === 'rejected');
  }

  // ----- skeleton -----

  mount() {
    const doc = this.doc;
    setCrumbs([
      { label: 'Projects', href: href.projects() },
      { label: doc.projectName || doc.project || 'Project', href: doc.project !== undefined ? href.project(doc.project) : null },
      { label: doc.title || doc.name || doc.id },
    ]);

    const title = h('h1', null, doc.title || doc.name || String(doc.id));
    const sub = h('p', { class: 'muted doc-sub' },
      doc.name && doc.title && doc.title !== doc.name ? `${doc.name} · ` : '',
      `${num(this.text.length)} characters · project `,
      doc.project !== undefined ? h('a', { href: href.project(doc.project) }, doc.projectName || doc.project) : '—');

    this.legend = new Legend(this);
    this.textPane = new TextPane(this);
    this.adder = new SelectionAdd(this);
    this.details = new DetailsPanel(this);
    this.list = new AnnotationList(this);
    this.historyBox = new HistoryBox(this);

    // tools: undo, exports, progress
    const undoButton = h('button', { id: 'undo-btn', type: 'button', title: 'Undo the last change to this document (u or Ctrl+Z)' }, 'Undo');
    undoButton.addEventListener('click', () => this.actions.undo());
    const exportsBox = exportLinks('document-exports', 'Export:', this.formats.filter((f) => f.documents !== false),
      (f) => `/api/documents/${enc(doc.id)}/export?format=${enc(f.format)}`,
      (f) => `This document as ${f.format}, curated state`);
    this.progressBox = h('span', { id: 'doc-progress' });

    // the text with the add panel over it; the sidebar: details, list, history
    this.mainEl = h('div', { class: 'doc-main' }, this.textPane.el, this.adder.panel);
    const side = h('aside', { class: 'doc-side', 'aria-label': 'Annotations' },
      this.details.el,
      this.list.card,
      this.historyBox.el);

    this.container.append(
      h('div', { class: 'page-head' }, title, h('div', { class: 'button-row' }, undoButton)),
      sub,
      h('div', { class: 'doc-toolbar' }, this.legend.el, this.legend.statusKey, this.progressBox, exportsBox),
      keyboardHelp(),
      h('div', { class: 'doc-layout' }, this.mainEl, side),
    );

    this.textPane.render();
    this.list.render();
    this.details.render();
    this.updateCounts();
    this.bind();
  }

  bind() {
    const on = (target, type, fn, opts) => {
      target.addEventListener(type, fn, opts);
      this.listeners.push(() => target.removeEventListener(type, fn, opts));
    };
    this.textPane.bind(on);
    this.adder.bind(on);
    on(document, 'keydown', (e) => onKey(this, e));
    this.list.bind(on);
  }

  dispose() {
    this.disposed = true;
    this.adder?.dispose();
    this.updateUrl?.cancel();
    for (const off of this.listeners.splice(0)) off();
  }

  /** After a filter of the legend changed: the highlights, the list and the counts. */
  refreshAll() {
    this.textPane.refreshAll();
    this.list.refreshHidden();
    this.updateCounts();
  }

  updateCounts() {
    const byType = new Map();
    let decided = 0;
    let shown = 0;
    for (const a of this.anns.values()) {
      byType.set(a.type, (byType.get(a.type) || 0) + 1);
      if (DECIDED.has(a.status)) decided++;
      if (this.isVisible(a)) shown++;
    }
    this.legend.showCounts(byType);
    const total = this.anns.size;
    this.list.showCount(shown, total);
    this.progressBox.replaceChildren(h('span', { class: 'label' }, 'Decided: '), progress(decided, total));
  }

  // ----- selection -----

  select(id, { scroll = false, updateUrl = true, scrollList = true } = {}) {
    const key = id === null || id === undefined || id === '' ? null : hl.idKey(id);
    if (key !== null && !this.anns.has(key)) {
      showMessage(`Annotation ${key} is not in this document (it may have been deleted).`);
      this.select(null, { updateUrl });
      return;
    }
    const prev = this.selectedId;
    this.selectedId = key;
    if (prev !== key) {
      if (prev !== null) {
        this.textPane.refreshAnnotation(prev);
        this.list.unmark(prev);
      }
      if (key !== null) this.textPane.refreshAnnotation(key);
    }
    const li = this.list.mark(key);
    this.details.render();
    // reads of the layout after all the writes, so the browser lays out once
    if (li && scrollList) this.list.scrollTo(li);
    if (scroll && key !== null) this.textPane.scrollToAnnotation(key);
    if (updateUrl) this.updateUrl();
    else this.updateUrl.cancel();
  }

  step(direction) {
    const n = this.order.length;
    if (!n) return;
    let i = this.selectedId !== null ? this.orderIndex.get(this.selectedId) : undefined;
    if (i === undefined) i = direction > 0 ? -1 : n;
    for (let j = i + direction; j >= 0 && j < n; j += direction) {
      if (this.isVisible(this.anns.get(this.order[j]))) {
        this.select(this.order[j], { scroll: true });
        return;
      }
    }
  }

  clearAll() {
    this.adder.hide(true);
    this.select(null);
  }
}

export async function render(container, route, nav) {
  const [doc, formatList] = await Promise.all([
    api(`/api/documents/${enc(route.id)}`, { signal: nav.signal }),
    loadFormats(nav.signal).catch(() => []),
  ]);
  if (!nav.alive()) return undefined;
  const view = new DocumentView(container, doc, formatList);
  view.mount();
  const wanted = route.query.get('a');
  if (wanted) view.select(wanted, { scroll: true, updateUrl: false });
  return {
    update: (next) => view.select(next.query.get('a') || null, { scroll: true, updateUrl: false }),
    dispose: () => view.dispose(),
  };
}
