// The selected annotation's details (#ann-details): its status (#ann-status), span, origin, annotator,
// confidence and last change; accept (#accept-btn), reject (#reject-btn) and delete (#delete-btn); the
// correction form (#ann-form: #ann-begin, #ann-end, #span-from-selection, an input[name=attr-NAME] per
// attribute, #save-btn); and the machine's original attributes when they differ.
import { h, append, clear, cls, timeEl, plural } from '../../dom.js';
import * as hl from '../../highlight.js';
import { ATTRIBUTES, SUGGESTIONS, typeBadge } from '../types.js';
import { STATUS_HELP, shorten, domId } from './labels.js';

export class DetailsPanel {
  constructor(view) {
    this.view = view;
    this.detailsFor = null;
    this.el = h('section', { id: 'ann-details', class: 'card ann-details', 'aria-live': 'polite', 'aria-label': 'Selected annotation' });
  }

  /** Enables "Use selected text" while words of the text are selected (see selection-add.js). */
  enableSpanFromSelection(enabled) {
    const spanButton = this.el.querySelector('#span-from-selection');
    if (spanButton) spanButton.disabled = !enabled;
  }

  render() {
    const view = this.view;
    const box = this.el;
    clear(box);
    const a = view.selectedId !== null ? view.anns.get(view.selectedId) : null;
    if (!a) {
      box.append(h('h2', null, 'Annotation'),
        h('p', { class: 'muted' }, 'Click a highlighted passage in the text, or an item of the list, to see and review it. Clicking the same spot again selects the annotation around it. To add an annotation, select words with the mouse.'));
      this.detailsFor = null;
      return;
    }
    const text = a.text ?? view.text.slice(a.begin, a.end);
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
    const beginInput = h('input', { type: 'number', name: 'begin', id: 'ann-begin', min: '0', max: String(view.text.length), step: '1', value: String(a.begin) });
    const endInput = h('input', { type: 'number', name: 'end', id: 'ann-end', min: '0', max: String(view.text.length), step: '1', value: String(a.end) });
    const spanButton = h('button', { type: 'button', id: 'span-from-selection', class: 'small', disabled: !view.adder.pending, title: 'Take begin and end from the words selected in the text' }, 'Use selected text');
    spanButton.addEventListener('click', () => {
      const pending = view.adder.pending;
      if (!pending) return;
      beginInput.value = String(pending.begin);
      endInput.value = String(pending.end);
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
    accept.addEventListener('click', () => view.actions.setStatus('accepted'));
    reject.addEventListener('click', () => view.actions.setStatus('rejected'));
    del.addEventListener('click', () => view.actions.deleteSelected());

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
      view.actions.saveCorrection(a, beginInput.value, endInput.value, attrInputs);
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
    if (this.detailsFor !== view.selectedId) box.scrollTop = 0;
    this.detailsFor = view.selectedId;
  }
}
