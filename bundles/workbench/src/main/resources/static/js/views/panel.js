// #/panel/{id} : a panel contributed by a bundle (GET /api/panels). Its module is loaded with a dynamic
// import and rendered with render(element, context); whatever it returns as cleanup (a function, or an
// object with dispose()) runs when the screen is left, and so does the module's own dispose(), if any.
import { api } from '../api.js';
import { h } from '../dom.js';
import { href } from '../router.js';
import { setCrumbs } from '../ui.js';

export async function render(container, route, nav) {
  let panels = nav.app.panels();
  let panel = panels.find((p) => String(p.id) === String(route.id));
  if (!panel) {
    panels = await nav.app.refreshPanels();
    panel = panels.find((p) => String(p.id) === String(route.id));
  }
  if (!panel) {
    setCrumbs([{ label: 'Projects', href: href.projects() }, { label: 'Panel not found' }]);
    container.append(h('h1', null, 'Panel not found'),
      h('p', null, `No installed bundle contributes a panel “${route.id}”. It may have been uninstalled. `,
        h('a', { href: href.projects() }, 'Go to the projects.')));
    return undefined;
  }
  setCrumbs([{ label: 'Projects', href: href.projects() }, { label: panel.title || panel.id }]);
  const url = new URL(String(panel.module), window.location.href);
  if (url.origin !== window.location.origin) throw new Error(`The panel “${panel.title || panel.id}” names a module on another site; it is not loaded.`);
  const module = await import(url.href);
  if (!nav.alive()) return undefined;
  if (typeof module.render !== 'function') throw new Error(`The panel module ${url.pathname} does not export render(element, context).`);

  const element = h('div', { class: 'panel-host', dataset: { panelId: panel.id } });
  container.append(element);
  const context = {
    api: (path, options) => api(path, options),
    navigate: (hash) => { window.location.hash = String(hash).startsWith('#') ? hash : `#${hash}`; },
    panel: { id: panel.id, title: panel.title },
  };
  const result = await module.render(element, context);
  let disposed = false;
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    try {
      if (typeof result === 'function') result();
      else if (result && typeof result.dispose === 'function') result.dispose();
    } finally {
      if (typeof module.dispose === 'function') module.dispose(element);
    }
  };
  if (!nav.alive()) {
    dispose();
    return undefined;
  }
  if (!element.querySelector('h1')) container.prepend(h('h1', { class: 'visually-hidden' }, panel.title || panel.id));
  return { dispose };
}
