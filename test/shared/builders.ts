// Small builders of model objects for the shared/ tests: seed rows are written as the office writes them.
import type { Card, Catalogues, Indicator, PlanDocument, PlanSettings } from '../../shared/model';
import { DEFAULT_POLICY } from '../../shared/scoring';
import { parseTargetCell, parseValue } from '../../shared/values';
import { blankIndicator } from '../../shared/planDefaults';

export const MONITORING = '2024-06-30';

/** Parses seed text strictly: a test fixture that does not parse is a broken test. */
export function value(text: string, udm = '') {
  const parsed = parseValue(text, { udm });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** An indicator from a seed row: UdM, value at 30/06/2024, target cell of 2024, later targets. */
export function row(udm: string, actual: string, target2024: string, extra: Partial<Indicator> = {}): Indicator {
  const cell = parseTargetCell(target2024, { udm });
  if (!cell.ok) throw new Error(cell.error);
  return blankIndicator([], {
    name: 'Indicatore di prova',
    tipologia: 'Efficienza',
    udm,
    operator: cell.value.operator ?? '>=',
    targets: [
      { year: 2024, value: cell.value.value },
      { year: 2025, value: value('n.d.') },
      { year: 2026, value: value('n.d.') },
    ],
    measurements: [{ date: MONITORING, value: value(actual, udm) }],
    weight: 0.2,
    ...extra,
  });
}

export function card(extra: Partial<Card> = {}): Card {
  return {
    id: 1,
    code: '01_01_OS01',
    title: 'La doppia transizione digitale ed ecologica (pgt 20%)',
    missione: '011',
    programma: '011.005',
    ambitoLine: '01_01',
    obiettivoStrategico: 'OS1',
    description: '',
    resources: { kind: 'amount', euros: 439846.96 },
    area: 'Promozione e Sviluppo Economico',
    office: 'Punto impresa digitale',
    footnotes: [],
    weight: 1,
    position: 1,
    indicators: [row('n.', '1', '>= 4'), row('n.', '43', '>= 80')],
    ...extra,
  };
}

export function catalogues(): Catalogues {
  return {
    missioni: [
      { code: '011', name: 'Competitività e sviluppo delle imprese' },
      { code: '016', name: 'Commercio internazionale ed internazionalizzazione del sistema produttivo' },
      { code: '032', name: 'Servizi istituzionali e generali delle amministrazioni pubbliche' },
    ],
    programmi: [
      { code: '011.005', name: 'Promozione e attuazione di politiche di sviluppo', aliases: [] },
      { code: '016.005', name: "Sostegno all'internazionalizzazione delle imprese", aliases: [] },
      { code: '032.003', name: 'Servizi e affari generali per le amministrazioni di competenza', aliases: ['032.004'] },
    ],
    ambiti: [
      {
        code: '01',
        name: 'Promozione e sostegno allo sviluppo',
        description: '',
        lines: [
          { code: '01_01', name: 'Digitalizzazione' },
          { code: '01_02', name: 'Internazionalizzazione' },
          { code: '01_04', name: 'Competitività' },
        ],
      },
      { code: '03', name: 'Ottimizzazione della struttura', description: '', lines: [{ code: '03_01', name: 'Ottimizzazione' }] },
    ],
    obiettiviStrategici: [{ code: 'OS1', name: 'Digitalizzazione, nuove tecnologie ed innovazione' }],
    aree: [{ name: 'Promozione e Sviluppo Economico' }, { name: 'Obiettivo trasversale' }],
    uffici: [{ name: 'Punto impresa digitale' }, { name: 'Obiettivo trasversale' }],
    tipologie: ['Efficienza', 'Efficacia', 'Volume', 'Qualità', 'Salute economica'].map((name) => ({ name })),
    unita: ['n.', '%', 'gg', 'data', 'entro', 'si/no', '€'].map((name) => ({ name })),
  };
}

export function settings(extra: Partial<PlanSettings> = {}): PlanSettings {
  return {
    ente: 'Camera di Commercio di Pistoia-Prato',
    year: 2024,
    title: 'Piano degli indicatori e dei risultati attesi di bilancio - aggiornamento 2024',
    monitoringDate: MONITORING,
    horizonStart: 2024,
    horizonEnd: 2026,
    premessa: '',
    policy: DEFAULT_POLICY,
    ...extra,
  };
}

export function plan(cards: Card[], extra: Partial<PlanSettings> = {}): PlanDocument {
  return { id: 1, settings: settings(extra), catalogues: catalogues(), cards };
}
