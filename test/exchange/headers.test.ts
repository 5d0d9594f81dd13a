// Header recognition of the import: case, accents, spacing and punctuation ignored; years and dates in headers.
import { describe, expect, it } from 'vitest';
import { classifyCardHeader, classifyIndicatorHeader } from '../../shared/exchange/columns';
import { normalizeHeader } from '../../shared/exchange/headerText';
import { resolveMissione, resolveProgramma } from '../../shared/exchange/classifications';
import { samplePlan2024 } from '../../shared/sample/plan2024';

describe('indicator headers', () => {
  it.each([
    ['Target 2024', { kind: 'target', year: 2024 }],
    ['2025', { kind: 'target', year: 2025 }],
    ['TARGET  2026:', { kind: 'target', year: 2026 }],
    ['Target', { kind: 'target', year: null }],
    ['Valore al 30/06/2024', { kind: 'measurement', date: '2024-06-30' }],
    ['30/06/2024*', { kind: 'measurement', date: '2024-06-30' }],
    ['Valore al 31.12.2024', { kind: 'measurement', date: '2024-12-31' }],
    ['Valore rilevato', { kind: 'measurement', date: null }],
    ['Peso', { kind: 'field', field: 'weight' }],
    ['Peso indicatori:', { kind: 'field', field: 'weight' }],
    ['peso indicatore', { kind: 'field', field: 'weight' }],
    ['UdM', { kind: 'field', field: 'udm' }],
    ['U.d.M.', { kind: 'field', field: 'udm' }],
    ['Unità di misura', { kind: 'field', field: 'udm' }],
    ['UNITA\' DI MISURA', { kind: 'field', field: 'udm' }],
    ['Indicatori', { kind: 'field', field: 'name' }],
    ['Cod. obiettivo', { kind: 'field', field: 'cardCode' }],
    ['Fonte dei dati', { kind: 'field', field: 'fonte' }],
    ['Codice KPI', { kind: 'field', field: 'kpiCode' }],
    ['Algoritmo di calcolo', { kind: 'field', field: 'algoritmo' }],
    ['__proto__', null],
    ['constructor', null],
    ['Colonna a caso', null],
  ])('%j', (header, meaning) => {
    expect(classifyIndicatorHeader(header)).toEqual(meaning);
  });
});

describe('card headers', () => {
  it.each([
    ['Codice', 'code'],
    ['Obiettivo', 'title'],
    ['D.M. 27/03/2013 Programma:', 'programma'],
    ['Ambito strategico CCIAA PT-PO:', 'ambitoLine'],
    ['Area di responsabilità', 'area'],
    ['Risorse economiche', 'resources'],
    ['prototype', null],
  ])('%j', (header, field) => {
    expect(classifyCardHeader(header)).toBe(field);
  });
});

describe('normalisation and classifications', () => {
  it('ignores case, accents, spacing and punctuation', () => {
    expect(normalizeHeader('  Unità   di   Misura: ')).toBe(normalizeHeader('unita di misura'));
  });
  it.each([
    ['11 – Competitività e sviluppo delle imprese', '011'],
    ['Regolazione del mercato', '012'],
    ['032', '032'],
  ])('missione %j → %s', (written, code) => {
    expect(resolveMissione(written, samplePlan2024.catalogues).code).toBe(code);
  });
  it.each([
    ['011.005', '032', '011.005', false],
    ['003 – Servizi e affari generali per le amministrazioni di competenza', '032', '032.003', false],
    ['032.004', '032', '032.003', true],
    ['Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche', '032', '032.003', true],
    ['Regolamentazione, incentivazione dei settori imprenditoriali, riassetto industriali, sperimentazione tecnologica, lotta alla contraffazione, tutela della proprietà intellettuale', '011', '011.005', true],
  ])('programma %j → %s', (written, missione, code, aliased) => {
    const resolved = resolveProgramma(written, missione, samplePlan2024.catalogues);
    expect(resolved.code).toBe(code);
    expect(resolved.note !== undefined).toBe(aliased);
  });
});
