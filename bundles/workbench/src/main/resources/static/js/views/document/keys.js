// Keyboard shortcuts of the document screen (when no field has focus), and their help line
// (#keyboard-help): j/n next, k/p previous, a accept, r reject, Delete delete, u or Ctrl+Z undo, Esc
// clear the selection.
import { h, isEditable } from '../../dom.js';

export function keyboardHelp() {
  const kbd = (k) => h('kbd', null, k);
  return h('p', { class: 'kbd-help', id: 'keyboard-help' }, h('strong', null, 'Keyboard: '),
    kbd('j'), '/', kbd('n'), ' next · ', kbd('k'), '/', kbd('p'), ' previous · ', kbd('a'), ' accept · ',
    kbd('r'), ' reject · ', kbd('Delete'), ' delete · ', kbd('u'), ' or ', kbd('Ctrl'), '+', kbd('Z'), ' undo · ',
    kbd('Esc'), ' clear selection · select text with the mouse to add an annotation');
}

/** The document's keydown handler (on `document`). */
export function onKey(view, event) {
  if (view.disposed || event.defaultPrevented) return;
  if (isEditable(event.target) || event.altKey) return;
  if (document.body.classList.contains('is-unauthorized')) return;
  const key = event.key;
  if (event.ctrlKey || event.metaKey) {
    if (key === 'z' || key === 'Z') {
      event.preventDefault();
      view.actions.undo();
    }
    return;
  }
  switch (key) {
    case 'j': case 'n': view.step(1); break;
    case 'k': case 'p': view.step(-1); break;
    case 'a': view.actions.setStatus('accepted'); break;
    case 'r': view.actions.setStatus('rejected'); break;
    case 'Delete': view.actions.deleteSelected(); break;
    case 'u': view.actions.undo(); break;
    case 'Escape': view.clearAll(); break;
    default: return;
  }
  event.preventDefault();
}
