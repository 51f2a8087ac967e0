// Hash routes. Every screen has its own address, so it can be bookmarked and the back button works.
//   #/                   projects
//   #/p/{id}             project
//   #/p/{id}/conflicts   conflicts of a project
//   #/p/{id}/entities    people and places of a project
//   #/d/{id}?a={ann}     document (optionally with an annotation selected)
//   #/panel/{id}         a panel contributed by a bundle

const ROUTES = [
  { name: 'projects', pattern: /^\/?$/ },
  { name: 'project', pattern: /^\/p\/([^/]+)\/?$/ },
  { name: 'conflicts', pattern: /^\/p\/([^/]+)\/conflicts\/?$/ },
  { name: 'entities', pattern: /^\/p\/([^/]+)\/entities\/?$/ },
  { name: 'document', pattern: /^\/d\/([^/]+)\/?$/ },
  { name: 'panel', pattern: /^\/panel\/([^/]+)\/?$/ },
];

function decode(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Parses a location hash (with or without the leading '#') into
 * {name, id, query: URLSearchParams, key}; `key` is equal for two addresses of the same screen that
 * differ only in the query. Unknown addresses give name 'notfound'.
 */
export function parseHash(hash) {
  let raw = String(hash || '');
  if (raw.startsWith('#')) raw = raw.slice(1);
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const query = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  for (const route of ROUTES) {
    const m = route.pattern.exec(path);
    if (m) {
      const id = m[1] !== undefined ? decode(m[1]) : null;
      return { name: route.name, id, query, key: `${route.name}:${id ?? ''}` };
    }
  }
  return { name: 'notfound', id: null, query, key: `notfound:${path}`, path };
}

/** Hash addresses, so that views never build them by hand. */
export const href = {
  projects: () => '#/',
  project: (id) => `#/p/${encodeURIComponent(id)}`,
  conflicts: (id) => `#/p/${encodeURIComponent(id)}/conflicts`,
  entities: (id) => `#/p/${encodeURIComponent(id)}/entities`,
  document: (id, annotation) => `#/d/${encodeURIComponent(id)}`
    + (annotation !== undefined && annotation !== null && annotation !== '' ? `?a=${encodeURIComponent(annotation)}` : ''),
  panel: (id) => `#/panel/${encodeURIComponent(id)}`,
};
