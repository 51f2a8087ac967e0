// Word-level diff (longest common subsequence of normalized words) between two statements, and the
// pieces to draw a claim inside its context sentence. Pure functions, no DOM.

const EDGE_PUNCTUATION = /^[\s"'“”‘’«»„‚()[\]{}.,;:!?…–—-]+|[\s"'“”‘’«»„‚()[\]{}.,;:!?…–—-]+$/g;

/** Words (runs of non-space) with their offsets and a normalized form for comparison. */
export function tokenize(text) {
  const out = [];
  const re = /\S+/g;
  let m;
  const s = String(text ?? '');
  while ((m = re.exec(s)) !== null) {
    const word = m[0];
    let norm = word.normalize('NFKC').toLowerCase().replace(/[’‘`´]/g, "'").replace(EDGE_PUNCTUATION, '');
    if (norm.endsWith("'s")) norm = norm.slice(0, -2);
    out.push({ text: word, start: m.index, end: m.index + word.length, norm: norm || word });
  }
  return out;
}

const MAX_CELLS = 4_000_000;

/**
 * Pairs [i, j] of equal words in a longest common subsequence of the word lists `a` and `b`
 * (strings), in order. Common prefix and suffix are matched first; a middle too large for the table
 * is left unmatched.
 */
export function lcsPairs(a, b) {
  const pairs = [];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    pairs.push([start, start]);
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  const suffix = [];
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
    suffix.push([endA, endB]);
  }
  const n = endA - start;
  const m = endB - start;
  if (n > 0 && m > 0 && n * m <= MAX_CELLS) {
    // table[i][j] = LCS length of a[start+i..endA) and b[start+j..endB)
    const width = m + 1;
    const table = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i * width + j] = a[start + i] === b[start + j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[start + i] === b[start + j]) {
        pairs.push([start + i, start + j]);
        i++;
        j++;
      } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
      else j++;
    }
  }
  for (let k = suffix.length - 1; k >= 0; k--) pairs.push(suffix[k]);
  return pairs;
}

/** Character ranges [start, end) covering runs of consecutive tokens whose index is not in `matched`. */
function unmatchedRanges(tokens, matched) {
  const ranges = [];
  let open = null;
  tokens.forEach((t, i) => {
    if (matched.has(i)) {
      open = null;
    } else if (open) {
      open[1] = t.end;
    } else {
      open = [t.start, t.end];
      ranges.push(open);
    }
  });
  return ranges;
}

/**
 * Word diff of two texts: `a` and `b` are the character ranges of the words found only in that
 * text (runs of adjacent differing words merged), `ops` the edit script
 * ({op: 'equal'|'delete'|'insert'|'replace', from, to, text}).
 */
export function wordDiff(textA, textB) {
  const ta = tokenize(textA);
  const tb = tokenize(textB);
  const pairs = lcsPairs(ta.map((t) => t.norm), tb.map((t) => t.norm));
  const ma = new Set(pairs.map((p) => p[0]));
  const mb = new Set(pairs.map((p) => p[1]));
  const ops = [];
  let i = 0;
  let j = 0;
  const push = (op, fromWords, toWords) => {
    const from = fromWords.map((t) => t.text).join(' ');
    const to = toWords.map((t) => t.text).join(' ');
    const last = ops[ops.length - 1];
    if (op === 'equal') {
      if (last && last.op === 'equal') last.text += ' ' + from;
      else ops.push({ op, text: from });
      return;
    }
    ops.push({ op, from, to });
  };
  for (const [pi, pj] of [...pairs, [ta.length, tb.length]]) {
    const del = ta.slice(i, pi);
    const ins = tb.slice(j, pj);
    if (del.length && ins.length) push('replace', del, ins);
    else if (del.length) push('delete', del, []);
    else if (ins.length) push('insert', [], ins);
    if (pi < ta.length && pj < tb.length) push('equal', [ta[pi]], [tb[pj]]);
    i = pi + 1;
    j = pj + 1;
  }
  return { a: unmatchedRanges(ta, ma), b: unmatchedRanges(tb, mb), ops };
}

/** Ranges of the words of `text` that `other` does not have (in LCS order). */
export function differingRanges(text, other) {
  return wordDiff(text, other).a;
}

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

/**
 * For each claim, the index of the claim to compare it with: the first claim of another version
 * (the disagreeing side), else the first claim with a different text, else -1.
 */
export function comparisonPartners(claims) {
  return claims.map((c, i) => {
    let k = claims.findIndex((o, j) => j !== i && o.version !== c.version);
    if (k < 0) k = claims.findIndex((o, j) => j !== i && o.text !== c.text);
    return k;
  });
}
