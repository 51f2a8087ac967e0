// What the parts of the document screen write alike: what each review status means, short quotes of
// annotated text, element ids made from server strings.

/** The review statuses, in the order the status key shows them. */
export const STATUSES = ['pending', 'accepted', 'rejected', 'corrected', 'added'];

export const STATUS_HELP = {
  pending: 'proposed by an annotator, not reviewed yet',
  accepted: 'checked and right',
  rejected: 'checked and wrong (left out of exports and conflicts)',
  corrected: 'span or attributes corrected by a person',
  added: 'made by a person',
};

/** The text on one line, cut to `max` characters with an ellipsis. */
export function shorten(text, max = 90) {
  const t = String(text ?? '').replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** `prefix-id`, white space in the id replaced by _. */
export function domId(prefix, id) {
  return `${prefix}-${String(id).replace(/\s/g, '_')}`;
}
