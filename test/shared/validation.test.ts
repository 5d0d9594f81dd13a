// Each validation check fires on a crafted card, with its severity and field, and stays silent on a clean one.
import { describe, expect, it } from 'vitest';
import type { Card, Indicator, Target } from '../../shared/model';
import { cardErrors, codeIndexOf, validateCard, validatePlan, type Finding } from '../../shared/validation';
import { card, catalogues, plan, row, settings, value } from './builders';

/** A card with nothing to report: known codes, weights summing to 100%, targets for the whole horizon. */
function cleanIndicator(udm: string, actual: string, target: string, extra: Partial<Indicator> = {}): Indicator {
  const base = row(udm, actual, target, { weight: 0.5, ...extra });
  const planTarget = base.targets[0]!;
  return { ...base, targets: [planTarget, { ...planTarget, year: 2025 }, { ...planTarget, year: 2026 }] };
}

function cleanCard(extra: Partial<Card> = {}): Card {
  return card({
    indicators: [cleanIndicator('n.', '1', '>= 4'), cleanIndicator('data', '24/01/2024', '<= 31/01/2024')],
    ...extra,
  });
}

const validate = (c: Card, others: Card[] = [c]) => validateCard(c, { settings: settings(), catalogues: catalogues(), cards: others });
const withIndicator = (extra: Partial<Indicator>, udm = 'n.', actual = '1', target = '>= 4'): Card =>
  cleanCard({ indicators: [cleanIndicator(udm, actual, target, extra), cleanIndicator('n.', '2', '>= 2')] });

const PLAN_TARGET: Target = { year: 2024, value: { kind: 'number', value: 4, decimals: 0 } };
/** A clean card whose first indicator has exactly these targets. */
const withTargets = (targets: Target[]): Card =>
  cleanCard({ indicators: [{ ...cleanIndicator('n.', '1', '>= 4'), targets }, cleanIndicator('n.', '2', '>= 2')] });

