// The history of changes to the document (details#history, its entries in ol.history-list), loaded
// when opened and again after every change while it stays open.
import { api } from '../../api.js';
import { h, clear, enc, timeEl } from '../../dom.js';
import { href } from '../../router.js';
import { handleError } from '../../ui.js';
import { shorten } from './labels.js';

export class HistoryBox {
  constructor(view) {
    this.view = view;
    this.list = h('ol', { class: 'history-list' });
    this.el = h('details', { class: 'history', id: 'history' }, h('summary', null, 'History of changes'), this.list);
    this.el.addEventListener('toggle', () => { if (this.el.open) this.load(); });
  }

  /** Loads the history again when it is open (after a change). */
  refreshIfOpen() {
    if (this.el.open) this.load();
  }

  async load() {
    const list = this.list;
    try {
      const items = await api(`/api/documents/${enc(this.view.doc.id)}/history`);
      clear(list);
      const entries = Array.isArray(items) ? items.slice(0, 100) : [];
      if (!entries.length) list.append(h('li', { class: 'muted' }, 'No changes yet.'));
      for (const e of entries) {
        const ann = e.annotation && typeof e.annotation === 'object' ? e.annotation : null;
        const annId = ann ? ann.id : e.annotation;
        list.append(h('li', { class: e.undone ? 'undone' : '' },
          h('strong', null, e.action ?? '?'), ' ',
          ann ? h('q', null, shorten(ann.text ?? '', 40)) : (annId !== undefined && annId !== null
            ? h('a', { href: href.document(this.view.doc.id, annId) }, `annotation ${annId}`) : ''),
          h('span', { class: 'muted' }, ` — ${e.user ?? '?'}, `), timeEl(e.at),
          e.undone ? h('span', { class: 'muted' }, ' (undone)') : ''));
      }
    } catch (err) {
      handleError(err);
    }
  }
}
