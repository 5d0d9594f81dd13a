// Hash routes of the print view: built from a print job, parsed back by the print view, round trips.
import { describe, expect, it } from 'vitest';
import { buildRoute, parseRoute, printRouteFor, type Route } from '../../shared/printRoute';
import type { PrintScope } from '../../shared/api';

describe('printRouteFor', () => {
  const cases: Array<[string, PrintScope, number | null, string]> = [
    ['whole plan', { kind: 'plan' }, 3, '#/stampa?piano=3'],
    ['one card', { kind: 'cards', codes: ['01_01_OS01'] }, 1, '#/stampa/01_01_OS01?piano=1'],
    ['a selection', { kind: 'cards', codes: ['01_01_OS01', '03_01_OS05'] }, 1, '#/stampa?codici=01_01_OS01,03_01_OS05&piano=1'],
    ['no plan id', { kind: 'cards', codes: ['A B'] }, null, '#/stampa/A%20B'],
    ['the dashboard', { kind: 'dashboard' }, 2, '#/stampa?sezione=cruscotto&piano=2'],
    ['whole plan at a date', { kind: 'plan', date: '2024-12-31' }, 3, '#/stampa?data=2024-12-31&piano=3'],
    ['one card at a date', { kind: 'cards', codes: ['01_01_OS01'], date: '2024-06-30' }, 1, '#/stampa/01_01_OS01?data=2024-06-30&piano=1'],
    ['a selection at a date', { kind: 'cards', codes: ['A', 'B'], date: '2024-06-30' }, null, '#/stampa?codici=A,B&data=2024-06-30'],
    ['the dashboard at a date', { kind: 'dashboard', date: '2024-12-31' }, 2, '#/stampa?sezione=cruscotto&data=2024-12-31&piano=2'],
  ];
  it.each(cases)('%s', (_name, scope, planId, expected) => {
    expect(printRouteFor(scope, planId)).toBe(expected);
  });
});

describe('parseRoute', () => {
  it.each([
    ['#/stampa', { view: 'print', wholePlan: true, codes: [] }, null],
    ['#/stampa?piano=2', { view: 'print', wholePlan: true, codes: [] }, 2],
    ['#/stampa/03_01_OS05', { view: 'print', wholePlan: false, codes: ['03_01_OS05'] }, null],
    ['#/stampa?codici=A,%20B,,C&piano=7', { view: 'print', wholePlan: false, codes: ['A', 'B', 'C'] }, 7],
    ['#/stampa?codici=A%2CB', { view: 'print', wholePlan: false, codes: ['A', 'B'] }, null],
    ['#/stampa?piano=-1', { view: 'print', wholePlan: true, codes: [] }, null],
    ['#/stampa/%E0%A4%A', { view: 'print', wholePlan: false, codes: ['%E0%A4%A'] }, null],
    ['#/scheda/01_01_OS01?piano=4', { view: 'card', code: '01_01_OS01' }, 4],
    ['#/cataloghi', { view: 'catalogues' }, null],
    ['#/monitoraggio?piano=3', { view: 'monitoring' }, 3],
    ['#/impostazioni', { view: 'settings' }, null],
    ['#/cruscotto?piano=3', { view: 'dashboard' }, 3],
    ['#/stampa?sezione=cruscotto', { view: 'printDashboard' }, null],
    ['#/stampa?sezione=cruscotto&data=2024-12-31', { view: 'printDashboard', date: '2024-12-31' }, null],
    ['#/stampa/01_01_OS01?data=2024-06-30&piano=2', { view: 'print', wholePlan: false, codes: ['01_01_OS01'], date: '2024-06-30' }, 2],
    ['#/stampa?data=2024-02-30', { view: 'print', wholePlan: true, codes: [] }, null], // not a date: ignored
    ['#/stampa/cruscotto', { view: 'print', wholePlan: false, codes: ['cruscotto'] }, null], // a card code, as always
    ['', { view: 'cards' }, null],
    ['#/confronto?prima=1&dopo=2', { view: 'comparison', before: { planId: 1 }, after: { planId: 2 } }, null],
    ['#/confronto?prima=1&dopo=ab-12%3A3&piano=1', { view: 'comparison', before: { planId: 1 }, after: { planId: 3, fileToken: 'ab-12' } }, 1],
    ['#/confronto?prima=1', { view: 'cards' }, null],
    ['#/confronto?prima=0&dopo=2', { view: 'cards' }, null],
    ['#/confronto?prima=1&dopo=a/b:2', { view: 'cards' }, null],
    ['#/stampa?sezione=confronto&prima=2&dopo=1', { view: 'printComparison', before: { planId: 2 }, after: { planId: 1 } }, null],
    ['#/stampa/confronto?prima=2&dopo=1', { view: 'print', wholePlan: false, codes: ['confronto'] }, null],
  ])('%s', (hash, route, planId) => {
    expect(parseRoute(hash)).toEqual({ route, planId });
  });

  it('reads back every route it builds', () => {
    const routes: Route[] = [
      { view: 'cards' },
      { view: 'card', code: '01_01_OS01' },
      { view: 'catalogues' },
      { view: 'settings' },
      { view: 'monitoring' },
      { view: 'print', wholePlan: true, codes: [] },
      { view: 'print', wholePlan: false, codes: ['01_01_OS01'] },
      { view: 'print', wholePlan: false, codes: ['X&Y', 'Z=1', 'a b'] },
      { view: 'print', wholePlan: false, codes: ['A', 'B'], date: '2024-12-31' },
      { view: 'dashboard' },
      { view: 'printDashboard' },
      { view: 'printDashboard', date: '2024-06-30' },
      { view: 'comparison', before: { planId: 4 }, after: { planId: 5, fileToken: '0f1e2d3c-aaaa-4bbb-8ccc-123456789abc' } },
      { view: 'printComparison', before: { planId: 7, fileToken: 'x' }, after: { planId: 4 } },
    ];
    for (const route of routes) {
      for (const planId of [null, 12]) expect(parseRoute(buildRoute(route, planId))).toEqual({ route, planId });
    }
  });
});
