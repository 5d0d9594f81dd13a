/**
 * The current hash route, re-rendered on `hashchange`, and a navigate function that keeps the plan id.
 * An optional `confirmLeave(from, to)` may refuse a move (unsaved values): the address stays where it was,
 * whether the move came from the app or from the browser (back button, a typed address).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { buildRoute, parseRoute, type Route } from '../routes';

export function useHashRoute(confirmLeave?: (from: Route, to: Route) => boolean) {
  const [hash, setHash] = useState(() => window.location.hash);
  const guard = useRef(confirmLeave);
  guard.current = confirmLeave;
  const current = useRef(hash);
  /** The address the app is moving to after asking already (its hashchange must not ask again). */
  const approved = useRef<string | null>(null);
  useEffect(() => {
    const onChange = () => {
      const next = window.location.hash;
      const asked = approved.current === next;
      approved.current = null;
      if (!asked && guard.current && !guard.current(parseRoute(current.current).route, parseRoute(next).route)) {
        window.history.replaceState(null, '', current.current || '#/');
        return;
      }
      current.current = next;
      setHash(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const parsed = parseRoute(hash);
  const navigate = useCallback((route: Route, planId: number | null = null) => {
    if (guard.current && !guard.current(parseRoute(current.current).route, route)) return;
    const next = buildRoute(route, planId);
    if (next === window.location.hash) return;
    approved.current = next;
    window.location.hash = next;
  }, []);
  return { ...parsed, navigate };
}
