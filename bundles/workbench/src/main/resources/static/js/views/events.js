// Server-sent events from /api/events, for screens that refresh when something changes elsewhere.

/**
 * Listens to the named events ({eventName: handler(data)}); returns a function that closes the
 * connection. Fails quietly: live refresh is a convenience, the screens work without it.
 */
export function watchEvents(handlers) {
  if (typeof EventSource === 'undefined') return () => {};
  let source;
  try {
    source = new EventSource('/api/events');
  } catch {
    return () => {};
  }
  for (const [name, handler] of Object.entries(handlers)) {
    source.addEventListener(name, (event) => {
      let data = null;
      try {
        data = event.data ? JSON.parse(event.data) : null;
      } catch {
        data = null;
      }
      handler(data);
    });
  }
  return () => source.close();
}
