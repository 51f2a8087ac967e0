// #/d/{id}?a={annotation} : one document's text with its annotations highlighted, the selected
// annotation's details (accept, reject, correct, delete), the list of annotations, adding by selecting
// text, undo, keyboard shortcuts.
//
// The text is rendered once, as contiguous segments split at every annotation boundary (one <span> per
// segment, carrying the ids of the annotations covering it). After an action only the segments of the
// annotation concerned are touched: their classes when the status changed, or the few segments of its
// region when a span was added, removed or moved.
import { api, formats as loadFormats } from '../api.js';
import {
  h, append, clear, enc, num, cls, timeEl, scrollIntoContainer, debounce, isEditable, plural, progress,
} from '../dom.js';
import { href } from '../router.js';
import { busy, handleError, notice, setCrumbs, showMessage, clearMessage } from '../ui.js';
import * as hl from '../highlight.js';
import {
  TYPES, ATTRIBUTES, SUGGESTIONS, TYPE_HELP, typeBadge, typeLabel,
} from './types.js';

const DECIDED = new Set(['accepted', 'rejected', 'corrected', 'added']);
const STATUS_HELP = {
  pending: 'proposed by an annotator, not reviewed yet',
  accepted: 'checked and right',
  rejected: 'checked and wrong (left out of exports and conflicts)',
  corrected: 'span or attributes corrected by a person',
  added: 'made by a person',
};

