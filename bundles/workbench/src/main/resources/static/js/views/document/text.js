// The document's text with its annotations highlighted (#doc-text): one block per line (div.ln), split
// into contiguous segments (span.seg, data-ann = the ids of the annotations covering it) at every
// annotation boundary. A segment's classes are the type and status of the innermost visible annotation
// covering it and the type of the next outer one. After an action only the segments concerned are
// touched. Clicking a highlight selects its annotation; clicking the same spot again moves outward.
import { h, cls } from '../../dom.js';
import * as hl from '../../highlight.js';

export class TextPane {
  constructor(view) {
    this.view = view;
    this.segOf = new WeakMap();
    this.lastClickEl = null;
    this.lines = [];
    this.lineStarts = [];
    this.segs = [];
    this.el = h('div', { id: 'doc-text', class: 'doc-text', role: 'region', 'aria-label': 'Document text' });
  }

  bind(on) {
    on(this.el, 'click', (e) => this.onClick(e));
  }

  makeSegEl(seg) {
    const el = document.createElement('span');
    el.className = this.segClass(seg);
    if (seg.ids.length) el.dataset.ann = seg.ids.join(' ');
    el.textContent = this.view.text.slice(seg.b, seg.e);
    seg.el = el;
    this.segOf.set(el, seg);
    return el;
  }

  /** Classes of a segment: type and status of the innermost visible annotation, the next outer one. */
  segClass(seg) {
    const view = this.view;
    let inner = null;
    let outer = null;
    for (let i = seg.ids.length - 1; i >= 0; i--) {
      const a = view.anns.get(seg.ids[i]);
      if (!view.isVisible(a)) continue;
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
    if (view.selectedId !== null && seg.ids.includes(view.selectedId)) c += ' sel';
    return c;
  }

  /**
   * Splits the whole text into lines and segments and renders it anew: one block per line (so that a
   * change re-lays out one line, not the whole text), segments inside.
   */
  render() {
    const { text, anns } = this.view;
    this.lines = hl.lineRanges(text);
    this.lineStarts = this.lines.map((l) => l.b);
    this.segs = hl.buildSegments([...anns.values()], 0, text.length, this.lineStarts);
    const frag = document.createDocumentFragment();
    let k = 0;
    for (const line of this.lines) {
      const el = document.createElement('div');
      el.className = 'ln';
      line.el = el;
      while (k < this.segs.length && this.segs[k].b < line.e) el.append(this.makeSegEl(this.segs[k++]));
      frag.append(el);
    }
    this.el.replaceChildren(frag);
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
    const a = this.view.anns.get(key);
    if (a) this.refreshRange(a.begin, a.end);
  }

  /** The classes of every segment (after a filter of the legend changed). */
  refreshAll() {
    for (const seg of this.segs) {
      const c = this.segClass(seg);
      if (seg.el.className !== c) seg.el.className = c;
    }
  }

  /** Re-splits the text between `start` and `end` (and the segments they touch) after a span change. */
  patchRegion(start, end, extraIds = []) {
    if (!this.segs.length) return;
    const view = this.view;
    const i0 = hl.findSegment(this.segs, Math.max(0, start));
    const i1 = hl.findSegment(this.segs, Math.max(start, Math.min(view.text.length, end) - 1));
    const from = this.segs[i0].b;
    const to = this.segs[i1].e;
    const ids = new Set(extraIds.map(hl.idKey));
    for (let i = i0; i <= i1; i++) for (const id of this.segs[i].ids) ids.add(id);
    const covering = [...ids].map((id) => view.anns.get(id)).filter((a) => a && a.status !== 'deleted');
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
    const a = this.view.anns.get(key);
    if (!a || !this.segs.length) return;
    const seg = this.segs[hl.findSegment(this.segs, a.begin)];
    seg?.el?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  onClick(event) {
    const view = this.view;
    const sel = document.getSelection();
    if (sel && !sel.isCollapsed && sel.rangeCount && this.el.contains(sel.getRangeAt(0).commonAncestorContainer)) return;
    view.adder.hide(false);
    const el = event.target instanceof Element ? event.target.closest('span.seg') : null;
    const seg = el ? this.segOf.get(el) : null;
    if (!seg) return;
    const candidates = [];
    for (let i = seg.ids.length - 1; i >= 0; i--) {
      if (view.isVisible(view.anns.get(seg.ids[i]))) candidates.push(seg.ids[i]);
    }
    if (!candidates.length) return;
    const next = hl.pickOnClick(candidates, view.selectedId, this.lastClickEl === el);
    this.lastClickEl = el;
    view.select(next);
  }
}
