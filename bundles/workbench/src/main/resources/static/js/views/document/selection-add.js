// Adding an annotation by selecting words of the text: when the selection in #doc-text settles (mouse
// up, or selectionchange after a pause), the add panel (#add-panel: #add-type, #add-btn, #add-cancel)
// opens below it with the selected span, trimmed of blanks. Escape or Cancel closes it.
import { api } from '../../api.js';
import { h, enc, debounce } from '../../dom.js';
import * as hl from '../../highlight.js';
import { notice, showMessage } from '../../ui.js';
import { typeLabel } from '../types.js';
import { shorten } from './labels.js';

export class SelectionAdd {
  constructor(view) {
    this.view = view;
    /** The selected span, {begin, end}, while the panel is open. */
    this.pending = null;
    this.typeSelect = h('select', { id: 'add-type' },
      view.types.map((t) => h('option', { value: t }, typeLabel(t))));
    this.preview = h('span', { class: 'add-preview' });
    const addButton = h('button', { id: 'add-btn', type: 'button', class: 'primary small' }, 'Add');
    const cancel = h('button', { type: 'button', class: 'small', id: 'add-cancel' }, 'Cancel');
    this.panel = h('div', { id: 'add-panel', class: 'add-panel', hidden: true, role: 'group', 'aria-label': 'Add an annotation' },
      h('div', { class: 'add-row' }, h('label', { for: 'add-type' }, 'Type'), this.typeSelect, addButton, cancel),
      this.preview);
    addButton.addEventListener('click', () => this.add());
    cancel.addEventListener('click', () => this.hide(true));
    for (const b of [addButton, cancel]) b.addEventListener('mousedown', (e) => e.preventDefault());
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.hide(true);
      } else if (e.key === 'Enter' && e.target === this.typeSelect) {
        e.preventDefault();
        this.add();
      }
    });
  }

  bind(on) {
    on(this.view.textPane.el, 'mouseup', () => setTimeout(() => this.check(), 0));
    this.selectionChanged = debounce(() => this.check(), 250);
    on(document, 'selectionchange', () => this.selectionChanged());
  }

  dispose() {
    this.selectionChanged?.cancel();
  }

  /** Opens the panel for the words selected in the text, if any. */
  check() {
    const view = this.view;
    if (view.disposed) return;
    const textEl = view.textPane.el;
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    if (!range.intersectsNode(textEl)) return;
    const full = document.createRange();
    full.selectNodeContents(textEl);
    let sNode = range.startContainer;
    let sOff = range.startOffset;
    let eNode = range.endContainer;
    let eOff = range.endOffset;
    if (range.compareBoundaryPoints(Range.START_TO_START, full) < 0) {
      sNode = textEl;
      sOff = 0;
    }
    if (range.compareBoundaryPoints(Range.END_TO_END, full) > 0) {
      eNode = textEl;
      eOff = textEl.childNodes.length;
    }
    const rawBegin = hl.textOffset(document, textEl, sNode, sOff);
    const rawEnd = hl.textOffset(document, textEl, eNode, eOff);
    const [begin, end] = hl.trimSpan(view.text, rawBegin, rawEnd);
    if (end <= begin) return;
    if (this.pending && this.pending.begin === begin && this.pending.end === end && !this.panel.hidden) return;
    this.pending = { begin, end };
    this.show(range);
  }

  show(range) {
    const view = this.view;
    const { begin, end } = this.pending;
    this.preview.textContent = `“${shorten(view.text.slice(begin, end), 60)}” · ${begin}–${end}`;
    this.panel.hidden = false;
    const rects = range.getClientRects();
    const last = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
    const host = view.mainEl.getBoundingClientRect();
    const width = this.panel.offsetWidth || 280;
    const left = Math.max(0, Math.min(last.left - host.left, host.width - width));
    this.panel.style.top = `${Math.max(0, last.bottom - host.top + 6)}px`;
    this.panel.style.left = `${left}px`;
    view.details.enableSpanFromSelection(true);
  }

  hide(clearTextSelection) {
    const view = this.view;
    this.panel.hidden = true;
    this.pending = null;
    view.details.enableSpanFromSelection(false);
    if (clearTextSelection) {
      const sel = document.getSelection();
      if (sel && sel.rangeCount && view.textPane.el.contains(sel.getRangeAt(0).commonAncestorContainer)) sel.removeAllRanges();
    }
  }

  add() {
    const view = this.view;
    const span = this.pending;
    if (!span) {
      showMessage('Select the words to annotate in the text first.');
      return;
    }
    const type = this.typeSelect.value;
    const text = view.text.slice(span.begin, span.end);
    const attributes = {};
    if (type === 'person' || type === 'place') attributes.canonical = text;
    view.actions.mutate(async () => {
      const created = await api(`/api/documents/${enc(view.doc.id)}/annotations`, {
        method: 'POST', body: { type, begin: span.begin, end: span.end, attributes },
      });
      this.hide(true);
      view.actions.applyAnnotation(created);
      view.select(hl.idKey(created.id), { scroll: false });
      notice(`${typeLabel(type)} “${shorten(text, 40)}” added.`);
    });
  }
}
