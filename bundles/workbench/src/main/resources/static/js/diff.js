// The pieces to draw a claim inside its context sentence, with the words that differ from the claim it is
// compared with marked. Which words differ comes from the server (each claim's `changed` spans, found with
// the same word diff as the conflict rules and the HTML report), so the browser does not diff again.
// Pure functions, no DOM.

/**
 * Splits `text` into pieces [{text, marked}] where `ranges` ([start, end), sorted, may overlap) are
 * marked. Empty pieces are left out.
 */
export function markRanges(text, ranges) {
  const pieces = [];
  let pos = 0;
  const sorted = [...ranges].map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)])
    .filter(([s, e]) => e > s).sort((x, y) => x[0] - y[0]);
  for (const [s, e] of sorted) {
    if (e <= pos) continue;
    const from = Math.max(s, pos);
    if (from > pos) pieces.push({ text: text.slice(pos, from), marked: false });
    pieces.push({ text: text.slice(from, e), marked: true });
    pos = e;
  }
  if (pos < text.length) pieces.push({ text: text.slice(pos), marked: false });
  return pieces;
}

/**
 * A claim in its context sentence: {before, claim, after}, where `claim` is the text to mark.
 * `context` = {begin, end, text} in document offsets (may be missing); `claim` = {begin, end, text}.
 * When the offsets do not fit the context, the claim text alone is returned.
 */
export function claimInContext(claim, context) {
  const claimText = String(claim?.text ?? '');
  if (!context || typeof context.text !== 'string') return { before: '', claim: claimText, after: '' };
  const ctx = context.text;
  const offset = Number(context.begin) || 0;
  const b = Number(claim.begin) - offset;
  const e = Number(claim.end) - offset;
  if (Number.isInteger(b) && Number.isInteger(e) && b >= 0 && e <= ctx.length && e > b) {
    return { before: ctx.slice(0, b), claim: ctx.slice(b, e), after: ctx.slice(e) };
  }
  const at = claimText ? ctx.indexOf(claimText) : -1;
  if (at >= 0) return { before: ctx.slice(0, at), claim: claimText, after: ctx.slice(at + claimText.length) };
  return { before: '', claim: claimText, after: '' };
}
