/**
 * The current hash route, re-rendered on `hashchange`, and a navigate function that keeps the plan id.
 */
import { useCallback, useEffect, useState } from 'react';
import { buildRoute, parseRoute, type Route } from '../routes';

export function useHashRoute() {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const parsed = parseRoute(hash);
  const navigate = useCallback((route: Route, planId: number | null = null) => {
    window.location.hash = buildRoute(route, planId);
  }, []);
  return { ...parsed, navigate };
}
