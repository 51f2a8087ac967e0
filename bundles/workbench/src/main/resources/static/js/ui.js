// Page-level feedback: the message area, notices, breadcrumbs, the 401 page and body[data-ready].
import { h, clear } from './dom.js';

export const UNAUTHORIZED_TEXT = 'Open the address printed by bin/concord workbench (it carries the access token).';

let screenLoaded = false;
let pending = 0;
let noticeTimer = null;

function updateReady() {
  document.body.dataset.ready = String(screenLoaded && pending === 0);
}

/** Navigation started: the screen has no data yet. */
export function screenLoading() {
  screenLoaded = false;
  updateReady();
}

/** The screen has finished loading its data. */
export function screenReady() {
  screenLoaded = true;
  updateReady();
}

/**
 * Runs an action (a promise or a function returning one) while body[data-ready] is "false", so that
 * tests and people can tell when it has finished. Errors go to the message area; resolves to the
 * action's result, or undefined when it failed.
 */
export async function act(action) {
  clearMessage();
  pending++;
  updateReady();
  try {
    return await (typeof action === 'function' ? action() : action);
  } catch (err) {
    handleError(err);
    return undefined;
  } finally {
    pending--;
    updateReady();
  }
}

/** Like act, but lets errors through to the caller (which handles them itself). */
export async function busy(action) {
  pending++;
  updateReady();
  try {
    return await (typeof action === 'function' ? action() : action);
  } finally {
    pending--;
    updateReady();
  }
}

/** Shows an error text in #message (role="alert"). */
export function showMessage(text) {
  const box = document.getElementById('message');
  if (!box) return;
  box.textContent = String(text ?? '');
  box.closest('.message-bar')?.classList.toggle('has-message', Boolean(text));
}

export function clearMessage() {
  showMessage('');
}

/** A short confirmation (role="status"), cleared after a while. */
export function notice(text) {
  const box = document.getElementById('notice');
  if (!box) return;
  box.textContent = String(text ?? '');
  clearTimeout(noticeTimer);
  if (text) noticeTimer = setTimeout(() => { box.textContent = ''; }, 8000);
}

/** Reports an error from an API call or from the code: 401 has its own page, aborts are silent. */
export function handleError(err) {
  if (!err) return;
  if (err.name === 'AbortError') return;
  if (err.status === 401) return;
  if (!err.status && !(err.name === 'ApiError')) console.error(err);
  showMessage(err.message || String(err));
}

/** The full-page message for a missing or expired session. */
export function showUnauthorized() {
  const page = document.getElementById('unauthorized');
  if (page) {
    const text = page.querySelector('.unauthorized-text');
    if (text) text.textContent = UNAUTHORIZED_TEXT;
    page.hidden = false;
  }
  document.body.classList.add('is-unauthorized');
  for (const id of ['app-header', 'breadcrumbs', 'message-bar', 'notice', 'main']) {
    const el = document.getElementById(id);
    if (el) el.hidden = true;
  }
  screenLoaded = true;
  pending = 0;
  updateReady();
}

/**
 * Breadcrumbs: a list of {label, href}; the last one is the current page.
 * Also sets the window title.
 */
export function setCrumbs(items) {
  const nav = document.getElementById('breadcrumbs');
  if (!nav) return;
  const list = h('ol');
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    const li = h('li');
    if (last || !item.href) li.append(h('span', { 'aria-current': last ? 'page' : null }, item.label));
    else li.append(h('a', { href: item.href }, item.label));
    list.append(li);
  });
  clear(nav).append(list);
  const title = items.length > 1 ? items[items.length - 1].label : '';
  document.title = title ? `${title} — Concord workbench` : 'Concord workbench';
}