function shorten(text, max = 90) {
  const t = String(text ?? '').replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

function domId(prefix, id) {
  return `${prefix}-${String(id).replace(/\s/g, '_')}`;
}

class DocumentView {
  constructor(container, doc, formatList) {
    this.container = container;
    this.formats = formatList;
    this.queue = Promise.resolve();
    this.hiddenTypes = new Set();
    this.hideRejected = false;
    this.selectedId = null;
    this.lastClickEl = null;
    this.pendingAdd = null;
    this.segOf = new WeakMap();
    this.items = new Map();
    this.listeners = [];
    this.disposed = false;
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
    this.lines = hl.lineRanges(this.text);
    this.lineStarts = this.lines.map((l) => l.b);
    this.segs = hl.buildSegments([...this.anns.values()], 0, this.text.length, this.lineStarts);
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

    this.title = h('h1', null, doc.title || doc.name || String(doc.id));
    const sub = h('p', { class: 'muted doc-sub' },
      doc.name && doc.title && doc.title !== doc.name ? `${doc.name} · ` : '',
      `${num(this.text.length)} characters · project `,
      doc.project !== undefined ? h('a', { href: href.project(doc.project) }, doc.projectName || doc.project) : '—');

    // legend: a checkbox per type, hide rejected, the status key
    this.legendCounts = new Map();
    this.legend = h('fieldset', { id: 'legend', class: 'legend' }, h('legend', null, 'Show'));
    for (const t of this.types) {
      const box = h('input', { type: 'checkbox', checked: true, dataset: { type: t }, id: domId('show', t) });
      const countEl = h('span', { class: 'legend-count' });
      this.legendCounts.set(t, countEl);
      this.legend.append(h('label', { class: `legend-item t-${cls(t)}`, for: box.id, title: TYPE_HELP[t] || '' },
        box, h('span', { class: 'swatch', 'aria-hidden': 'true' }), typeLabel(t), ' ', countEl));
    }
    const hideRejected = h('input', { type: 'checkbox', id: 'hide-rejected' });
    this.legend.append(h('label', { class: 'legend-item', for: 'hide-rejected' }, hideRejected, 'Hide rejected'));
    this.legend.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement)) return;
      if (box.id === 'hide-rejected') this.hideRejected = box.checked;
      else if (box.dataset.type) {
        if (box.checked) this.hiddenTypes.delete(box.dataset.type);
        else this.hiddenTypes.add(box.dataset.type);
      } else return;
      this.refreshAll();
    });
    const statusKey = h('ul', { class: 'status-key', 'aria-label': 'Status key' },
      ['pending', 'accepted', 'rejected', 'corrected', 'added'].map((s) => h('li', { title: STATUS_HELP[s] },
        h('span', { class: `sample t-person s-${s}${s === 'corrected' || s === 'added' ? ' m-end' : ''}` }, s))));

    // tools: undo, history, exports
    this.undoButton = h('button', { id: 'undo-btn', type: 'button', title: 'Undo the last change to this document (u or Ctrl+Z)' }, 'Undo');
    this.undoButton.addEventListener('click', () => this.undo());
    const docFormats = this.formats.filter((f) => f.documents !== false);
    const exportsBox = h('div', { class: 'export-links', id: 'document-exports' },
      h('span', { class: 'label' }, 'Export:'),
      docFormats.length
        ? docFormats.map((f) => h('a', {
          class: 'export-link', download: '', dataset: { format: f.format },
          href: `/api/documents/${enc(doc.id)}/export?format=${enc(f.format)}`,
          title: `This document as ${f.format}, curated state`,
        }, f.format))
        : h('span', { class: 'muted' }, 'no exporter installed'));
    this.progressBox = h('span', { id: 'doc-progress' });

    const kbd = (k) => h('kbd', null, k);
    const help = h('p', { class: 'kbd-help', id: 'keyboard-help' }, h('strong', null, 'Keyboard: '),
      kbd('j'), '/', kbd('n'), ' next · ', kbd('k'), '/', kbd('p'), ' previous · ', kbd('a'), ' accept · ',
      kbd('r'), ' reject · ', kbd('Delete'), ' delete · ', kbd('u'), ' or ', kbd('Ctrl'), '+', kbd('Z'), ' undo · ',
      kbd('Esc'), ' clear selection · select text with the mouse to add an annotation');

    // text, add panel
    this.textEl = h('div', { id: 'doc-text', class: 'doc-text', role: 'region', 'aria-label': 'Document text' });
    this.addType = h('select', { id: 'add-type' },
      this.types.map((t) => h('option', { value: t }, typeLabel(t))));
    this.addPreview = h('span', { class: 'add-preview' });
    this.addButton = h('button', { id: 'add-btn', type: 'button', class: 'primary small' }, 'Add');
    const addCancel = h('button', { type: 'button', class: 'small', id: 'add-cancel' }, 'Cancel');
    this.addPanel = h('div', { id: 'add-panel', class: 'add-panel', hidden: true, role: 'group', 'aria-label': 'Add an annotation' },
      h('div', { class: 'add-row' }, h('label', { for: 'add-type' }, 'Type'), this.addType, this.addButton, addCancel),
      this.addPreview);
    this.addButton.addEventListener('click', () => this.addAnnotation());
    addCancel.addEventListener('click', () => this.hideAddPanel(true));
    for (const b of [this.addButton, addCancel]) b.addEventListener('mousedown', (e) => e.preventDefault());
    this.addPanel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.hideAddPanel(true);
      } else if (e.key === 'Enter' && e.target === this.addType) {
        e.preventDefault();
        this.addAnnotation();
      }
    });
    this.mainEl = h('div', { class: 'doc-main' }, this.textEl, this.addPanel);

    // sidebar: details and list
    this.detailsEl = h('section', { id: 'ann-details', class: 'card ann-details', 'aria-live': 'polite', 'aria-label': 'Selected annotation' });
    this.listEl = h('ol', { id: 'ann-list', class: 'ann-list', role: 'listbox', tabindex: '0', 'aria-label': 'Annotations in document order' });
    this.listCount = h('span', { class: 'muted', id: 'ann-count' });
    this.historyBox = h('details', { class: 'history', id: 'history' }, h('summary', null, 'History of changes'), h('ol', { class: 'history-list' }));
    this.historyBox.addEventListener('toggle', () => { if (this.historyBox.open) this.loadHistory(); });
    const side = h('aside', { class: 'doc-side', 'aria-label': 'Annotations' },
      this.detailsEl,
      h('section', { class: 'card ann-list-card' },
        h('h2', null, 'Annotations ', this.listCount),
        this.listEl),
      this.historyBox);

    this.container.append(
      h('div', { class: 'page-head' }, this.title, h('div', { class: 'button-row' }, this.undoButton)),
      sub,
      h('div', { class: 'doc-toolbar' }, this.legend, statusKey, this.progressBox, exportsBox),
      help,
      h('div', { class: 'doc-layout' }, this.mainEl, side),
    );

    this.renderText();
    this.renderList();
    this.renderDetails();
    this.updateCounts();
    this.bind();
  }

  bind() {
    const on = (target, type, fn, opts) => {
      target.addEventListener(type, fn, opts);
      this.listeners.push(() => target.removeEventListener(type, fn, opts));
    };
    on(this.textEl, 'click', (e) => this.onTextClick(e));
    on(this.textEl, 'mouseup', () => setTimeout(() => this.checkSelection(), 0));
    this.selectionChanged = debounce(() => this.checkSelection(), 250);
    on(document, 'selectionchange', () => this.selectionChanged());
    on(document, 'keydown', (e) => this.onKey(e));
    on(this.listEl, 'click', (e) => {
      const li = e.target instanceof Element ? e.target.closest('li.ann-item') : null;
      if (li) this.select(li.dataset.annId, { scroll: true, scrollList: false });
    });
  }

  dispose() {
    this.disposed = true;
    this.selectionChanged?.cancel();
    this.updateUrl?.cancel();
    for (const off of this.listeners.splice(0)) off();
  }

  // ----- text -----

  makeSegEl(seg) {
    const el = document.createElement('span');
    el.className = this.segClass(seg);
    if (seg.ids.length) el.dataset.ann = seg.ids.join(' ');
    el.textContent = this.text.slice(seg.b, seg.e);
    seg.el = el;
    this.segOf.set(el, seg);
    return el;
  }

  /** Classes of a segment: type and status of the innermost visible annotation, the next outer one. */
  segClass(seg) {
    let inner = null;
    let outer = null;
    for (let i = seg.ids.length - 1; i >= 0; i--) {
      const a = this.anns.get(seg.ids[i]);
      if (!this.isVisible(a)) continue;
      if (!inner) inner = a;
      else {
        outer = a;
        break;
      }
    }
    let c = 'seg';
    if (inner) {
      c += ` t-${cls(inner.type)} s-${cls(inner.status)}`;
      if (inner.begin === seg.b) c += ' a-start';
      if (inner.end === seg.e) {
        c += ' a-end';
        if (inner.status === 'corrected' || inner.status === 'added') c += ' m-end';
      }
    }
    if (outer) c += ` o-${cls(outer.type)}`;
    if (this.selectedId !== null && seg.ids.includes(this.selectedId)) c += ' sel';
    return c;
  }

  /** One block per line (so that a change re-lays out one line, not the whole text), segments inside. */
  renderText() {
    const frag = document.createDocumentFragment();
    let k = 0;
    for (const line of this.lines) {
      const el = document.createElement('div');
      el.className = 'ln';
      line.el = el;
      while (k < this.segs.length && this.segs[k].b < line.e) el.append(this.makeSegEl(this.segs[k++]));
      frag.append(el);
    }
    this.textEl.replaceChildren(frag);
  }

  refreshRange(begin, end) {
    if (!this.segs.length) return;
    const i0 = hl.findSegment(this.segs, begin);
    const i1 = hl.findSegment(this.segs, Math.max(begin, end - 1));
    for (let i = i0; i <= i1; i++) {
      const seg = this.segs[i];
      const c = this.segClass(seg);
      if (seg.el.className !== c) seg.el.className = c;
    }
  }

  refreshAnnotation(key) {
    const a = this.anns.get(key);
    if (a) this.refreshRange(a.begin, a.end);
  }

  refreshAll() {
    for (const seg of this.segs) {
      const c = this.segClass(seg);
      if (seg.el.className !== c) seg.el.className = c;
    }
    for (const [key, li] of this.items) li.hidden = !this.isVisible(this.anns.get(key));
    this.updateCounts();
  }

  /** Re-splits the text between `start` and `end` (and the segments they touch) after a span change. */
  patchRegion(start, end, extraIds = []) {
    if (!this.segs.length) return;
    const i0 = hl.findSegment(this.segs, Math.max(0, start));
    const i1 = hl.findSegment(this.segs, Math.max(start, Math.min(this.text.length, end) - 1));
    const from = this.segs[i0].b;
    const to = this.segs[i1].e;
    const ids = new Set(extraIds.map(hl.idKey));
    for (let i = i0; i <= i1; i++) for (const id of this.segs[i].ids) ids.add(id);
    const covering = [...ids].map((id) => this.anns.get(id)).filter((a) => a && a.status !== 'deleted');
    const fresh = hl.buildSegments(covering, from, to, this.lineStarts);
    for (const seg of fresh) this.makeSegEl(seg);
    this.segs.splice(i0, i1 - i0 + 1, ...fresh);
    // refill the lines the region touches with their segments (old elements of untouched segments kept)
    const l0 = hl.findSegment(this.lines, from);
    const l1 = hl.findSegment(this.lines, to - 1);
    for (let l = l0; l <= l1; l++) {
      const line = this.lines[l];
      const s0 = hl.findSegment(this.segs, line.b);
      const s1 = hl.findSegment(this.segs, line.e - 1);
      const els = [];
      for (let i = s0; i <= s1; i++) els.push(this.segs[i].el);
      line.el.replaceChildren(...els);
    }
  }

  scrollToAnnotation(key) {
    const a = this.anns.get(key);
    if (!a || !this.segs.length) return;
    const seg = this.segs[hl.findSegment(this.segs, a.begin)];
    seg?.el?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  onTextClick(event) {
    const sel = document.getSelection();
    if (sel && !sel.isCollapsed && sel.rangeCount && this.textEl.contains(sel.getRangeAt(0).commonAncestorContainer)) return;
    this.hideAddPanel(false);
    const el = event.target instanceof Element ? event.target.closest('span.seg') : null;
    const seg = el ? this.segOf.get(el) : null;
    if (!seg) return;
    const candidates = [];
    for (let i = seg.ids.length - 1; i >= 0; i--) {
      if (this.isVisible(this.anns.get(seg.ids[i]))) candidates.push(seg.ids[i]);
    }
    if (!candidates.length) return;
    const next = hl.pickOnClick(candidates, this.selectedId, this.lastClickEl === el);
    this.lastClickEl = el;
    this.select(next);
  }

  // ----- adding by selecting text -----

  checkSelection() {
    if (this.disposed) return;
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    if (!range.intersectsNode(this.textEl)) return;
    const full = document.createRange();
    full.selectNodeContents(this.textEl);
    let sNode = range.startContainer;
    let sOff = range.startOffset;
    let eNode = range.endContainer;
    let eOff = range.endOffset;
    if (range.compareBoundaryPoints(Range.START_TO_START, full) < 0) {
      sNode = this.textEl;
      sOff = 0;
    }
    if (range.compareBoundaryPoints(Range.END_TO_END, full) > 0) {
      eNode = this.textEl;
      eOff = this.textEl.childNodes.length;
    }
    const rawBegin = hl.textOffset(document, this.textEl, sNode, sOff);
    const rawEnd = hl.textOffset(document, this.textEl, eNode, eOff);
    const [begin, end] = hl.trimSpan(this.text, rawBegin, rawEnd);
    if (end <= begin) return;
    if (this.pendingAdd && this.pendingAdd.begin === begin && this.pendingAdd.end === end && !this.addPanel.hidden) return;
    this.pendingAdd = { begin, end };
    this.showAddPanel(range);
  }

  showAddPanel(range) {
    const { begin, end } = this.pendingAdd;
    this.addPreview.textContent = `“${shorten(this.text.slice(begin, end), 60)}” · ${begin}–${end}`;
    this.addPanel.hidden = false;
    const rects = range.getClientRects();
    const last = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
    const host = this.mainEl.getBoundingClientRect();
    const width = this.addPanel.offsetWidth || 280;
    const left = Math.max(0, Math.min(last.left - host.left, host.width - width));
    this.addPanel.style.top = `${Math.max(0, last.bottom - host.top + 6)}px`;
    this.addPanel.style.left = `${left}px`;
    const spanButton = this.detailsEl.querySelector('#span-from-selection');
    if (spanButton) spanButton.disabled = false;
  }

  hideAddPanel(clearTextSelection) {
    this.addPanel.hidden = true;
    this.pendingAdd = null;
    const spanButton = this.detailsEl.querySelector('#span-from-selection');
    if (spanButton) spanButton.disabled = true;
    if (clearTextSelection) {
      const sel = document.getSelection();
      if (sel && sel.rangeCount && this.textEl.contains(sel.getRangeAt(0).commonAncestorContainer)) sel.removeAllRanges();
    }
  }

  addAnnotation() {
    const span = this.pendingAdd;
    if (!span) {
      showMessage('Select the words to annotate in the text first.');
      return;
    }
    const type = this.addType.value;
    const text = this.text.slice(span.begin, span.end);
    const attributes = {};
    if (type === 'person' || type === 'place') attributes.canonical = text;
    this.mutate(async () => {
      const created = await api(`/api/documents/${enc(this.doc.id)}/annotations`, {
        method: 'POST', body: { type, begin: span.begin, end: span.end, attributes },
      });
      this.hideAddPanel(true);
      this.applyAnnotation(created);
      this.select(hl.idKey(created.id), { scroll: false });
      notice(`${typeLabel(type)} “${shorten(text, 40)}” added.`);
    });
  }

  // ----- list -----

  makeItem(a) {
    const key = hl.idKey(a.id);
    const li = h('li', {
      class: `ann-item t-${cls(a.type)} s-${cls(a.status)}`, id: domId('ann-item', key), role: 'option',
      'aria-selected': 'false', dataset: { annId: key, type: a.type, status: a.status },
    });
    this.fillItem(li, a);
    li.hidden = !this.isVisible(a);
    this.items.set(key, li);
    return li;
  }

  fillItem(li, a) {
    li.className = `ann-item t-${cls(a.type)} s-${cls(a.status)}${hl.idKey(a.id) === this.selectedId ? ' selected' : ''}`;
    li.dataset.type = a.type;
    li.dataset.status = a.status;
    li.title = `${typeLabel(a.type)}, ${a.status}: ${shorten(a.text ?? this.text.slice(a.begin, a.end), 300)}`;
    li.replaceChildren(
      h('span', { class: 'swatch', 'aria-hidden': 'true' }),
      h('span', { class: 'ann-text' }, shorten(a.text ?? this.text.slice(a.begin, a.end), 70)),
      h('span', { class: `ann-state s-${cls(a.status)}` }, a.status));
  }

  renderList() {
    this.items.clear();
    const frag = document.createDocumentFragment();
    for (const key of this.order) frag.append(this.makeItem(this.anns.get(key)));
    this.listEl.replaceChildren(frag);
  }

  placeItem(key) {
    const a = this.anns.get(key);
    const li = this.items.get(key) || this.makeItem(a);
    const i = this.orderIndex.get(key);
    const nextKey = this.order[i + 1];
    const nextLi = nextKey !== undefined ? this.items.get(nextKey) : null;
    if (li.nextSibling !== nextLi || li.parentNode !== this.listEl) this.listEl.insertBefore(li, nextLi || null);
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
    for (const [t, el] of this.legendCounts) el.textContent = `(${num(byType.get(t) || 0)})`;
    const total = this.anns.size;
    this.listCount.textContent = shown === total ? `(${num(total)})` : `(${num(shown)} of ${num(total)} shown)`;
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
        this.refreshAnnotation(prev);
        const old = this.items.get(prev);
        if (old) {
          old.classList.remove('selected');
          old.setAttribute('aria-selected', 'false');
        }
      }
      if (key !== null) this.refreshAnnotation(key);
    }
    const li = key !== null ? this.items.get(key) : null;
    if (li) {
      li.classList.add('selected');
      li.setAttribute('aria-selected', 'true');
      this.listEl.setAttribute('aria-activedescendant', li.id);
    } else {
      this.listEl.removeAttribute('aria-activedescendant');
    }
    this.renderDetails();
    // reads of the layout after all the writes, so the browser lays out once
    if (li && scrollList) scrollIntoContainer(this.listEl, li);
    if (scroll && key !== null) this.scrollToAnnotation(key);
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
    this.hideAddPanel(true);
    this.select(null);
  }

  onKey(event) {
    if (this.disposed || event.defaultPrevented) return;
    if (isEditable(event.target) || event.altKey) return;
    if (document.body.classList.contains('is-unauthorized')) return;
    const key = event.key;
    if (event.ctrlKey || event.metaKey) {
      if (key === 'z' || key === 'Z') {
        event.preventDefault();
        this.undo();
      }
      return;
    }
    switch (key) {
      case 'j': case 'n': this.step(1); break;
      case 'k': case 'p': this.step(-1); break;
      case 'a': this.setStatus('accepted'); break;
      case 'r': this.setStatus('rejected'); break;
      case 'Delete': this.deleteSelected(); break;
      case 'u': this.undo(); break;
      case 'Escape': this.clearAll(); break;
      default: return;
    }
    event.preventDefault();
  }

  // ----- details -----

  renderDetails() {
    const box = this.detailsEl;
    clear(box);
    const a = this.selectedId !== null ? this.anns.get(this.selectedId) : null;
    if (!a) {
      box.append(h('h2', null, 'Annotation'),
        h('p', { class: 'muted' }, 'Click a highlighted passage in the text, or an item of the list, to see and review it. Clicking the same spot again selects the annotation around it. To add an annotation, select words with the mouse.'));
      this.detailsFor = null;
      return;
    }
    const text = a.text ?? this.text.slice(a.begin, a.end);
    const rows = [
      ['Status', h('span', { id: 'ann-status', class: `status-badge s-${cls(a.status)}`, title: STATUS_HELP[a.status] || '' }, a.status)],
      ['Span', `${a.begin}–${a.end} (${plural(a.end - a.begin, 'character')})`],
      ['Origin', a.origin ?? '—'],
      ['Annotator', a.annotator ? `${a.annotator}@${a.annotatorVersion ?? '?'}` : '—'],
      ['Confidence', a.confidence === null || a.confidence === undefined ? '—'
        : (typeof a.confidence === 'number' ? a.confidence.toFixed(2) : String(a.confidence))],
      ['Updated', a.updatedBy || a.updatedAt
        ? h('span', null, a.updatedBy ? `${a.updatedBy}, ` : '', timeEl(a.updatedAt)) : '—'],
      ['Version', String(a.version ?? '—')],
    ];
    const meta = h('dl', { class: 'meta' }, rows.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));

    // editable fields
    const beginInput = h('input', { type: 'number', name: 'begin', id: 'ann-begin', min: '0', max: String(this.text.length), step: '1', value: String(a.begin) });
    const endInput = h('input', { type: 'number', name: 'end', id: 'ann-end', min: '0', max: String(this.text.length), step: '1', value: String(a.end) });
    const spanButton = h('button', { type: 'button', id: 'span-from-selection', class: 'small', disabled: !this.pendingAdd, title: 'Take begin and end from the words selected in the text' }, 'Use selected text');
    spanButton.addEventListener('click', () => {
      if (!this.pendingAdd) return;
      beginInput.value = String(this.pendingAdd.begin);
      endInput.value = String(this.pendingAdd.end);
    });
    const attrs = a.attributes || {};
    const names = [...(ATTRIBUTES[a.type] || [])];
    for (const k of [...Object.keys(attrs), ...Object.keys(a.machine || {})]) if (!names.includes(k)) names.push(k);
    const attrInputs = new Map();
    const attrFields = names.map((name) => {
      const id = domId('attr', name);
      const listKey = `${a.type}.${name}`;
      const input = h('input', {
        type: 'text', name: `attr-${name}`, id, value: hl.formatAttributeValue(attrs[name]), autocomplete: 'off',
        list: SUGGESTIONS[listKey] ? domId('list', listKey.replace('.', '-')) : null,
      });
      attrInputs.set(name, input);
      return h('div', { class: 'field' }, h('label', { for: id }, name), input);
    });
    const datalists = names.filter((n) => SUGGESTIONS[`${a.type}.${n}`]).map((n) => h('datalist', { id: domId('list', `${a.type}-${n}`) },
      SUGGESTIONS[`${a.type}.${n}`].map((v) => h('option', { value: v }))));

    const accept = h('button', { type: 'button', id: 'accept-btn', class: 'primary', title: 'Accept (a)' }, 'Accept');
    const reject = h('button', { type: 'button', id: 'reject-btn', title: 'Reject (r)' }, 'Reject');
    const save = h('button', { type: 'submit', id: 'save-btn', title: 'Save the span and attributes as a correction' }, 'Save correction');
    const del = h('button', { type: 'button', id: 'delete-btn', class: 'danger', title: 'Delete (Delete key); undo restores it' }, 'Delete');
    accept.addEventListener('click', () => this.setStatus('accepted'));
    reject.addEventListener('click', () => this.setStatus('rejected'));
    del.addEventListener('click', () => this.deleteSelected());

    const form = h('form', { id: 'ann-form', class: 'ann-form', novalidate: true },
      h('fieldset', { class: 'span-fields' }, h('legend', null, 'Span'),
        h('div', { class: 'field-row' },
          h('div', { class: 'field' }, h('label', { for: 'ann-begin' }, 'begin'), beginInput),
          h('div', { class: 'field' }, h('label', { for: 'ann-end' }, 'end'), endInput),
          spanButton)),
      h('fieldset', { class: 'attr-fields' }, h('legend', null, 'Attributes'),
        attrFields.length ? attrFields : h('p', { class: 'muted' }, 'This type has no attributes.'), datalists),
      h('div', { class: 'button-row actions' }, save));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.saveCorrection(a, beginInput.value, endInput.value, attrInputs);
    });

    let machineBox = null;
    if (a.machine && typeof a.machine === 'object') {
      const differs = names.some((n) => !hl.sameValue(a.machine[n], attrs[n]));
      if (differs || a.status === 'corrected') {
        machineBox = h('details', { class: 'machine', open: true },
          h('summary', null, 'The machine’s original attributes'),
          h('table', { class: 'data compact' }, h('tbody', null, Object.keys(a.machine).map((k) => h('tr', {
            class: hl.sameValue(a.machine[k], attrs[k]) ? '' : 'changed',
          }, h('th', { scope: 'row' }, k), h('td', null, hl.formatAttributeValue(a.machine[k]) || '∅'))))));
      }
    }

    append(box, [
      h('h2', { class: 'ann-title' }, typeBadge(a.type), ' ', h('q', null, shorten(text, 120))),
      h('div', { class: 'button-row actions' }, accept, reject, del),
      meta, form, machineBox]);
    if (this.detailsFor !== this.selectedId) box.scrollTop = 0;
    this.detailsFor = this.selectedId;
  }

  // ----- actions -----

  /** Runs API actions one after the other (so each one sends the version the previous one returned). */
  mutate(fn, { reloadOnMissing = true } = {}) {
    const run = this.queue.then(() => fn());
    this.queue = run.catch(() => {});
    return busy(run).catch((err) => this.fail(err, reloadOnMissing));
  }

  fail(err, reloadOnMissing) {
    if (err && err.status === 409) {
      showMessage(err.message);
      const current = err.current;
      if (current && typeof current === 'object' && current.id !== undefined && 'begin' in current) this.applyAnnotation(current);
      else this.reload();
      return;
    }
    handleError(err);
    if (err && err.status === 404 && reloadOnMissing) this.reload();
  }

  setStatus(status) {
    const key = this.selectedId;
    if (key === null) return;
    this.mutate(async () => {
      const a = this.anns.get(key);
      if (!a) return;
      const updated = await api(`/api/annotations/${enc(key)}`, { method: 'PATCH', body: { version: a.version, status } });
      this.applyAnnotation(updated);
      clearMessage();
    });
  }

  saveCorrection(original, beginText, endText, attrInputs) {
    const key = hl.idKey(original.id);
    const values = new Map([...attrInputs].map(([k, input]) => [k, input.value]));
    const begin = Number(beginText);
    const end = Number(endText);
    if (!Number.isInteger(begin) || !Number.isInteger(end) || begin < 0 || end > this.text.length || end <= begin) {
      showMessage(`Begin and end must be whole numbers with 0 ≤ begin < end ≤ ${this.text.length}.`);
      return;
    }
    this.mutate(async () => {
      const a = this.anns.get(key);
      if (!a) return;
      const body = { version: a.version };
      if (begin !== a.begin) body.begin = begin;
      if (end !== a.end) body.end = end;
      const attrs = { ...(a.attributes || {}) };
      let changed = false;
      const context = { kind: values.has('kind') ? values.get('kind').trim() : attrs.kind };
      for (const [k, text] of values) {
        const value = hl.parseAttributeValue(text, (a.attributes || {})[k], k, context);
        if (!hl.sameValue(value, (a.attributes || {})[k])) {
          attrs[k] = value;
          changed = true;
        }
      }
      if (changed) body.attributes = attrs;
      if (Object.keys(body).length === 1) {
        notice('Nothing to save: no field was changed.');
        return;
      }
      const updated = await api(`/api/annotations/${enc(key)}`, { method: 'PATCH', body });
      this.applyAnnotation(updated);
      clearMessage();
      notice('Correction saved.');
    });
  }

  deleteSelected() {
    const key = this.selectedId;
    if (key === null) return;
    this.mutate(async () => {
      const a = this.anns.get(key);
      if (!a) return;
      await api(`/api/annotations/${enc(key)}?version=${enc(a.version)}`, { method: 'DELETE' });
      this.removeAnnotation(key, true);
      notice(`Deleted “${shorten(a.text ?? '', 40)}”. Undo (u) restores it.`);
    });
  }

  undo() {
    this.mutate(async () => {
      const res = await api(`/api/documents/${enc(this.doc.id)}/undo`, { method: 'POST' });
      const a = res ? res.annotation : null;
      if (a && typeof a === 'object' && a.id !== undefined) {
        const key = hl.idKey(a.id);
        if (a.status === 'deleted') this.removeAnnotation(key, false);
        else {
          this.applyAnnotation(a);
          this.select(key, { scroll: true });
        }
      } else {
        await this.reload();
      }
      clearMessage();
      notice(res && res.undone ? `Undone: ${res.undone}.` : 'Undone.');
      if (this.historyBox.open) this.loadHistory();
    }, { reloadOnMissing: false });
  }

  /** Puts an annotation from the server in place: classes only, or its region when the span moved. */
  applyAnnotation(a) {
    if (!a || a.id === undefined) return;
    const key = hl.idKey(a.id);
    if (a.status === 'deleted') {
      this.removeAnnotation(key, false);
      return;
    }
    const old = this.anns.get(key);
    this.anns.set(key, a);
    if (!this.types.includes(a.type)) this.types.push(a.type);
    if (!old) {
      this.patchRegion(a.begin, a.end, [key]);
      this.reorder();
      this.placeItem(key);
    } else if (old.begin !== a.begin || old.end !== a.end) {
      this.patchRegion(Math.min(old.begin, a.begin), Math.max(old.end, a.end), [key]);
      this.reorder();
      this.placeItem(key);
      this.fillItem(this.items.get(key), a);
    } else {
      this.refreshRange(a.begin, a.end);
      this.fillItem(this.items.get(key), a);
    }
    const li = this.items.get(key);
    if (li) li.hidden = !this.isVisible(a);
    this.updateCounts();
    if (this.selectedId === key) this.renderDetails();
    if (this.historyBox.open) this.loadHistory();
  }

  removeAnnotation(key, selectNext) {
    const a = this.anns.get(key);
    if (!a) return;
    const wasSelected = this.selectedId === key;
    let next = null;
    if (wasSelected) {
      const i = this.orderIndex.get(key);
      for (let j = i + 1; j < this.order.length && next === null; j++) if (this.isVisible(this.anns.get(this.order[j]))) next = this.order[j];
      for (let j = i - 1; j >= 0 && next === null; j--) if (this.isVisible(this.anns.get(this.order[j]))) next = this.order[j];
      this.selectedId = null;
    }
    this.anns.delete(key);
    this.patchRegion(a.begin, a.end);
    this.items.get(key)?.remove();
    this.items.delete(key);
    this.reorder();
    this.updateCounts();
    if (wasSelected) this.select(selectNext ? next : null, { scroll: false });
    if (this.historyBox.open) this.loadHistory();
  }

  /**
   * Loads the document again (after an undo the server could not describe, or a conflict). When only
   * a few annotations differ, they are put in place one by one; otherwise everything is rendered anew.
   */
  async reload() {
    const doc = await api(`/api/documents/${enc(this.doc.id)}`).catch((err) => {
      handleError(err);
      return null;
    });
    if (!doc || this.disposed) return;
    const keep = this.selectedId;
    const fresh = new Map();
    for (const a of doc.annotations || []) if (a && a.status !== 'deleted') fresh.set(hl.idKey(a.id), a);
    const gone = [...this.anns.keys()].filter((k) => !fresh.has(k));
    const changed = [...fresh].filter(([k, a]) => JSON.stringify(this.anns.get(k)) !== JSON.stringify(a)).map(([, a]) => a);
    if (String(doc.text ?? '') === this.text && gone.length + changed.length <= 50) {
      this.doc = doc;
      for (const k of gone) this.removeAnnotation(k, false);
      for (const a of changed) this.applyAnnotation(a);
      if (keep !== null && !this.anns.has(keep) && this.selectedId === keep) this.select(null);
      return;
    }
    this.selectedId = null;
    this.load(doc);
    this.renderText();
    this.renderList();
    this.updateCounts();
    this.select(keep !== null && this.anns.has(keep) ? keep : null, { updateUrl: true });
  }

  async loadHistory() {
    const list = this.historyBox.querySelector('.history-list');
    try {
      const items = await api(`/api/documents/${enc(this.doc.id)}/history`);
      clear(list);
      const entries = Array.isArray(items) ? items.slice(0, 100) : [];
      if (!entries.length) list.append(h('li', { class: 'muted' }, 'No changes yet.'));
      for (const e of entries) {
        const ann = e.annotation && typeof e.annotation === 'object' ? e.annotation : null;
        const annId = ann ? ann.id : e.annotation;
        list.append(h('li', { class: e.undone ? 'undone' : '' },
          h('strong', null, e.action ?? '?'), ' ',
          ann ? h('q', null, shorten(ann.text ?? '', 40)) : (annId !== undefined && annId !== null
            ? h('a', { href: href.document(this.doc.id, annId) }, `annotation ${annId}`) : ''),
          h('span', { class: 'muted' }, ` — ${e.user ?? '?'}, `), timeEl(e.at),
          e.undone ? h('span', { class: 'muted' }, ' (undone)') : ''));
      }
    } catch (err) {
      handleError(err);
    }
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
