/**
 * Hash routes of the UI, re-exported for the renderer from shared/printRoute.ts.
 * Why: the back end's print handlers build the same `#/stampa…` addresses, so the code lives in pure shared/.
 */
export { parseRoute, buildRoute, printRouteFor, type Route } from '../shared/printRoute';
