/** Path routing with the History API; the server answers index.html for every page path. */
import { useEffect, useState } from 'preact/hooks';

export const ROUTES = {
  '/sign-in': 'Sign in',
  '/accept-invite': 'Accept your invitation',
  '/account': 'Your account',
  '/data': 'Data',
  '/dashboard': 'Dashboard',
  '/check': 'Check a draft',
  '/build': 'Build a section',
  '/bids': 'Bids',
  '/bid': 'Bid',
} as const;
export type RoutePath = keyof typeof ROUTES;

export function isRoutePath(path: string): path is RoutePath {
  return Object.hasOwn(ROUTES, path);
}

const listeners = new Set<() => void>();

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, []);
  return path;
}

/** A same-origin link that changes page without reloading (modified clicks keep their meaning). */
export function followLink(event: MouseEvent, path: string): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(path);
}