describe('validateCard', () => {
  it('accepts later horizon years the office marked n.d. or --', () => {
    const marked = withTargets([
      PLAN_TARGET,
      { year: 2025, value: { kind: 'missing', mark: 'n.d.' } },
      { year: 2026, value: { kind: 'missing', mark: '--' } },
    ]);
    expect(validate(marked).filter((f) => f.code === 'target-horizon-missing')).toEqual([]);
  });

  it('finds nothing on a clean card', () => {
    expect(validate(cleanCard())).toEqual([]);
  });

  it.each<[string, Card, string, Finding['severity'], string]>([
    ['empty title', cleanCard({ title: '  ' }), 'title-empty', 'error', 'title'],
    ['empty code', cleanCard({ code: '' }), 'code-empty', 'error', 'code'],
    ['malformed code', cleanCard({ code: '01_01_OS1' }), 'code-format', 'warning', 'code'],
    ['03_04_OS04 under 03_01', cleanCard({ code: '03_04_OS04', ambitoLine: '03_01', missione: '032', programma: '032.003' }), 'code-ambito-mismatch', 'warning', 'code'],
    ['01_04_OS01 under 03_01', cleanCard({ code: '01_04_OS01', ambitoLine: '03_01' }), 'code-ambito-mismatch', 'warning', 'code'],
    ['missione missing', cleanCard({ missione: '', programma: '011.005' }), 'missione-empty', 'warning', 'missione'],
    ['missione unknown', cleanCard({ missione: '11', programma: '011.005' }), 'missione-unknown', 'warning', 'missione'],
    ['programma missing', cleanCard({ programma: '' }), 'programma-empty', 'warning', 'programma'],
    ['programma unknown', cleanCard({ programma: '011.009' }), 'programma-unknown', 'warning', 'programma'],
    ['programma renamed', cleanCard({ missione: '032', programma: '032.004' }), 'programma-alias', 'warning', 'programma'],
    ['programma outside missione', cleanCard({ missione: '032', programma: '011.005' }), 'programma-missione', 'warning', 'programma'],
    ['ambito line missing', cleanCard({ ambitoLine: '' }), 'ambito-empty', 'warning', 'ambitoLine'],
    ['ambito line unknown', cleanCard({ code: '01_09_OS01', ambitoLine: '01_09' }), 'ambito-unknown', 'warning', 'ambitoLine'],
    ['obiettivo strategico unknown', cleanCard({ obiettivoStrategico: 'OS9' }), 'obiettivo-strategico-unknown', 'warning', 'obiettivoStrategico'],
    ['area unknown', cleanCard({ area: 'Area fantasma' }), 'area-unknown', 'info', 'area'],
    ['ufficio unknown', cleanCard({ office: 'Ufficio fantasma' }), 'ufficio-unknown', 'info', 'office'],
    ['no indicators', cleanCard({ indicators: [] }), 'no-indicators', 'warning', 'indicators'],
    ['weights summing to 90%', withIndicator({ weight: 0.4 }), 'weight-sum', 'warning', 'indicators'],
    ['zero weight', cleanCard({ indicators: [cleanIndicator('n.', '1', '>= 4', { weight: 0 }), cleanIndicator('n.', '1', '>= 4', { weight: 1 })] }), 'weight-non-positive', 'warning', 'indicators.0.weight'],
    ['empty indicator name', withIndicator({ name: ' ' }), 'indicator-name-empty', 'error', 'indicators.0.name'],
    ['target of the plan year missing', cleanCard({ indicators: [{ ...cleanIndicator('n.', '1', '>= 4'), targets: [] }, cleanIndicator('n.', '1', '>= 4')] }), 'target-missing', 'warning', 'indicators.0.target.2024'],
    ['later horizon target absent', withTargets([PLAN_TARGET]), 'target-horizon-missing', 'info', 'indicators.0.target.2025'],
    ['later horizon target blank', withTargets([PLAN_TARGET, { year: 2025, value: { kind: 'missing', mark: '' } }, { year: 2026, value: { kind: 'missing', mark: 'n.d.' } }]), 'target-horizon-missing', 'info', 'indicators.0.target.2025'],
    ['tipologia missing', withIndicator({ tipologia: '' }), 'tipologia-empty', 'warning', 'indicators.0.tipologia'],
    ['data used as tipologia', withIndicator({ tipologia: 'data' }), 'tipologia-is-unit', 'warning', 'indicators.0.tipologia'],
    ['tipologia unknown', withIndicator({ tipologia: 'Efficacissima' }), 'tipologia-unknown', 'warning', 'indicators.0.tipologia'],
    ['udm missing', withIndicator({ udm: '' }), 'udm-empty', 'warning', 'indicators.0.udm'],
    ['udm unknown', withIndicator({ udm: 'kg' }), 'udm-unknown', 'warning', 'indicators.0.udm'],
    ['percent value on udm n.', withIndicator({}, 'n.', '65%', '>= 63'), 'value-udm-mismatch', 'warning', 'indicators.0.value'],
    ['percent target on udm n.', withIndicator({}, 'n.', '0', '= 0,00%'), 'value-udm-mismatch', 'warning', 'indicators.0.target.2024'],
    ['date value on udm %', withIndicator({}, '%', '31/01/2024', '>= 50%'), 'value-udm-mismatch', 'warning', 'indicators.0.value'],
    ['number value on udm si/no', withIndicator({}, 'si/no', '3', '= sì'), 'value-udm-mismatch', 'warning', 'indicators.0.value'],
    ['number value on udm data', withIndicator({}, 'data', '3', '<= 31/12/2024'), 'value-udm-mismatch', 'warning', 'indicators.0.value'],
    ['deadline with >=', withIndicator({}, 'data', '24/01/2024', '>= 31/01/2024'), 'deadline-operator', 'warning', 'indicators.0.operator'],
    ['override without justification', withIndicator({ override: { performance: 0.57, justification: ' ' } }), 'override-justification', 'error', 'indicators.0.override'],
  ])('%s', (_label, crafted, code, severity, field) => {
    const findings = validate(crafted);
    const hit = findings.find((f) => f.code === code);
    expect(hit, JSON.stringify(findings, null, 1)).toMatchObject({ severity, field, cardId: crafted.id, cardCode: crafted.code });
    expect(hit?.message).toMatch(/^[A-ZÀ-Ú]/);
  });

  it('says which indicator and what to fix', () => {
    const findings = validate(withIndicator({ name: 'Cassetto digitale', tipologia: 'data' }));
    expect(findings.map((f) => f.message)).toEqual([
      'Indicatore 1 «Cassetto digitale»: "data" è un’unità di misura, non una tipologia: spostarlo nella colonna UdM e scegliere la tipologia (Efficienza, Efficacia, Volume, Qualità, Salute economica).',
    ]);
    const mismatch = validate(withIndicator({ name: 'Indebitamento' }, 'n.', '0', '= 0,00%'));
    expect(mismatch.map((f) => f.message)).toEqual(
      ['2024', '2025', '2026'].map(
        (year) => `Indicatore 1 «Indebitamento»: target ${year}: il valore 0,00% non è coerente con l’unità di misura "n.", che richiede un numero (es. 1.234).`,
      ),
    );
  });

  it('accepts the rounded displays of equal shares and reports a real weight error with its sum', () => {
    const shares = (weight: number, n: number) => cleanCard({ indicators: Array.from({ length: n }, () => cleanIndicator('n.', '1', '>= 1', { weight })) });
    for (const [weight, n] of [[0.333, 3], [0.083, 12], [0.143, 7], [0.111, 9], [0.077, 13], [0.167, 6], [0.125, 8], [0.1, 10]] as const) {
      expect(validate(shares(weight, n)).filter((f) => f.code === 'weight-sum')).toEqual([]);
    }
    const wrong = cleanCard({
      indicators: [0.2, 0.2, 0.2, 0.2, 0.22].map((weight) => cleanIndicator('n.', '1', '>= 1', { weight })),
    });
    expect(validate(wrong).find((f) => f.code === 'weight-sum')?.message).toContain('sommano a 102,0%');
  });

  it('accepts the forms the seed uses for each unit', () => {
    const forms: [string, string, string][] = [
      ['%', '0', '>= 15%'],
      ['data', 'no', '<= 31/12/2024'],
      ['data', '0', '<= 08.01.2024'],
      ['entro', '31/01/2024', '= 31/01/2024'],
      ['si/no', 'n.d.', '>= sì'],
      ['gg', '2', '<= 10'],
    ];
    for (const [udm, actual, target] of forms) expect(validate(withIndicator({}, udm, actual, target))).toEqual([]);
  });

  it('reports duplicate codes against the other cards of the plan, not against itself', () => {
    const first = cleanCard({ id: 1 });
    const second = cleanCard({ id: 2, title: 'Transizione energetica' });
    expect(validate(first, [first, second]).find((f) => f.code === 'code-duplicate')?.message).toBe(
      'Il codice "01_01_OS01" è usato anche dall’obiettivo «Transizione energetica»: ogni obiettivo deve avere un codice diverso.',
    );
    const savedCopy = { ...first };
    expect(validate(savedCopy, [first, cleanCard({ id: 3, code: '01_01_OS02' })])).toEqual([]);
    const draft = cleanCard({ id: 0 });
    expect(validate(draft, [first]).map((f) => f.code)).toEqual(['code-duplicate']);
  });

  it('finds the same twin through the code index as by scanning the list (case, spaces, drafts, saved copies)', () => {
    const list = [
      cleanCard({ id: 1, title: 'Uno' }),
      cleanCard({ id: 2, code: ' 01_01_os01 ', title: 'Due' }),
      cleanCard({ id: 3, code: '01_01_OS02', title: 'Tre' }),
      cleanCard({ id: 0, code: '01_01_OS02', title: 'Bozza' }),
      cleanCard({ id: 4, code: '01_01_OS03', title: 'Quattro' }),
    ];
    const checked = [...list, { ...list[0]! }, cleanCard({ id: 0, title: 'Nuova' }), cleanCard({ id: 3, code: '01_01_os02', title: 'Copia' })];
    const ctx = { settings: settings(), catalogues: catalogues(), cards: list };
    const indexed = { ...ctx, codes: codeIndexOf(list) };
    const twins = (c: Card, context: typeof ctx) => validateCard(c, context).filter((f) => f.code === 'code-duplicate').map((f) => f.message);
    for (const c of checked) expect(twins(c, indexed)).toEqual(twins(c, ctx));
    expect(checked.map((c) => twins(c, indexed).length)).toEqual([1, 1, 1, 1, 0, 1, 1, 1]);
  });
});

