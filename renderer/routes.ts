/**
 * Hash routes of the UI, parsed and built in one place.
 * Why: the app, the print view (`#/stampa…`, also loaded by Electron's PDF export and by the e2e tests)
 * and the menu commands must agree on the same addresses.
 */
export type Route =
  | { view: 'cards' }
  | { view: 'card'; code: string }
  | { view: 'catalogues' }
  | { view: 'settings' }
  /** Print view: whole plan (`codes` empty and `plan` true) or the listed cards. */
  | { view: 'print'; wholePlan: boolean; codes: string[] };

/** `#/stampa` whole plan, `#/stampa/01_01_OS01` one card, `#/stampa?codici=A,B` a selection; `?piano=ID` any. */
export function parseRoute(hash: string): { route: Route; planId: number | null } {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const planParam = Number(params.get('piano'));
  const planId = Number.isInteger(planParam) && planParam > 0 ? planParam : null;
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, arg] = parts;
  if (head === 'stampa') {
    const listed = (params.get('codici') ?? '').split(',').map((c) => c.trim()).filter(Boolean);
    const codes = arg ? [arg] : listed;
    return { route: { view: 'print', wholePlan: codes.length === 0, codes }, planId };
  }
  if (head === 'scheda' && arg) return { route: { view: 'card', code: arg }, planId };
  if (head === 'cataloghi') return { route: { view: 'catalogues' }, planId };
  if (head === 'impostazioni') return { route: { view: 'settings' }, planId };
  return { route: { view: 'cards' }, planId };
}

export function buildRoute(route: Route, planId: number | null = null): string {
  const withPlan = (path: string, extra: Record<string, string> = {}) => {
    const params = new URLSearchParams(extra);
    if (planId !== null) params.set('piano', String(planId));
    const q = params.toString();
    return `#${path}${q ? `?${q}` : ''}`;
  };
  switch (route.view) {
    case 'cards':
      return withPlan('/');
    case 'card':
      return withPlan(`/scheda/${encodeURIComponent(route.code)}`);
    case 'catalogues':
      return withPlan('/cataloghi');
    case 'settings':
      return withPlan('/impostazioni');
    case 'print':
      if (route.wholePlan) return withPlan('/stampa');
      if (route.codes.length === 1) return withPlan(`/stampa/${encodeURIComponent(route.codes[0] ?? '')}`);
      return withPlan('/stampa', { codici: route.codes.join(',') });
  }
}
