// Start-up: session (CSRF token), header, contributed panels, and the hash router that swaps screens.
import { api, initSession } from './api.js';
import { parseHash, href } from './router.js';
import { h, clear } from './dom.js';
import {
  act, clearMessage, handleError, notice, screenLoading, screenReady, setCrumbs, showMessage,
} from './ui.js';
import * as projectsView from './views/projects.js';
import * as projectView from './views/project.js';
import * as documentView from './views/document.js';
import * as conflictsView from './views/conflicts.js';
import * as entitiesView from './views/entities.js';
import * as panelView from './views/panel.js';

const VIEWS = {
  projects: projectsView,
  project: projectView,
  document: documentView,
  conflicts: conflictsView,
  entities: entitiesView,
  panel: panelView,
  notfound: { render: renderNotFound },
};

let panels = [];
let panelsKey = '';
let current = null;
let token = 0;

/** What every view gets besides its route. */
const app = {
  panels: () => panels,
  refreshPanels,
  navigate: (hash) => { location.hash = hash; },
};

async function refreshPanels() {
  try {
    const list = await api('/api/panels');
    panels = (Array.isArray(list) ? list : []).slice()
      .sort((a, b) => (Number(a.order) || 0) - (Number(b.order) || 0) || String(a.title).localeCompare(String(b.title)));
  } catch (err) {
    if (err && err.status === 401) throw err;
    panels = [];
  }
  const key = JSON.stringify(panels.map((p) => [p.id, p.title, p.module]));
  if (key !== panelsKey) {
    panelsKey = key;
    renderNav();
  }
  return panels;
}

function renderNav() {
  const list = document.querySelector('#nav ul');
  if (!list) return;
  clear(list);
  list.append(h('li', null, h('a', { href: href.projects(), dataset: { nav: 'projects' } }, 'Projects')));
  for (const p of panels) {
    list.append(h('li', null, h('a', {
      href: href.panel(p.id), class: 'panel-link', dataset: { nav: `panel:${p.id}`, panelId: p.id },
    }, p.title || p.id)));
  }
  markNav(parseHash(location.hash));
}

function markNav(route) {
  const active = route.name === 'panel' ? `panel:${route.id}` : 'projects';
  for (const a of document.querySelectorAll('#nav a[data-nav]')) {
    if (a.dataset.nav === active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function renderNotFound(container) {
  setCrumbs([{ label: 'Projects', href: href.projects() }, { label: 'Not found' }]);
  container.append(
    h('h1', { tabindex: '-1' }, 'Page not found'),
    h('p', null, 'This address does not name a screen of the workbench. ', h('a', { href: href.projects() }, 'Go to the projects.')),
  );
}

function disposeCurrent() {
  if (!current) return;
  current.controller.abort();
  for (const fn of current.disposers.splice(0)) {
    try {
      fn();
    } catch (err) {
      console.error(err);
    }
  }
}

async function navigate() {
  const route = parseHash(location.hash);
  if (current && current.key === route.key && current.update) {
    clearMessage();
    await act(() => current.update(route));
    return;
  }
  disposeCurrent();
  const my = ++token;
  screenLoading();
  clearMessage();
  notice('');
  markNav(route);
  const main = document.getElementById('main');
  const container = h('div', { class: `screen screen-${route.name}` });
  clear(main).append(container, h('p', { class: 'loading muted', 'aria-live': 'polite' }, 'Loading…'));
  const controller = new AbortController();
  const state = { key: route.key, controller, disposers: [], update: null };
  current = state;
  const nav = {
    route,
    signal: controller.signal,
    alive: () => my === token,
    onDispose: (fn) => state.disposers.push(fn),
    app,
  };
  const view = VIEWS[route.name] || VIEWS.notfound;
  try {
    const result = await view.render(container, route, nav);
    if (my !== token) {
      if (result && typeof result.dispose === 'function') result.dispose();
      return;
    }
    if (result && typeof result.update === 'function') state.update = result.update;
    if (result && typeof result.dispose === 'function') state.disposers.push(result.dispose);
  } catch (err) {
    if (my !== token) return;
    handleError(err);
    if (err && err.status !== 401 && err.name !== 'AbortError') {
      container.append(h('p', { class: 'load-error' }, 'This screen could not be loaded. ',
        h('a', { href: href.projects() }, 'Back to the projects.')));
    }
  } finally {
    if (my === token) {
      main.querySelector(':scope > .loading')?.remove();
      const heading = container.querySelector('h1');
      if (heading && !container.contains(document.activeElement)) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      }
      screenReady();
    }
  }
}

async function start() {
  screenLoading();
  document.getElementById('message-close')?.addEventListener('click', () => clearMessage());
  let session;
  try {
    session = await initSession();
  } catch (err) {
    if (err && err.status === 401) return;
    showMessage(err && err.message ? err.message : String(err));
    screenReady();
    return;
  }
  const info = document.getElementById('session-info');
  if (info && session) {
    info.textContent = [session.user ? `Signed in as ${session.user}` : '', session.concordVersion ? `Concord ${session.concordVersion}` : '']
      .filter(Boolean).join(' · ');
  }
  renderNav();
  try {
    await refreshPanels();
  } catch {
    return;
  }
  window.addEventListener('hashchange', () => { navigate(); });
  await navigate();
}

window.addEventListener('unhandledrejection', (event) => {
  handleError(event.reason);
});

start();