describe('cardErrors', () => {
  it('gives exactly validateCard’s errors, in its order, on cards with every error among warnings', () => {
    const broken = (extra: Partial<Indicator>): Indicator => ({ ...cleanIndicator('kg', '50%', '>= 4', { weight: 0, tipologia: 'boh' }), targets: [], ...extra });
    const cards: Card[] = [
      cleanCard(),
      cleanCard({ title: ' ', code: '01_01_OS01', ambitoLine: '09_09', missione: '', area: 'Nessuna', indicators: [] }),
      cleanCard({ code: ' ', indicators: [broken({ name: ' ' }), broken({ override: { performance: 0.5, justification: '' } })] }),
      cleanCard({
        id: 2,
        title: '',
        indicators: [broken({ override: { performance: 0.5, justification: ' ' } }), broken({ name: '', udm: 'n.' }), cleanIndicator('n.', '1', '>= 4')],
      }),
    ];
    const ctx = { settings: settings(), catalogues: catalogues(), cards, codes: codeIndexOf(cards) };
    const found = cards.map((c) => cardErrors(c, ctx));
    expect(found).toEqual(cards.map((c) => validateCard(c, ctx).filter((f) => f.severity === 'error')));
    // the first two cards share their id and code with each other, and their code with the last card
    expect(found.flat().map((f) => f.code)).toEqual([
      'code-duplicate',
      'title-empty',
      'code-duplicate',
      'code-empty',
      'indicator-name-empty',
      'override-justification',
      'title-empty',
      'code-duplicate',
      'override-justification',
      'indicator-name-empty',
    ]);
    expect(cards.flatMap((c) => validateCard(c, ctx)).filter((f) => f.severity !== 'error').length).toBeGreaterThan(10);
  });
});

