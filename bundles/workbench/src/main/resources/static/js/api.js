// The one way the workbench talks to the server: JSON over fetch, same-origin credentials,
// the CSRF header on every state-changing request, errors as ApiError with the server's sentence.
import { showUnauthorized, UNAUTHORIZED_TEXT } from './ui.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
let csrfToken = '';
let session = null;

/** An HTTP error: `message` is the server's `error` sentence; `current` is set on 409. */
export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }

  /** On 409: the stored object as it is now. */
  get current() {
    return this.body && typeof this.body === 'object' ? this.body.current ?? null : null;
  }
}

function isRawBody(body) {
  return body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body)
    || body instanceof FormData || body instanceof URLSearchParams || body instanceof ReadableStream;
}

async function readBody(res) {
  if (res.status === 204 || res.status === 205) return null;
  const text = await res.text();
  if (!text) return null;
  const type = res.headers.get('Content-Type') || '';
  try {
    return JSON.parse(text);
  } catch {
    if (type.includes('json')) return { error: 'The server sent an answer that is not valid JSON.' };
    return res.ok ? text : null;
  }
}

function errorText(res, data) {
  if (data && typeof data === 'object' && typeof data.error === 'string' && data.error) return data.error;
  switch (res.status) {
    case 403: return 'The server refused the request (403).';
    case 404: return 'Not found: it may have been deleted (404).';
    case 409: return 'Someone else changed this meanwhile (409).';
    case 413: return 'The upload is too large (413).';
    case 415: return 'The file is binary or not in a readable encoding (415).';
    default: return `The server answered ${res.status} ${res.statusText || ''}`.trim() + '.';
  }
}

/**
 * Calls the API. `options`: method, body (an object is sent as JSON; a Blob/File/ArrayBuffer as raw
 * bytes), headers, signal. Resolves to the parsed JSON (null for 204). Rejects with ApiError.
 */
export async function api(path, options = {}) {
  const method = String(options.method || 'GET').toUpperCase();
  const headers = new Headers(options.headers || undefined);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  let body = options.body;
  if (body === null || body === undefined) {
    body = undefined;
  } else if (isRawBody(body)) {
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/octet-stream');
  } else {
    if (typeof body !== 'string') body = JSON.stringify(body);
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json; charset=utf-8');
  }
  if (!SAFE_METHODS.has(method)) headers.set('X-Concord-CSRF', csrfToken);

  let res;
  try {
    res = await fetch(path, { method, headers, body, credentials: 'same-origin', cache: 'no-store', signal: options.signal });
  } catch (err) {
    if (err && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'The workbench server cannot be reached: is bin/concord workbench still running?', null);
  }
  if (res.status === 401) {
    showUnauthorized();
    throw new ApiError(401, UNAUTHORIZED_TEXT, null);
  }
  const data = await readBody(res);
  if (!res.ok) throw new ApiError(res.status, errorText(res, data), data);
  return data;
}

/** GET /api/session once at start: remembers the CSRF token. */
export async function initSession() {
  session = await api('/api/session');
  csrfToken = session && session.csrf ? String(session.csrf) : '';
  return session;
}

export function currentSession() {
  return session;
}

/** Formats (GET /api/formats), cached for a short while: exporters can come and go. */
let formatsCache = null;
let formatsAt = 0;
export async function formats(signal) {
  if (formatsCache && Date.now() - formatsAt < 5000) return formatsCache;
  const list = await api('/api/formats', { signal });
  formatsCache = Array.isArray(list) ? list : [];
  formatsAt = Date.now();
  return formatsCache;
}
