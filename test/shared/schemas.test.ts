// The zod schemas accept the model and refuse hostile or malformed payloads with Italian messages.
import { describe, expect, it } from 'vitest';
import { API_METHODS, type ApiMethod, type ApiRequest } from '../../shared/api';
import { apiRequestSchemas, formatZodIssues, MAX_BASE64_LENGTH } from '../../shared/apiSchemas';
import { cardSchema, cataloguesSchema, LIMITS, planDocumentSchema, planSettingsSchema, valueSchema } from '../../shared/schemas';
import { card, catalogues, plan, row, settings } from './builders';

const validCard = card({
  indicators: [
    row('n.', '64.488', '>= 65.281', { cap: 'none' }),
    row('data', '26/03/2024', '<= 28/02/2024', { cap: 1.2, override: { performance: 0.57, justification: 'Deroga' } }),
    row('si/no', 'no', '= sì'),
    row('%', '46,56%', '>= 43%'),
  ],
  footnotes: ['*Gli ultimi dati disponibili si riferiscono al 31.3.2024'],
  description: 'Paragrafo uno.\n\n- voce\n\tcon tabulazione',
});

/** Round-trips through JSON like an IPC or HTTP payload. */
const wire = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('model schemas accept the model', () => {
  it('accepts a whole plan, a card, settings and catalogues', () => {
    const doc = plan([validCard]);
    expect(planDocumentSchema.parse(wire(doc))).toEqual(doc);
    expect(cardSchema.parse(wire(validCard))).toEqual(validCard);
    expect(planSettingsSchema.parse(wire(settings({ policy: { cap: null, lateDeadline: { mode: 'linear', days: 63 }, notYetDue: 'nd', missingInObjective: 'zero' } }))).policy.cap).toBeNull();
    expect(cataloguesSchema.safeParse(catalogues()).success).toBe(true);
  });

  it('accepts the plan of a regional union consolidating a hundred chambers (the sample ×100: 1.800 cards)', () => {
    const many = plan(Array.from({ length: 1_800 }, (_, i) => ({ ...validCard, id: i + 1, code: `01_01_OS${String(i).padStart(4, '0')}` })));
    expect(planDocumentSchema.safeParse(wire(many)).success).toBe(true);
  });
});

