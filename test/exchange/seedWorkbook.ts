// The seed's indicator tables as an officer pastes them from Word into Excel: one sheet per ambito, the document's
// header row and its variants, the card code above each table or in a column, name and algoritmo in one cell.
// Why: the import must read this layout as it is; every figure below is the seed's, so unedited it changes nothing.
import { samplePlan2024 } from '../../shared/sample/plan2024';
import type { Aoa, Formatted } from './fixtures';

type Row = Aoa[number];

/** A real percentage cell, as Excel stores a typed `46,56%`. */
export const pct = (v: number, z = '0%'): Formatted => ({ v, z });

/** The Word cell "name ¶ algoritmo" pasted into Excel: one cell with a line break (Alt+Enter). */
export function nameCell(code: string, position: number, mark = ''): string {
  const indicator = samplePlan2024.cards.find((c) => c.code === code)?.indicators[position - 1];
  if (!indicator) throw new Error(`${code}/${position} non esiste nel piano di esempio`);
  return `${indicator.name}${mark}\n${indicator.algoritmo}`;
}

/** `Indicatori | Tipologia | UdM | 30/06/2024 | Target 2024 | (vuota) | Target 2025 | Target 2026 | Performance | Peso`. */
export const SEED_HEADER: Row = ['Indicatori', 'Tipologia', 'UdM', '30/06/2024', 'Target 2024', null, 'Target 2025', 'Target 2026', 'Performance', 'Peso indicatori'];

/** Ambito 1: "Codice: …" above each table, written three ways; operator alone under "Target 2024". */
export function ambito1(): Aoa {
  const a = (n: number) => nameCell('01_01_OS01', n);
  const b = (n: number) => nameCell('01_01_OS04', n);
  const c = (n: number) => nameCell('01_04_OS02', n);
  const d = (n: number) => nameCell('01_05_OS02', n);
  return [
    ['Piano degli indicatori – ambito strategico 1'],
    [],
    ['Codice: 01_01_OS01'],
    SEED_HEADER,
    [null, null, null, null, '>='],
    [a(1), 'Efficienza', 'n.', '1', '>=', '4', 'n.d.', 'n.d.', '25%', '20,0%'],
    [a(2), 'Efficienza', 'n.', 43, '>=', 80, 'n.d.', 'n.d.', pct(0.54), 0.2],
    [a(3), 'Efficienza', 'n.', 0, '>=', '15', 'n.d.', 'n.d.', '0%', '20,0%'],
    [a(4), 'Efficienza', 'n.', '1', '>=', 1, 'n.d.', 'n.d.', '100%', pct(0.2, '0.0%')],
    [a(5), 'Salute economica', '%', pct(0.07), '>=', '80%', 'n.d.', 'n.d.', '8%', '20,0%'],
    [],
    ['Codice:', '01_01_OS04'],
    SEED_HEADER,
    [null, null, null, null, '>=', 1],
    [b(1), 'Efficienza', 'n.', 1, '>=', 1, 'n.d.', 'n.d.', pct(1), 0.2],
    [b(2), 'Efficacia', 'n.', 40, '>=', 30, 'n.d.', 'n.d.', pct(1), 0.2],
    [b(3), 'Efficacia', 'n.', 36, '>=', 2, 'n.d.', 'n.d.', pct(1), 0.2],
    [b(4), 'Efficienza', '%', '100%', '=', '100%', 'n.d.', 'n.d.', pct(1), 0.2],
    [b(5), 'Salute economica', '%', '0%', '>=', pct(0.8), 'n.d.', 'n.d.', pct(0), 0.2],
    [],
    ['Codice obiettivo: 01_04_OS02'],
    SEED_HEADER,
    [c(1), 'Efficienza', '%', '100%', '=', '100%', null, null, '100%', '33,3%'],
    [c(2), 'Efficienza', '%', 'n.d.', '>=', '20%', null, null, 'n.d.', '33,3%'],
    [c(3), 'Salute economica', '%', '0%', '>=', '80%', null, null, '0%', '33,3%'],
    [],
    ['Codice: 01_05_OS02'],
    ['Indicatori', 'Tipologia', 'UdM', '30/06/2024', 'Target 2024', 'Stato 2025', 'Stato 2026', 'Performance', 'Peso indicatori'],
    [d(1), 'Volume', 'n.', '36', '>= 36', 'n.d.', 'n.d.', '100%', '20,0%'],
    [d(2), 'Volume', 'n.', '3', '>= 1', 'n.d.', 'n.d.', '100%', '20,0%'],
    [d(3), 'Volume', 'n.', '39', '>= 18', 'n.d.', 'n.d.', '100%', '20,0%'],
    [d(4), 'Volume', 'n.', '2', '>= 2', 'n.d.', 'n.d.', '100%', '20,0%'],
    [d(5), 'Salute economica', '%', '100%', '>= 80%', 'n.d.', 'n.d.', '100%', '20,0%'],
  ];
}

