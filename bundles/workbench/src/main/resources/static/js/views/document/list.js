// The list of annotations in document order (#ann-list, a listbox): one li.ann-item per annotation
// (id ann-item-ID, data-ann-id, data-type, data-status; class selected and aria-selected on the
// selected one), hidden when the legend filters it out, and the count (#ann-count). Clicking an item
// selects its annotation.
import { h, cls, num, scrollIntoContainer } from '../../dom.js';
import * as hl from '../../highlight.js';
import { typeLabel } from '../types.js';
import { shorten, domId } from './labels.js';

export class AnnotationList {
  constructor(view) {
    this.view = view;
    this.items = new Map();
    this.el = h('ol', { id: 'ann-list', class: 'ann-list', role: 'listbox', tabindex: '0', 'aria-label': 'Annotations in document order' });
    this.countEl = h('span', { class: 'muted', id: 'ann-count' });
    this.card = h('section', { class: 'card ann-list-card' },
      h('h2', null, 'Annotations ', this.countEl),
      this.el);
  }

  bind(on) {
    on(this.el, 'click', (e) => {
      const li = e.target instanceof Element ? e.target.closest('li.ann-item') : null;
      if (li) this.view.select(li.dataset.annId, { scroll: true, scrollList: false });
    });
  }

  makeItem(a) {
    const key = hl.idKey(a.id);
    const li = h('li', {
      class: `ann-item t-${cls(a.type)} s-${cls(a.status)}`, id: domId('ann-item', key), role: 'option',
      'aria-selected': 'false', dataset: { annId: key, type: a.type, status: a.status },
    });
    this.fillItem(li, a);
    li.hidden = !this.view.isVisible(a);
    this.items.set(key, li);
    return li;
  }

  fillItem(li, a) {
    const text = this.view.text;
    li.className = `ann-item t-${cls(a.type)} s-${cls(a.status)}${hl.idKey(a.id) === this.view.selectedId ? ' selected' : ''}`;
    li.dataset.type = a.type;
    li.dataset.status = a.status;
    li.title = `${typeLabel(a.type)}, ${a.status}: ${shorten(a.text ?? text.slice(a.begin, a.end), 300)}`;
    li.replaceChildren(
      h('span', { class: 'swatch', 'aria-hidden': 'true' }),
      h('span', { class: 'ann-text' }, shorten(a.text ?? text.slice(a.begin, a.end), 70)),
      h('span', { class: `ann-state s-${cls(a.status)}` }, a.status));
  }

  /** The item of `key` shows annotation `a` (its type, status and text changed). */
  fill(key, a) {
    this.fillItem(this.items.get(key), a);
  }

  render() {
    const view = this.view;
    this.items.clear();
    const frag = document.createDocumentFragment();
    for (const key of view.order) frag.append(this.makeItem(view.anns.get(key)));
    this.el.replaceChildren(frag);
  }

  /** Puts the item of `key` (made when missing) at its place in document order. */
  place(key) {
    const view = this.view;
    const a = view.anns.get(key);
    const li = this.items.get(key) || this.makeItem(a);
    const i = view.orderIndex.get(key);
    const nextKey = view.order[i + 1];
    const nextLi = nextKey !== undefined ? this.items.get(nextKey) : null;
    if (li.nextSibling !== nextLi || li.parentNode !== this.el) this.el.insertBefore(li, nextLi || null);
  }

  remove(key) {
    this.items.get(key)?.remove();
    this.items.delete(key);
  }

  setHidden(key, hidden) {
    const li = this.items.get(key);
    if (li) li.hidden = hidden;
  }

  /** Hides the items the legend filters out, shows the others. */
  refreshHidden() {
    for (const [key, li] of this.items) li.hidden = !this.view.isVisible(this.view.anns.get(key));
  }

  unmark(key) {
    const old = this.items.get(key);
    if (old) {
      old.classList.remove('selected');
      old.setAttribute('aria-selected', 'false');
    }
  }

  /** Marks the item of `key` (or none, for null) as the selected one; returns it. */
  mark(key) {
    const li = key !== null ? this.items.get(key) : null;
    if (li) {
      li.classList.add('selected');
      li.setAttribute('aria-selected', 'true');
      this.el.setAttribute('aria-activedescendant', li.id);
    } else {
      this.el.removeAttribute('aria-activedescendant');
    }
    return li;
  }

  scrollTo(li) {
    scrollIntoContainer(this.el, li);
  }

  showCount(shown, total) {
    this.countEl.textContent = shown === total ? `(${num(total)})` : `(${num(shown)} of ${num(total)} shown)`;
  }
}