describe('model schemas refuse bad or hostile payloads', () => {
  const cardWith = (patch: Record<string, unknown>) => ({ ...wire(validCard) as object, ...patch });
  const indicatorWith = (patch: Record<string, unknown>) =>
    cardWith({ indicators: [{ ...(wire(validCard.indicators[0]) as object), ...patch }] });

  it.each<[string, unknown, string]>([
    ['an unknown key', cardWith({ extra: 1 }), 'campi non previsti: «extra»'],
    ['a __proto__ key', JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(validCard).slice(1)}`), '«__proto__»'],
    ['a title over the limit', cardWith({ title: 'x'.repeat(LIMITS.name + 1) }), 'campo «title»: troppo lungo (al massimo 1000 caratteri)'],
    ['a description over the limit', cardWith({ description: 'x'.repeat(LIMITS.longText + 1) }), 'campo «description»: troppo lungo'],
    ['a NUL character', cardWith({ code: '01_01\u0000' }), 'campo «code»: contiene caratteri di controllo non ammessi'],
    ['too many indicators', cardWith({ indicators: Array(LIMITS.indicatorsPerCard + 1).fill(wire(validCard.indicators[0])) }), 'campo «indicators»: troppo lungo (al massimo 200 elementi)'],
    ['a negative weight', indicatorWith({ weight: -0.2 }), 'campo «indicators.0.weight»: deve essere almeno 0'],
    ['an infinite weight', indicatorWith({ weight: Infinity }), 'campo «indicators.0.weight»'],
    ['NaN as value', indicatorWith({ measurements: [{ date: '2024-06-30', value: { kind: 'number', value: NaN, decimals: 0 } }] }), 'indicators.0.measurements.0.value.value'],
    ['a huge number', indicatorWith({ measurements: [{ date: '2024-06-30', value: { kind: 'number', value: 1e300, decimals: 0 } }] }), 'deve essere al massimo 1000000000000000'],
    ['an impossible date', indicatorWith({ measurements: [{ date: '2024-02-30', value: { kind: 'bool', value: true } }] }), 'campo «indicators.0.measurements.0.date»: non è una data valida'],
    ['an Italian date in a model field', indicatorWith({ measurements: [{ date: '30/06/2024', value: { kind: 'bool', value: true } }] }), 'non è una data valida'],
    ['an unknown operator', indicatorWith({ operator: '>' }), 'campo «indicators.0.operator»: valore non ammesso (ammessi: ">=", "<=", "=")'],
    ['an unknown value kind', indicatorWith({ targets: [{ year: 2024, value: { kind: 'text', value: 'x' } }] }), 'campo «indicators.0.targets.0.value.kind»: valore non ammesso'],
    ['a year out of range', indicatorWith({ targets: [{ year: 20240, value: { kind: 'missing', mark: '' } }] }), 'campo «indicators.0.targets.0.year»: deve essere al massimo 2100'],
    ['a zero cap', indicatorWith({ cap: 0 }), 'indicators.0.cap'],
    ['a missing field', (({ title: _t, ...rest }) => rest)(wire(validCard) as Record<string, unknown>), 'campo «title»: valore mancante o non valido, atteso un testo'],
    ['a fractional id', cardWith({ id: 1.5 }), 'campo «id»: valore mancante o non valido, atteso un numero intero'],
  ])('refuses %s', (_label, payload, message) => {
    const result = cardSchema.safeParse(payload);
    expect(result.success).toBe(false);
    if (!result.success) expect(formatZodIssues(result.error)).toContain(message);
  });

  it('refuses values with the wrong shape', () => {
    expect(valueSchema.safeParse({ kind: 'percent', value: 0.5, decimals: 11 }).success).toBe(false);
    expect(valueSchema.safeParse({ kind: 'missing', mark: 'nd' }).success).toBe(false);
    expect(valueSchema.safeParse({ kind: 'date', value: '2024-12-31' }).success).toBe(true);
  });

  it('refuses a policy with an impossible decay and does not leak prototypes', () => {
    const bad = settings({ policy: { cap: 1, lateDeadline: { mode: 'linear', days: 0 }, notYetDue: 'score', missingInObjective: 'exclude' } });
    expect(planSettingsSchema.safeParse(bad).success).toBe(false);
    const polluted = JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(settings()).slice(1)}`);
    expect(planSettingsSchema.safeParse(polluted).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('apiRequestSchemas', () => {
  const examples: { [M in ApiMethod]: ApiRequest<M> } = {
    getSession: {},
    takeOverFile: {},
    loadPlan: { planId: 1 },
    listCardRows: { planId: 1 },
    listLatestPlan: {},
    loadCards: { planId: 1, cardIds: [3, 4] },
    createPlan: { settings: settings(), copyFromPlanId: 1, copyCards: true },
    savePlanSettings: { planId: 1, settings: { ...settings(), version: 4 } },
    saveCatalogues: { planId: 1, catalogues: { ...catalogues(), version: 2 } },
    saveCard: { planId: 1, card: { ...validCard, version: 3 } },
    deleteCard: { planId: 1, cardId: 3, version: 2 },
    previewImport: { planId: null, fileName: 'piano 2024.xlsx', dataBase64: 'UEsDBBQ=', year: 2024 },
    applyImport: { token: 'c0ffee' },
    exportWorkbook: { planId: 1, format: 'ods', selection: { kind: 'codes', codes: ['01_01_OS01'] } },
    printDocument: { planId: 1, scope: { kind: 'plan' } },
    exportPdf: { planId: 1, scope: { kind: 'cards', codes: ['01_01_OS01', '03_01_OS02'] } },
    previewImportFiles: { planId: 1, files: [{ fileName: 'area 1.xlsx', dataBase64: 'UEsDBBQ=' }, { fileName: 'area 2.ods', dataBase64: 'UEsDBBQ=' }], ente: 'CCIAA' },
    chooseImportOptions: { token: 'c0ffee', choices: { 'conflitto|01_01_OS01|0|note': 'v1' } },
    lastImport: { planId: 1 },
    undoImport: { planId: 1 },
    prepareRound: { planId: 1, format: 'xlsx', grouping: { kind: 'area' } },
    openComparisonFile: { fileName: 'collega.pira', dataBase64: 'U1FMaXRl' },
    comparePlans: { before: { planId: 1 }, after: { planId: 2, fileToken: 'c0ffee' } },
    exportComparison: { before: { planId: 1 }, after: { planId: 2 }, format: 'xlsx' },
    printComparison: { before: { planId: 1 }, after: { planId: 2 } },
    exportComparisonPdf: { before: { planId: 2 }, after: { planId: 1 } },
    listBackups: {},
    restoreBackup: { number: 1 },
    closeMonitoringDate: { planId: 1, date: '2024-06-30' },
    reopenMonitoringDate: { planId: 1, date: '2024-06-30', reason: 'valori da correggere prima della relazione' },
    amendValue: { planId: 1, cardId: 3, indicatorId: 7, date: '2024-06-30', value: { kind: 'number', value: 47, decimals: 0 }, reason: 'dato corretto dall’ufficio' },
    saveChanges: { planId: 1, cards: [{ ...validCard, version: 3 }], deletedCards: [{ cardId: 4, version: 2 }], catalogues: { ...catalogues(), version: 2 }, change: { kind: 'merge', label: 'unione delle aree' } },
    listChanges: { planId: 1, card: { id: 3, code: '01_01_OS01' }, since: '2024-06-01', user: 'mario.rossi', kind: 'edit', limit: 50 },
    revertChange: { planId: 1, changeId: 12, mode: 'revert', change: { reason: 'errore di battitura' } },
    undoStack: { planId: 1 },
    setPlanStatus: { planId: 1, stage: 'approvato', approvedOn: '2024-01-30', deliberation: '12' },
    mapImportSheet: {
      token: 'c0ffee',
      mapping: { fileIndex: 0, sheet: 'Foglio1', headerRow: 3, firstDataRow: 5, columns: [{ index: 0, meaning: { kind: 'codeAndTitle' } }, { index: 4, meaning: { kind: 'measurement', date: '2024-06-30' } }] },
    },
    saveImportLayout: { token: 'c0ffee', fileIndex: 0, sheet: 'Foglio1', name: 'Modello della CCIAA di Lucca' },
    listImportLayouts: {},
    renameImportLayout: { name: 'Lucca', newName: 'Lucca 2024' },
    deleteImportLayout: { name: 'Lucca' },
    exportImportLayout: { name: 'Lucca' },
    importImportLayout: { fileName: 'Modello PIRA - Lucca.json', dataBase64: 'e30=' },
  };

  it('accepts the dashboard as a print scope', () => {
    expect(apiRequestSchemas.exportPdf.safeParse(wire({ planId: 1, scope: { kind: 'dashboard' } })).success).toBe(true);
  });

  it.each(API_METHODS.map((method) => [method]))('accepts a valid %s request', (method) => {
    const result = apiRequestSchemas[method].safeParse(wire(examples[method]));
    expect(result.success, result.success ? '' : formatZodIssues(result.error)).toBe(true);
  });

  it.each<[ApiMethod, unknown, string]>([
    ['getSession', { planId: 1 }, 'campi non previsti: «planId»'],
    ['previewImportFiles', { planId: 1, files: [] }, 'campo «files»: troppo corto (almeno 1 elementi)'],
    ['previewImportFiles', { planId: 1, files: [{ fileName: 'a/b.xlsx', dataBase64: '' }] }, 'campo «files.0.fileName»: deve essere un nome di file, senza cartelle'],
    ['exportWorkbook', { planId: 1, format: 'xlsx', selection: { kind: 'all' }, template: 'libero' }, 'campo «template»: valore non ammesso'],
    ['prepareRound', { planId: 1, format: 'xlsx', grouping: { kind: 'provincia' } }, 'campo «grouping.kind»: valore non ammesso'],
    ['loadPlan', {}, 'campo «planId»: valore mancante o non valido, atteso un numero'],
    ['loadPlan', { planId: 0 }, 'campo «planId»: deve essere almeno 1'],
    ['loadPlan', { planId: '1' }, 'atteso un numero'],
    ['loadPlan', { planId: 1.5 }, 'campo «planId»: valore mancante o non valido, atteso un numero intero'],
    ['loadPlan', JSON.parse('{"planId":1,"__proto__":{"isAdmin":true}}'), '«__proto__»'],
    ['deleteCard', { planId: 1 }, 'campo «cardId»'],
    ['loadCards', { planId: 1, cardIds: [] }, 'campo «cardIds»: troppo corto (almeno 1 elementi)'],
    ['loadCards', { planId: 1, cardIds: [3, 0] }, 'campo «cardIds.1»: deve essere almeno 1'],
    ['listCardRows', { planId: 1, date: '2024-06-30' }, 'campi non previsti: «date»'],
    ['listLatestPlan', { planId: 1 }, 'campi non previsti: «planId»'],
    ['saveCard', { planId: 1, card: validCard, change: { kind: 'undo' } }, 'campo «change.kind»: valore non ammesso'],
    ['revertChange', { planId: 1, changeId: 0, mode: 'undo' }, 'campo «changeId»: deve essere almeno 1'],
    ['setPlanStatus', { planId: 1, stage: 'archiviato' }, 'campo «stage»: valore non ammesso'],
    ['mapImportSheet', { token: 'c', mapping: { fileIndex: 0, sheet: 'F', headerRow: 1, firstDataRow: 2, columns: [{ index: 0, meaning: { kind: 'card', field: 'performance' } }] } }, 'campo «mapping.columns.0.meaning.field»: valore non ammesso'],
    ['saveImportLayout', { token: 'c', fileIndex: 0, sheet: 'F', name: '   ' }, 'campo «name»: indicare un nome'],
    ['listChanges', { planId: 1, since: '31/12/2024' }, 'campo «since»'],
    ['previewImport', { planId: null, fileName: '../../etc/passwd', dataBase64: '' }, 'campo «fileName»: deve essere un nome di file, senza cartelle'],
    ['previewImport', { planId: null, fileName: 'a.xlsx', dataBase64: 'not base64!' }, 'campo «dataBase64»: non è un contenuto in base64'],
    ['previewImport', { planId: null, fileName: '', dataBase64: '' }, 'campo «fileName»: troppo corto (almeno 1 caratteri)'],
    ['applyImport', { token: 'x'.repeat(201) }, 'campo «token»: troppo lungo'],
    ['exportWorkbook', { planId: 1, format: 'csv', selection: { kind: 'all' } }, 'campo «format»: valore non ammesso (ammessi: "xlsx", "ods")'],
    ['exportWorkbook', { planId: 1, format: 'xlsx', selection: { kind: 'codes', codes: [] } }, 'campo «selection.codes»: troppo corto'],
    ['printDocument', { planId: 1, scope: { kind: 'everything' } }, 'campo «scope.kind»: valore non ammesso (ammessi: "plan", "cards", "dashboard", "variations")'],
    ['exportPdf', { planId: 1, scope: { kind: 'dashboard', codes: ['01_01_OS01'] } }, 'campi non previsti: «codes»'],
    ['saveCard', { planId: 1, card: { ...validCard, indicators: [{ ...validCard.indicators[0], weight: -1 }] } }, 'campo «card.indicators.0.weight»: deve essere almeno 0'],
    ['saveCard', { planId: 1, card: { ...validCard, originId: 0 } }, 'campo «card.originId»: deve essere almeno 1'],
    ['openComparisonFile', { fileName: 'collega.pira' }, 'indicare sia il nome sia il contenuto del file, o nessuno dei due'],
    ['openComparisonFile', { fileName: '../collega.pira', dataBase64: 'AA==' }, 'campo «fileName»: deve essere un nome di file, senza cartelle'],
    ['comparePlans', { before: { planId: 1 } }, 'campo «after»'],
    ['comparePlans', { before: { planId: 1 }, after: { planId: 2, fileToken: '' } }, 'campo «after.fileToken»: troppo corto'],
    ['exportComparison', { before: { planId: 1 }, after: { planId: 2 }, format: 'pdf' }, 'campo «format»: valore non ammesso'],
  ])('%s refuses %j', (method, payload, message) => {
    const result = apiRequestSchemas[method].safeParse(payload);
    expect(result.success).toBe(false);
    if (!result.success) expect(formatZodIssues(result.error)).toContain(message);
  });

  it('caps the base64 payload', () => {
    const ok = apiRequestSchemas.previewImport.safeParse({ planId: 1, fileName: 'a.xlsx', dataBase64: 'A'.repeat(1_000_000) });
    expect(ok.success).toBe(true);
    const result = apiRequestSchemas.previewImport.safeParse({ planId: 1, fileName: 'a.xlsx', dataBase64: 'A'.repeat(MAX_BASE64_LENGTH + 4) });
    expect(result.success).toBe(false);
    if (!result.success) expect(formatZodIssues(result.error)).toBe('Richiesta non valida: campo «dataBase64»: il file è troppo grande (massimo circa 50 MB).');
  });

  it('summarises many issues without flooding the message', () => {
    const result = apiRequestSchemas.saveCard.safeParse({ planId: 1, card: { indicators: 'x' } });
    expect(result.success).toBe(false);
    if (!result.success) {
      const message = formatZodIssues(result.error);
      expect(message).toMatch(/^Richiesta non valida: campo «card\.id»/);
      expect(message).toMatch(/e altri \d+ problemi\.$/);
    }
  });
});
