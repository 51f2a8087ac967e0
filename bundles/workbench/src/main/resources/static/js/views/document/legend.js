// The legend (#legend): a checkbox per type (input[data-type]) with its count, and "Hide rejected"
// (#hide-rejected), which filter the highlights and the list; and the key of the review statuses.
import { h, cls, num } from '../../dom.js';
import { TYPE_HELP, typeLabel } from '../types.js';
import { STATUSES, STATUS_HELP, domId } from './labels.js';

export class Legend {
  constructor(view) {
    this.view = view;
    this.counts = new Map();
    this.el = h('fieldset', { id: 'legend', class: 'legend' }, h('legend', null, 'Show'));
    for (const t of view.types) {
      const box = h('input', { type: 'checkbox', checked: true, dataset: { type: t }, id: domId('show', t) });
      const countEl = h('span', { class: 'legend-count' });
      this.counts.set(t, countEl);
      this.el.append(h('label', { class: `legend-item t-${cls(t)}`, for: box.id, title: TYPE_HELP[t] || '' },
        box, h('span', { class: 'swatch', 'aria-hidden': 'true' }), typeLabel(t), ' ', countEl));
    }
    const hideRejected = h('input', { type: 'checkbox', id: 'hide-rejected' });
    this.el.append(h('label', { class: 'legend-item', for: 'hide-rejected' }, hideRejected, 'Hide rejected'));
    this.el.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement)) return;
      if (box.id === 'hide-rejected') view.hideRejected = box.checked;
      else if (box.dataset.type) {
        if (box.checked) view.hiddenTypes.delete(box.dataset.type);
        else view.hiddenTypes.add(box.dataset.type);
      } else return;
      view.refreshAll();
    });
    this.statusKey = h('ul', { class: 'status-key', 'aria-label': 'Status key' },
      STATUSES.map((s) => h('li', { title: STATUS_HELP[s] },
        h('span', { class: `sample t-person s-${s}${s === 'corrected' || s === 'added' ? ' m-end' : ''}` }, s))));
  }

  /** The number of annotations of each type of the legend (`byType`: type -> count). */
  showCounts(byType) {
    for (const [t, el] of this.counts) el.textContent = `(${num(byType.get(t) || 0)})`;
  }
}
