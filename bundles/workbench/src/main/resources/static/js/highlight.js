// Pure functions behind the document view: segments of text between annotation boundaries,
// nesting order, click cycling, span trimming and attribute value parsing. No DOM here, except
// textOffset, which takes the DOM objects it needs as arguments.

/** Annotation ids are compared as strings (the server may send numbers). */
export function idKey(id) {
  return id === undefined || id === null ? '' : String(id);
}

function compareIds(a, b) {
  const x = idKey(a);
  const y = idKey(b);
  if (x.length !== y.length && /^\d+$/.test(x) && /^\d+$/.test(y)) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Document order: by begin, longer (outer) first, then by id. */
export function compareAnnotations(a, b) {
  return a.begin - b.begin || b.end - a.end || compareIds(a.id, b.id);
}

/** Outer before inner: longer first, then earlier begin, then id. */
function outerFirst(a, b) {
  return (b.end - b.begin) - (a.end - a.begin) || a.begin - b.begin || compareIds(a.id, b.id);
}

/**
 * Splits [from, to) at every annotation boundary (and at the offsets in `cuts`, e.g. line starts).
 * Returns contiguous segments [{b, e, ids}] covering [from, to) exactly, where `ids` are the
 * annotations covering the segment, outermost first (so the last one is the innermost = shortest).
 * Annotations outside [from, to) or empty ones are ignored; those reaching beyond are clipped.
 * O(n log n + segments x nesting depth).
 */
export function buildSegments(annotations, from, to, extraCuts = []) {
  if (!(to > from)) return [];
  const items = [];
  const points = new Set([from, to]);
  for (const c of extraCuts) if (c > from && c < to) points.add(c);
  for (const a of annotations) {
    if (!(a.end > a.begin) || a.end <= from || a.begin >= to) continue;
    const b = Math.max(a.begin, from);
    const e = Math.min(a.end, to);
    items.push({ id: idKey(a.id), begin: a.begin, end: a.end, b, e });
    points.add(b);
    points.add(e);
  }
  const cuts = [...points].sort((x, y) => x - y);
  items.sort((x, y) => x.b - y.b);
  const segments = [];
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const b = cuts[i];
    const e = cuts[i + 1];
    let changed = false;
    if (active.length) {
      const kept = active.filter((x) => x.e > b);
      if (kept.length !== active.length) { active = kept; changed = true; }
    }
    while (next < items.length && items[next].b <= b) {
      if (items[next].e > b) { active.push(items[next]); changed = true; }
      next++;
    }
    if (changed) active.sort(outerFirst);
    segments.push({ b, e, ids: active.map((x) => x.id) });
  }
  return segments;
}

/**
 * Lines of a text as [{b, e}]: each ends after its line feed (the last one at the end of the text).
 * Rendering each line as its own block keeps the browser's re-layout after a change to that line.
 */
export function lineRanges(text) {
  const lines = [];
  let b = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    lines.push({ b, e: i + 1 });
    b = i + 1;
  }
  if (b < text.length) lines.push({ b, e: text.length });
  return lines;
}

/** Index of the segment containing `offset` (b <= offset < e); the nearest one at the edges. */
export function findSegment(segments, offset) {
  let lo = 0;
  let hi = segments.length - 1;
  if (hi < 0) return -1;
  if (offset <= segments[0].b) return 0;
  if (offset >= segments[hi].e) return hi;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (offset < s.b) hi = mid - 1;
    else if (offset >= s.e) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(segments.length - 1, lo));
}

/**
 * Which annotation a click selects. `candidates` are the visible annotations under the click,
 * innermost first. A first click picks the innermost; clicking again on the same spot moves outward
 * (and wraps around).
 */
export function pickOnClick(candidates, selectedId, sameSpot) {
  if (!candidates.length) return null;
  const i = candidates.indexOf(idKey(selectedId));
  if (sameSpot && i >= 0) return candidates[(i + 1) % candidates.length];
  return candidates[0];
}

/** The next (step 1) or previous (step -1) id in `order` from `current`; the first/last when none. */
export function stepIn(order, current, step) {
  if (!order.length) return null;
  const i = current === null || current === undefined ? -1 : order.indexOf(idKey(current));
  if (i < 0) return step > 0 ? order[0] : order[order.length - 1];
  const j = i + step;
  if (j < 0 || j >= order.length) return order[i];
  return order[j];
}

/** Moves begin/end inward past whitespace. Returns [begin, end] (begin === end when only blanks). */
export function trimSpan(text, begin, end) {
  let b = Math.max(0, Math.min(begin, end));
  let e = Math.min(text.length, Math.max(begin, end));
  while (b < e && /\s/.test(text[b])) b++;
  while (e > b && /\s/.test(text[e - 1])) e--;
  return [b, e];
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const NUMERIC_ATTRIBUTES = new Set(['value', 'normalizedValue', 'confidence']);

/**
 * The value to send for an attribute typed into a text field. Empty means null. The type of the value
 * read from the server is kept (a number stays a number when the text is a number, a string stays a
 * string, so a date's TIMEX value "2027" is not turned into 2027); for attributes that had no value,
 * `value` and `normalizedValue` become numbers when the text is a number (except dates).
 */
export function parseAttributeValue(text, original, key, context = {}) {
  const raw = String(text ?? '');
  const t = raw.trim();
  if (t === '') return null;
  if (typeof original === 'number') return NUMBER.test(t) ? Number(t) : raw;
  if (typeof original === 'boolean') {
    if (t.toLowerCase() === 'true') return true;
    if (t.toLowerCase() === 'false') return false;
    return raw;
  }
  if (typeof original === 'string') return raw;
  if (original !== null && original !== undefined && typeof original === 'object') {
    try {
      return JSON.parse(t);
    } catch {
      return raw;
    }
  }
  if (NUMERIC_ATTRIBUTES.has(key) && NUMBER.test(t) && !(key === 'value' && context.kind === 'date')) return Number(t);
  return raw;
}

/** The text shown in a field for an attribute value. */
export function formatAttributeValue(value) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Equality of attribute values as JSON (null and missing are equal). */
export function sameValue(a, b) {
  const x = a === undefined ? null : a;
  const y = b === undefined ? null : b;
  if (x === y) return true;
  if (typeof x === 'object' || typeof y === 'object') return JSON.stringify(x) === JSON.stringify(y);
  return false;
}

/**
 * The offset in the text of `root` (the concatenation of its text nodes) of the DOM position
 * (node, offset), found by walking the text nodes in document order. Works for positions in text
 * nodes and for positions between children of an element. `doc` is the Document.
 */
export function textOffset(doc, root, node, offset) {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  if (node.nodeType === 3 /* TEXT_NODE */) {
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n === node) return total + Math.min(offset, n.length);
      total += n.length;
    }
    return total;
  }
  const point = doc.createRange();
  point.setStart(node, offset);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (point.comparePoint(n, 0) >= 0) return total;
    total += n.length;
  }
  return total;
}
