// #/p/{id}/conflicts : where reports of the same story disagree, grouped by story, with the claims side
// by side (context sentence, claim marked, differing words marked) and a review per conflict.
import { api } from '../api.js';
import { h, append, clear, enc, cls, idPart, timeEl, plural } from '../dom.js';
import { href } from '../router.js';
import { act, notice, setCrumbs, showMessage } from '../ui.js';
import { claimInContext, markRanges } from '../diff.js';

const STATUSES = ['open', 'confirmed', 'dismissed'];
const HIDDEN_DETAILS = new Set(['story', 'diff', 'diffs']);

export async function render(container, route, nav) {
  const projectId = route.id;
  const base = `/api/projects/${enc(projectId)}`;
  const [project, data] = await Promise.all([
    api(base, { signal: nav.signal }),
    api(`${base}/conflicts`, { signal: nav.signal }),
  ]);
  if (!nav.alive()) return undefined;
  setCrumbs([
    { label: 'Projects', href: href.projects() },
    { label: project.name || projectId, href: href.project(projectId) },
    { label: 'Conflicts' },
  ]);

  const docNames = new Map((project.documents || []).map((d) => [String(d.id), d.name || d.title || String(d.id)]));
  const stories = Array.isArray(data?.stories) ? data.stories : [];
  const conflicts = Array.isArray(data?.conflicts) ? data.conflicts : [];
  const consistent = Array.isArray(data?.consistent) ? data.consistent : [];
  for (const c of [...conflicts, ...consistent]) {
    for (const claim of c.claims || []) if (claim.documentName || claim.documentTitle) docNames.set(String(claim.document), claim.documentTitle || claim.documentName);
  }

  // ----- filters -----
  const kinds = [...new Set([...conflicts, ...consistent].map((c) => c.kind).filter(Boolean))].sort();
  const kindSelect = h('select', { id: 'filter-kind' }, h('option', { value: '' }, 'All kinds'),
    kinds.map((k) => h('option', { value: k }, k)));
  const statusSelect = h('select', { id: 'filter-status' }, h('option', { value: '' }, 'Any review status'),
    STATUSES.map((s) => h('option', { value: s }, s)));
  const showConsistent = h('input', { type: 'checkbox', id: 'show-consistent' });
  const filters = h('form', { class: 'filters', 'aria-label': 'Filter conflicts' },
    h('div', { class: 'field' }, h('label', { for: 'filter-kind' }, 'Kind'), kindSelect),
    h('div', { class: 'field' }, h('label', { for: 'filter-status' }, 'Review'), statusSelect),
    h('label', { class: 'check', for: 'show-consistent' }, showConsistent,
      `Show the ${plural(consistent.length, 'group')} that look different but agree`));
  filters.addEventListener('submit', (e) => e.preventDefault());

  const summary = h('p', { class: 'stats', id: 'conflicts-summary' });
  const updateSummary = () => {
    const counts = { open: 0, confirmed: 0, dismissed: 0 };
    for (const el of container.querySelectorAll('.conflict:not(.consistent)')) {
      const s = el.dataset.reviewStatus || 'open';
      counts[s] = (counts[s] || 0) + 1;
    }
    summary.textContent = `${plural(conflicts.length, 'conflict')} in ${plural(stories.length, 'story', 'stories')}: `
      + `${counts.open} open, ${counts.confirmed} confirmed, ${counts.dismissed} dismissed · ${plural(consistent.length, 'consistent group')}.`;
  };

  // ----- stories -----
  const byStory = new Map(stories.map((s) => [String(s.id), { story: s, conflicts: [], consistent: [] }]));
  const other = { story: { id: '', label: 'Other conflicts', documents: [] }, conflicts: [], consistent: [] };
  const storyOf = (c) => {
    const id = c.story ?? c.details?.story;
    return byStory.get(String(id)) || other;
  };
  for (const c of conflicts) storyOf(c).conflicts.push(c);
  for (const c of consistent) storyOf(c).consistent.push(c);
  const groups = [...byStory.values()];
  if (other.conflicts.length || other.consistent.length) groups.push(other);

  const list = h('div', { class: 'stories', id: 'stories' });
  for (const g of groups) list.append(storySection(g));

  container.append(
    h('div', { class: 'page-head' }, h('h1', null, 'Conflicts'),
      h('nav', { class: 'project-links', 'aria-label': 'Project' },
        h('a', { class: 'button-link', href: href.project(projectId) }, 'Documents'),
        h('a', { class: 'button-link', href: href.entities(projectId) }, 'People and places'))),
    summary,
    h('p', { class: 'muted' }, 'Each conflict shows what the reports claim, side by side: the claim is marked in its sentence, and the words that differ from the other side are highlighted. Computed from the curated annotations (rejected and deleted ones are left out).'),
    filters,
    conflicts.length || consistent.length ? list
      : h('p', { class: 'empty card' }, 'No conflicts: the reports of each story agree, or the project has fewer than two reports of a story.'),
  );
  updateSummary();
  applyFilters();

  function applyFilters() {
    const kind = kindSelect.value;
    const status = statusSelect.value;
    const withConsistent = showConsistent.checked;
    for (const section of list.querySelectorAll('.story')) {
      let visible = 0;
      for (const el of section.querySelectorAll('.conflict')) {
        const isConsistent = el.classList.contains('consistent');
        const ok = (!kind || el.dataset.kind === kind)
          && (isConsistent ? withConsistent && !status : (!status || (el.dataset.reviewStatus || 'open') === status));
        el.hidden = !ok;
        if (ok) visible++;
      }
      for (const box of section.querySelectorAll('.consistent-list')) box.hidden = !withConsistent;
      section.hidden = visible === 0;
    }
  }
  for (const control of [kindSelect, statusSelect, showConsistent]) control.addEventListener('change', applyFilters);

  function storySection(g) {
    const s = g.story;
    const docs = (s.documents || []).map((id) => h('li', null, h('a', { href: href.document(id) }, docNames.get(String(id)) || String(id))));
    const section = h('section', { class: 'story card', dataset: { storyId: s.id ?? '' }, 'aria-label': `Story: ${s.label || s.id}` },
      h('h2', null, s.label || `Story ${s.id}`),
      docs.length ? h('div', { class: 'story-docs' }, h('span', { class: 'muted' }, `${plural(docs.length, 'report')}: `), h('ul', { class: 'inline-list' }, docs)) : null,
      h('div', { class: 'conflict-list' }, g.conflicts.map((c) => conflictCard(c, false))),
      g.consistent.length
        ? h('div', { class: 'consistent-list', hidden: true },
          h('h3', null, 'Look different but agree'),
          g.consistent.map((c) => conflictCard(c, true)))
        : null);
    return section;
  }

  function conflictCard(c, isConsistent) {
    const status = c.review?.status || 'open';
    const article = h('article', {
      class: `conflict kind-${cls(c.kind)} severity-${cls(c.severity)}${isConsistent ? ' consistent' : ''}`,
      dataset: { conflictKey: c.key, kind: c.kind, reviewStatus: isConsistent ? undefined : status },
    });
    // the claims are direct children of the article (a grid): one column each, side by side
    append(article, [
      h('header', { class: 'conflict-head' },
        h('span', { class: `badge kind kind-${cls(c.kind)}` }, c.kind || 'other'),
        c.severity ? h('span', { class: `badge severity severity-${cls(c.severity)}` }, c.severity) : null,
        isConsistent ? h('span', { class: 'badge agree' }, 'consistent') : null,
        h('h3', { class: 'conflict-summary' }, c.summary || '')),
      claimColumns(c),
      detailsBox(c),
      isConsistent ? null : reviewBox(c, article)]);
    return article;
  }

  function claimColumns(c) {
    const claims = c.claims || [];
    const shown = claims.map((claim) => claimInContext(claim, claim.context));
    return claims.map((claim, i) => {
      const piece = shown[i];
      // spans of the claim's text, as the server found them; they fit when the claim is shown as it is
      const ranges = Array.isArray(claim.changed) && piece.claim === claim.text ? claim.changed : [];
      const mark = h('mark', { class: 'claim' }, markRanges(piece.claim, ranges)
        .map((p) => (p.marked ? h('mark', { class: 'diff' }, p.text) : p.text)));
      return h('div', { class: 'claim', dataset: { version: claim.version, document: claim.document } },
        h('div', { class: 'claim-head' },
          claim.version !== undefined && claim.version !== null ? h('span', { class: 'badge version' }, `Version ${claim.version}`) : null,
          h('a', { href: href.document(claim.document), title: claim.documentName || '' },
            claim.documentTitle || claim.documentName || docNames.get(String(claim.document)) || String(claim.document))),
        h('p', { class: 'context' }, piece.before, mark, piece.after),
        h('p', { class: 'muted small' }, `characters ${claim.begin}–${claim.end}`));
    });
  }

  function detailsBox(c) {
    const d = c.details && typeof c.details === 'object' ? c.details : {};
    const parts = [];
    if (Array.isArray(d.diff) && d.diff.length) parts.push(h('div', { class: 'server-diff' }, h('span', { class: 'muted' }, 'Word changes: '), opsView(d.diff)));
    if (d.diffs && typeof d.diffs === 'object') {
      for (const [pair, ops] of Object.entries(d.diffs)) {
        if (Array.isArray(ops)) parts.push(h('div', { class: 'server-diff' }, h('span', { class: 'muted' }, `${pair}: `), opsView(ops)));
      }
    }
    const entries = Object.entries(d).filter(([k]) => !HIDDEN_DETAILS.has(k));
    if (entries.length) {
      parts.push(h('dl', { class: 'details-list' }, entries.map(([k, v]) => [h('dt', null, k), h('dd', null, detailValue(v))])));
    }
    if (!parts.length) return null;
    return h('details', { class: 'conflict-details', open: c.kind === 'figure' || c.kind === 'date' },
      h('summary', null, 'Details'), parts);
  }

  function reviewBox(c, article) {
    let review = c.review || null;
    let chain = Promise.resolve();
    const statusEl = h('span', { class: 'review-status' });
    const byEl = h('span', { class: 'review-by muted' });
    const noteId = `note-${idPart(c.key)}`;
    const note = h('textarea', { class: 'review-note', id: noteId, rows: '2', placeholder: 'Why? (optional)' });
    note.value = review?.note || '';
    const confirmBtn = h('button', { type: 'button', class: 'confirm-btn small' }, 'Confirm');
    const dismissBtn = h('button', { type: 'button', class: 'dismiss-btn small' }, 'Dismiss');
    const reopenBtn = h('button', { type: 'button', class: 'reopen-btn small' }, 'Reopen');
    const saveBtn = h('button', { type: 'button', class: 'save-review small primary' }, 'Save');

    const show = () => {
      const status = review?.status || 'open';
      statusEl.textContent = status;
      statusEl.className = `review-status status-${cls(status)}`;
      article.dataset.reviewStatus = status;
      clear(byEl);
      if (review && (review.user || review.at)) byEl.append(` by ${review.user ?? '?'}, `, timeEl(review.at));
      confirmBtn.setAttribute('aria-pressed', String(status === 'confirmed'));
      dismissBtn.setAttribute('aria-pressed', String(status === 'dismissed'));
      reopenBtn.disabled = status === 'open';
      updateSummary();
    };

    const save = (status) => {
      chain = chain.then(() => act(async () => {
        try {
          const body = { status, note: note.value, version: review && review.version !== undefined ? review.version : 0 };
          const res = await api(`${base}/conflicts/${enc(c.key)}/review`, { method: 'PUT', body });
          review = res && typeof res === 'object' ? res : { ...body };
          show();
          notice(`Conflict ${status === 'open' ? 'reopened' : status}.`);
        } catch (err) {
          if (err && err.status === 409) {
            showMessage(err.message);
            if (err.current && typeof err.current === 'object') {
              review = err.current;
              note.value = review.note || '';
              show();
            }
            return;
          }
          throw err;
        }
      }));
    };
    confirmBtn.addEventListener('click', () => save('confirmed'));
    dismissBtn.addEventListener('click', () => save('dismissed'));
    reopenBtn.addEventListener('click', () => save('open'));
    saveBtn.addEventListener('click', () => save(review?.status || 'open'));
    show();

    return h('div', { class: 'review' },
      h('div', { class: 'review-line' }, h('span', null, 'Review: '), statusEl, byEl),
      h('div', { class: 'button-row' }, confirmBtn, dismissBtn, reopenBtn),
      h('label', { for: noteId }, 'Note'), note,
      h('div', { class: 'button-row' }, saveBtn));
  }

  return undefined;
}

/** A server word diff ([{op, text} | {op, from, to}]) as text with <del>/<ins>. */
function opsView(ops) {
  const out = h('span', { class: 'ops' });
  for (const op of ops) {
    if (!op || typeof op !== 'object') continue;
    if (op.op === 'equal') out.append(h('span', null, `${op.text ?? ''} `));
    else {
      if (op.from) out.append(h('del', null, op.from), ' ');
      if (op.to) out.append(h('ins', null, op.to), ' ');
    }
  }
  return out;
}

function detailValue(v) {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) {
    if (v.every((x) => x === null || typeof x !== 'object')) return h('ul', { class: 'plain' }, v.map((x) => h('li', null, String(x))));
    return h('code', null, JSON.stringify(v));
  }
  if (typeof v === 'object') return h('code', null, JSON.stringify(v));
  return String(v);
}
