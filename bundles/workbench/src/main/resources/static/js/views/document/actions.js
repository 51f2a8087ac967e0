// What the document screen asks of the server: accept, reject, correct, delete, undo (and, from
// selection-add.js, add), run one after the other; and putting the server's answers in place in the
// text, the list, the counts, the details and the history, or loading the document again.
import { api } from '../../api.js';
import { enc } from '../../dom.js';
import * as hl from '../../highlight.js';
import { busy, clearMessage, handleError, notice, showMessage } from '../../ui.js';
import { shorten } from './labels.js';

export class Actions {
  constructor(view) {
    this.view = view;
    this.queue = Promise.resolve();
  }

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
    const view = this.view;
    const key = view.selectedId;
    if (key === null) return;
    this.mutate(async () => {
      const a = view.anns.get(key);
      if (!a) return;
      const updated = await api(`/api/annotations/${enc(key)}`, { method: 'PATCH', body: { version: a.version, status } });
      this.applyAnnotation(updated);
      clearMessage();
    });
  }

  saveCorrection(original, beginText, endText, attrInputs) {
    const view = this.view;
    const key = hl.idKey(original.id);
    const values = new Map([...attrInputs].map(([k, input]) => [k, input.value]));
    const begin = Number(beginText);
    const end = Number(endText);
    if (!Number.isInteger(begin) || !Number.isInteger(end) || begin < 0 || end > view.text.length || end <= begin) {
      showMessage(`Begin and end must be whole numbers with 0 ≤ begin < end ≤ ${view.text.length}.`);
      return;
    }
    this.mutate(async () => {
      const a = view.anns.get(key);
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
    const view = this.view;
    const key = view.selectedId;
    if (key === null) return;
    this.mutate(async () => {
      const a = view.anns.get(key);
      if (!a) return;
      await api(`/api/annotations/${enc(key)}?version=${enc(a.version)}`, { method: 'DELETE' });
      this.removeAnnotation(key, true);
      notice(`Deleted “${shorten(a.text ?? '', 40)}”. Undo (u) restores it.`);
    });
  }

  undo() {
    const view = this.view;
    this.mutate(async () => {
      const res = await api(`/api/documents/${enc(view.doc.id)}/undo`, { method: 'POST' });
      const a = res ? res.annotation : null;
      if (a && typeof a === 'object' && a.id !== undefined) {
        const key = hl.idKey(a.id);
        if (a.status === 'deleted') this.removeAnnotation(key, false);
        else {
          this.applyAnnotation(a);
          view.select(key, { scroll: true });
        }
      } else {
        await this.reload();
      }
      clearMessage();
      notice(res && res.undone ? `Undone: ${res.undone}.` : 'Undone.');
      view.historyBox.refreshIfOpen();
    }, { reloadOnMissing: false });
  }

  /** Puts an annotation from the server in place: classes only, or its region when the span moved. */
  applyAnnotation(a) {
    if (!a || a.id === undefined) return;
    const view = this.view;
    const key = hl.idKey(a.id);
    if (a.status === 'deleted') {
      this.removeAnnotation(key, false);
      return;
    }
    const old = view.anns.get(key);
    view.anns.set(key, a);
    if (!view.types.includes(a.type)) view.types.push(a.type);
    if (!old) {
      view.textPane.patchRegion(a.begin, a.end, [key]);
      view.reorder();
      view.list.place(key);
    } else if (old.begin !== a.begin || old.end !== a.end) {
      view.textPane.patchRegion(Math.min(old.begin, a.begin), Math.max(old.end, a.end), [key]);
      view.reorder();
      view.list.place(key);
      view.list.fill(key, a);
    } else {
      view.textPane.refreshRange(a.begin, a.end);
      view.list.fill(key, a);
    }
    view.list.setHidden(key, !view.isVisible(a));
    view.updateCounts();
    if (view.selectedId === key) view.details.render();
    view.historyBox.refreshIfOpen();
  }

  removeAnnotation(key, selectNext) {
    const view = this.view;
    const a = view.anns.get(key);
    if (!a) return;
    const wasSelected = view.selectedId === key;
    let next = null;
    if (wasSelected) {
      const { order } = view;
      const i = view.orderIndex.get(key);
      for (let j = i + 1; j < order.length && next === null; j++) if (view.isVisible(view.anns.get(order[j]))) next = order[j];
      for (let j = i - 1; j >= 0 && next === null; j--) if (view.isVisible(view.anns.get(order[j]))) next = order[j];
      view.selectedId = null;
    }
    view.anns.delete(key);
    view.textPane.patchRegion(a.begin, a.end);
    view.list.remove(key);
    view.reorder();
    view.updateCounts();
    if (wasSelected) view.select(selectNext ? next : null, { scroll: false });
    view.historyBox.refreshIfOpen();
  }

  /**
   * Loads the document again (after an undo the server could not describe, or a conflict). When only
   * a few annotations differ, they are put in place one by one; otherwise everything is rendered anew.
   */
  async reload() {
    const view = this.view;
    const doc = await api(`/api/documents/${enc(view.doc.id)}`).catch((err) => {
      handleError(err);
      return null;
    });
    if (!doc || view.disposed) return;
    const keep = view.selectedId;
    const fresh = new Map();
    for (const a of doc.annotations || []) if (a && a.status !== 'deleted') fresh.set(hl.idKey(a.id), a);
    const gone = [...view.anns.keys()].filter((k) => !fresh.has(k));
    const changed = [...fresh].filter(([k, a]) => JSON.stringify(view.anns.get(k)) !== JSON.stringify(a)).map(([, a]) => a);
    if (String(doc.text ?? '') === view.text && gone.length + changed.length <= 50) {
      view.doc = doc;
      for (const k of gone) this.removeAnnotation(k, false);
      for (const a of changed) this.applyAnnotation(a);
      if (keep !== null && !view.anns.has(keep) && view.selectedId === keep) view.select(null);
      return;
    }
    view.selectedId = null;
    view.load(doc);
    view.textPane.render();
    view.list.render();
    view.updateCounts();
    view.select(keep !== null && view.anns.has(keep) ? keep : null, { updateUrl: true });
  }
}
