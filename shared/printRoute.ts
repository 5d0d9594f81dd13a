/**
 * Hash routes of the UI (`#/stampa…` included), parsed and built in one place, in pure TypeScript.
 * Why: the renderer, the print handlers in the back end (Electron's PDF export) and the e2e tests must agree on
 * the same addresses; shared/ has no DOM or Node, so the query string is handled here without URLSearchParams.
 */
import type { PlanRef, PrintScope } from './api';
import { isValidIsoDate } from './dates';
import type { IsoDate } from './model';

export type Route =
  | { view: 'cards' }
  | { view: 'card'; code: string }
  /** Every indicator of the plan (or of the filtered cards) in one grid, to enter a season of values. */
  | { view: 'monitoring' }
  | { view: 'catalogues' }
  | { view: 'settings' }
  /** Print view: whole plan (`codes` empty and `wholePlan` true) or the listed cards; `date`: the values scored (`?data=`). */
  | { view: 'print'; wholePlan: boolean; codes: string[]; date?: IsoDate }
  | { view: 'dashboard' }
  /** Print view of the dashboard alone (`#/stampa?sezione=cruscotto`: no card code can clash with it). */
  | { view: 'printDashboard'; date?: IsoDate }
  /** Two plans compared (`#/confronto?prima=1&dopo=2`; a plan of another file is written `TOKEN:ID`). */
  | { view: 'comparison'; before: PlanRef; after: PlanRef }
  /** Print view of a comparison (`#/stampa?sezione=confronto&prima=…&dopo=…`: no card code can clash with it). */
  | { view: 'printComparison'; before: PlanRef; after: PlanRef }
  /** The plan's change log (`#/storico`), or one card's (`#/storico?scheda=01_01_OS01`). */
  | { view: 'history'; card?: string }
  /** Print view of the variations of an approved plan (`#/stampa?sezione=variazioni`). */
  | { view: 'printVariations' };

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text; // a malformed escape is kept as typed rather than dropping the route
  }
}

function parseQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    if (!params.has(key)) params.set(key, eq < 0 ? '' : decode(pair.slice(eq + 1)));
  }
  return params;
}

/**
 * `#/stampa` whole plan, `#/stampa/01_01_OS01` one card, `#/stampa?codici=A,B` a selection,
 * `#/stampa?sezione=cruscotto` the dashboard; `#/cruscotto` the dashboard screen; `#/confronto?prima=…&dopo=…`
 * a comparison and `#/stampa?sezione=confronto&prima=…&dopo=…` its print; `#/storico[?scheda=CODICE]` the change
 * log and `#/stampa?sezione=variazioni` the variations of an approved plan; `?piano=ID` any; `&data=2024-12-31` the
 * monitoring date a print scores at.
 */