describe('validatePlan', () => {
  it('collects card findings and checks the settings', () => {
    const a = cleanCard({ id: 1 });
    const b = cleanCard({ id: 2 });
    const findings = validatePlan(plan([a, b]));
    expect(findings.map((f) => [f.code, f.cardId])).toEqual([
      ['code-duplicate', 1],
      ['code-duplicate', 2],
    ]);
    expect(validatePlan(plan([cleanCard()]))).toEqual([]);
  });

  it.each<[string, Parameters<typeof plan>[1], string, string]>([
    ['empty ente', { ente: ' ' }, 'plan-ente-empty', 'warning'],
    ['inverted horizon', { horizonStart: 2026, horizonEnd: 2024 }, 'plan-horizon', 'error'],
    ['year outside the horizon', { year: 2027, monitoringDate: '2027-06-30' }, 'plan-year-horizon', 'warning'],
    ['monitoring date of another year', { monitoringDate: '2023-12-31' }, 'plan-monitoring-year', 'warning'],
  ])('%s', (_label, extra, code, severity) => {
    expect(validatePlan(plan([cleanCard()], extra)).find((f) => f.code === code)?.severity).toBe(severity);
  });

  it('notes an empty plan', () => {
    expect(validatePlan(plan([])).map((f) => f.code)).toEqual(['plan-no-cards']);
  });

  it('checks the value of every date, the monitoring date’s under `value`', () => {
    const indicator = cleanIndicator('n.', '1', '>= 4', {
      measurements: [
        { date: '2024-06-30', value: value('1') },
        { date: '2024-12-31', value: value('40%') },
      ],
    });
    const c = cleanCard({ indicators: [indicator, cleanIndicator('n.', '1', '>= 4')] });
    // issue 12: every date has its own column, so the 40% under `n.` at 31/12 is flagged next to that column
    expect(validatePlan(plan([c])).map((f) => f.field)).toEqual(['indicators.0.value.2024-12-31']);
    expect(validatePlan(plan([c])).map((f) => f.message)[0]).toMatch(/: valore al 31\/12\/2024: il valore 40% non è coerente/);
    expect(validatePlan(plan([c], { monitoringDate: '2024-12-31' })).map((f) => f.field)).toEqual(['indicators.0.value']);
  });
});