/** Ambito 2: the code in a "Codice" column on every row, "30/06/2024*", Italian text numbers, a footnote. */
export function ambito2(): Aoa {
  const n = (i: number) => nameCell('02_01_OS01', i);
  const row = (i: number, ...rest: Row): Row => ['02_01_OS01', n(i), ...rest];
  return [
    ['Codice', 'Indicatori', 'Tipologia', 'UdM', '30/06/2024*', 'Target 2024', 'Target 2025', 'Target 2026', 'Performance', 'Peso indicatori'],
    row(1, 'Volume', 'n.', '64.488', '>= 65.281', 'n.d.', 'n.d.', '99%', '12,5%'),
    row(2, 'Efficacia', '%', '46,56%', '>= 43%', 'n.d.', 'n.d.', '100%', '12,5%'),
    row(3, 'Efficacia', '%', pct(0.0277, '0.00%'), '>= 11%', 'n.d.', 'n.d.', '26%', '12,5%'),
    row(4, 'Efficienza', '%', '10,20%', '>= 8,3%', 'n.d.', 'n.d.', '100%', '12,5%'),
    row(5, 'Efficienza', '%', '20,92%', '>= 67,5%', 'n.d.', 'n.d.', '31%', '12,5%'),
    row(6, 'Efficienza', '%', '7,75%', '>= 7,6%', 'n.d.', 'n.d.', '100%', '12,5%'),
    row(7, 'Volume', '%', '51,7%', '>= 45,8%', 'n.d.', 'n.d.', '100%', '12,5%'),
    row(8, 'Volume', '%', '5,3%', '>= 5,2%', 'n.d.', 'n.d.', '100%', '12,5%'),
    ['*Gli ultimi dati disponibili si riferiscono al 31.3.2024'],
  ];
}

/** Ambito 3 with the card heading pasted too, a two-row header, dates, sì/no, `--`, footnote marks and a footnote row. */
export function ambito3(): Aoa {
  const s = (i: number) => nameCell('01_04_OS01', i);
  const t = (i: number, mark = '') => nameCell('03_01_OS03', i, mark);
  return [
    ['D.M. 27/03/2013 Missione:', '011 - Competitività e sviluppo delle imprese'],
    ['Obiettivo:', 'Valorizzazione degli spazi camerali e dell’Auditorium'],
    ['Codice:', '01_04_OS01'],
    ['Descrizione:'],
    ['La Camera di Commercio, oltre ad essere un luogo aperto al dialogo e al confronto…'],
    ['Indicatori', 'Tipologia', 'UdM', '30/06/2024', 'Target', null, null, 'Performance', 'Peso indicatori:'],
    [null, null, null, null, 2024, '2025', 2026],
    [s(1), 'Volume', 'n.', 8380, '>= 7.500', '7.500', 7500, '100%', '20,0%'],
    [s(2), 'Volume', 'n.', '63', '>= 80', 80, '80', '79%', '20,0%'],
    [s(3), 'Volume', 'n.', '30', '>= 35', '35', '35', '86%', '20,0%'],
    [s(4), 'Salute economica', '%', '60%', '>= 71%', pct(0.71), '71%', '84%', '20,0%'],
    [s(5), 'Salute economica', '%', '54%', '>= 80%', '80%', '80%', '68%', '20,0%'],
    [],
    ['Codice:', '03_01_OS03'],
    ['Indicatori', 'Tipologia', 'UdM', '30/06/2024', 'Target 2024', null, 'Target 2025', 'Target 2026', 'Performance', 'Peso indicatori:'],
    [t(1), 'Efficienza', 'data', 'no', '<=', '30.11.2024', '30.11.2025', new Date(2026, 10, 30), '0%', '11,1%'],
    [t(2), 'Efficienza', 'si/no', 'no', '=', 'si', 'sì', 'si', '0%', '11,1%'],
    [t(3), 'Efficienza', 'n.', 'n.d.', '>=', '3', 3, '3', 'n.d.', '11,1%'],
    [t(4, '*'), 'Efficienza', 'n.', 'n.d.', '>=', '3', '3', '3', 'n.d.', '11,1%'],
    [t(5), 'Efficienza', 'n.', '1', '>=', '2', '2', '2', '50%', '11,1%'],
    [t(6), 'Efficienza', 'n.', '1', '>=', '2', '2', '2', '50%', '11,1%'],
    [t(7, '*'), 'Efficienza', 'data', '0', '<=', '08.01.2024', '20/01/2025', '20.01.2026', '0%', '11,1%'],
    [t(8), 'Qualità', '%', '100%', '>=', '100%', '100%', '100%', '100%', '11,1%'],
    [t(9), 'Efficienza', '%', '0', '>=', '15%', '15%', '15%', '0%', '11,1%'],
    ['*Target modificato rispetto al PIAO 2024'],
  ];
}