export function parseRoute(hash: string): { route: Route; planId: number | null } {
  const withoutHash = hash.replace(/^#/, '');
  const cut = withoutHash.indexOf('?');
  const path = cut < 0 ? withoutHash : withoutHash.slice(0, cut);
  const params = parseQuery(cut < 0 ? '' : withoutHash.slice(cut + 1));
  const planParam = Number(params.get('piano'));
  const planId = Number.isInteger(planParam) && planParam > 0 ? planParam : null;
  const dateParam = params.get('data') ?? '';
  const dated = isValidIsoDate(dateParam) ? { date: dateParam } : {};
  const [head, arg] = path.split('/').filter(Boolean).map(decode);
  if (head === 'stampa' && !arg && params.get('sezione') === 'cruscotto') return { route: { view: 'printDashboard', ...dated }, planId };
  if (head === 'stampa' && !arg && params.get('sezione') === 'variazioni') return { route: { view: 'printVariations' }, planId };
  if (head === 'storico') {
    const card = params.get('scheda');
    return { route: card ? { view: 'history', card } : { view: 'history' }, planId };
  }
  const compared = comparedPlans(params);
  if (head === 'stampa' && !arg && params.get('sezione') === 'confronto' && compared) {
    return { route: { view: 'printComparison', ...compared }, planId };
  }
  if (head === 'confronto' && compared) return { route: { view: 'comparison', ...compared }, planId };
  if (head === 'stampa') {
    const listed = (params.get('codici') ?? '').split(',').map((c) => c.trim()).filter(Boolean);
    const codes = arg ? [arg] : listed;
    return { route: { view: 'print', wholePlan: codes.length === 0, codes, ...dated }, planId };
  }
  if (head === 'scheda' && arg) return { route: { view: 'card', code: arg }, planId };
  if (head === 'monitoraggio') return { route: { view: 'monitoring' }, planId };
  if (head === 'cataloghi') return { route: { view: 'catalogues' }, planId };
  if (head === 'impostazioni') return { route: { view: 'settings' }, planId };
  if (head === 'cruscotto') return { route: { view: 'dashboard' }, planId };
  return { route: { view: 'cards' }, planId };
}

export function buildRoute(route: Route, planId: number | null = null): string {
  const withPlan = (path: string, extra: string[] = []) => {
    const params = planId !== null ? [...extra, `piano=${planId}`] : extra;
    return `#${path}${params.length > 0 ? `?${params.join('&')}` : ''}`;
  };
  switch (route.view) {
    case 'cards':
      return withPlan('/');
    case 'card':
      return withPlan(`/scheda/${encodeURIComponent(route.code)}`);
    case 'monitoring':
      return withPlan('/monitoraggio');
    case 'catalogues':
      return withPlan('/cataloghi');
    case 'settings':
      return withPlan('/impostazioni');
    case 'print': {
      const date = route.date ? [`data=${route.date}`] : [];
      if (route.wholePlan || route.codes.length === 0) return withPlan('/stampa', date);
      if (route.codes.length === 1) return withPlan(`/stampa/${encodeURIComponent(route.codes[0] ?? '')}`, date);
      return withPlan('/stampa', [`codici=${route.codes.map(encodeURIComponent).join(',')}`, ...date]);
    }
    case 'dashboard':
      return withPlan('/cruscotto');
    case 'printDashboard':
      return withPlan('/stampa', ['sezione=cruscotto', ...(route.date ? [`data=${route.date}`] : [])]);
    case 'comparison':
      return withPlan('/confronto', comparedParams(route));
    case 'printComparison':
      return withPlan('/stampa', ['sezione=confronto', ...comparedParams(route)]);
    case 'history':
      return withPlan('/storico', route.card ? [`scheda=${encodeURIComponent(route.card)}`] : []);
    case 'printVariations':
      return withPlan('/stampa', ['sezione=variazioni']);
  }
}

const PLAN_REF = /^(?:([A-Za-z0-9-]{1,200}):)?([1-9]\d{0,9})$/;

function planRefText(ref: PlanRef): string {
  return ref.fileToken === undefined ? String(ref.planId) : `${ref.fileToken}:${ref.planId}`;
}

function parsePlanRef(text: string | undefined): PlanRef | null {
  const match = PLAN_REF.exec(text ?? '');
  if (!match) return null;
  return match[1] === undefined ? { planId: Number(match[2]) } : { planId: Number(match[2]), fileToken: match[1] };
}

function comparedPlans(params: Map<string, string>): { before: PlanRef; after: PlanRef } | null {
  const before = parsePlanRef(params.get('prima'));
  const after = parsePlanRef(params.get('dopo'));
  return before && after ? { before, after } : null;
}

function comparedParams(route: { before: PlanRef; after: PlanRef }): string[] {
  return [`prima=${encodeURIComponent(planRefText(route.before))}`, `dopo=${encodeURIComponent(planRefText(route.after))}`];
}

/** The print view's route for a print job (used by the print handlers and the preview's "Stampa…" in a browser). */
export function printRouteFor(scope: PrintScope, planId: number | null): string {
  const dated = scope.date ? { date: scope.date } : {};
  const route: Route =
    scope.kind === 'plan'
      ? { view: 'print', wholePlan: true, codes: [], ...dated }
      : scope.kind === 'dashboard'
        ? { view: 'printDashboard', ...dated }
        : scope.kind === 'variations'
          ? { view: 'printVariations' }
          : { view: 'print', wholePlan: false, codes: scope.codes, ...dated };
  return buildRoute(route, planId);
}
