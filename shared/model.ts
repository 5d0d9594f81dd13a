/**
 * The PIRA domain model: plan, catalogues, objective cards and indicators, as plain JSON-safe data.
 * Why: one vocabulary shared by the database, the scoring, the exchange mapping, the UI and the print view.
 * Everything in the 2024 seed document must be representable here without loss.
 */

/** ISO calendar date `yyyy-mm-dd` (no time, no zone). Shown to users as `dd/mm/yyyy`. */
export type IsoDate = string;

/** Missing-value marks as the office writes them: `n.d.`, `--`, or an empty cell. */
export type MissingMark = 'n.d.' | '--' | '';

/**
 * A typed value as written in a card: a count, a percentage, a date, a yes/no, or a missing mark.
 * `decimals` keeps the published precision (`5,0`, `20,92%`) so that a value prints back as it was written.
 */
export type Value =
  | { kind: 'number'; value: number; decimals: number }
  | { kind: 'percent'; value: number; decimals: number } // 0.4656 for 46,56%
  | { kind: 'date'; value: IsoDate }
  | { kind: 'bool'; value: boolean }
  | { kind: 'missing'; mark: MissingMark };

export const OPERATORS = ['>=', '<=', '='] as const;
export type Operator = (typeof OPERATORS)[number];

/** Units of measure (UdM) used by chambers. `entro` and `data` are deadlines. */
export const UNITS = ['n.', '%', 'gg', 'data', 'entro', 'si/no', '€'] as const;
export type Unit = (typeof UNITS)[number];

/** Indicator types (tipologie) of the chamber system. */
export const TIPOLOGIE = ['Efficienza', 'Efficacia', 'Volume', 'Qualità', 'Salute economica'] as const;

/** What to do with a deadline met late. */
export type LateDeadlinePolicy = { mode: 'zero' } | { mode: 'linear'; days: number };

/**
 * The scoring policy in force for a plan: explicit, stored with the plan, shown on screen and in print.
 * Defaults (see `DEFAULT_POLICY` in scoring.ts) reproduce the office's published figures.
 */
export interface ScoringPolicy {
  /** Upper bound of an indicator's performance (1 = 100%); `null` = no cap. */
  cap: number | null;
  lateDeadline: LateDeadlinePolicy;
  /** A deadline not yet due at the monitoring date and not yet met: score it (0%) or show `n.d.`. */
  notYetDue: 'score' | 'nd';
  /** In an objective's weighted mean, `n.d.` indicators are excluded (weights renormalised) or count as 0. */
  missingInObjective: 'exclude' | 'zero';
}

/** Manual performance set by the office, always with its justification (marked in print). */
export interface Override {
  performance: number; // fraction: 0.57 for 57%
  justification: string;
}

/** One observed value of an indicator at a monitoring date (30/06 mid-year, 31/12 final, ...). */
export interface Measurement {
  date: IsoDate;
  value: Value;
}

/** One target of an indicator for one year of the plan's horizon. */
export interface Target {
  year: number;
  value: Value;
}

export interface Indicator {
  /** Database id; 0 for an indicator not yet saved. */
  id: number;
  name: string;
  /** Calculation method (the second line of the seed's first cell). */
  algoritmo: string;
  tipologia: string;
  udm: string;
  operator: Operator;
  /** One target per year of the horizon (years without a target hold a `missing` value). */
  targets: Target[];
  /** Observed values, one per monitoring date. */
  measurements: Measurement[];
  /** Relative weight as published (0.2 for 20,0%); only the normalised share matters for scoring. */
  weight: number;
  /** Free notes, e.g. the seed's footnote "Target modificato rispetto al PIAO 2024". */
  note: string;
  fonte: string;
  kpiCode: string;
  /** Indicator-level cap: absent = the plan's policy, `'none'` = uncapped, a number = that cap (1.2 = 120%). */
  cap?: number | 'none';
  override?: Override;
  /** Id of the indicator of an earlier plan of the same file it was carried over from ("Nuovo piano"). */
  originId?: number;
}

export type Resources = { kind: 'amount'; euros: number } | { kind: 'internal' };

export interface Card {
  /** Database id; 0 for a card not yet saved. */
  id: number;
  /** `01_01_OS01`: ambito line + `OS` + number. */
  code: string;
  title: string;
  /** Missione code, three digits: `011`. */
  missione: string;
  /** Programma code within the missione: `011.005`. */
  programma: string;
  /** Ambito strategico line code: `01_01`. */
  ambitoLine: string;
  /** Optional code of the obiettivo strategico of the multi-year programme (`OS1`...). */
  obiettivoStrategico: string;
  /** Paragraphs separated by a blank line; lines starting with `- ` or `1) ` are list items; `*x*` italics. */
  description: string;
  resources: Resources;
  area: string;
  office: string;
  /** Card footnotes printed under the indicator table (e.g. "Gli ultimi dati disponibili si riferiscono al 31.3.2024"). */
  footnotes: string[];
  /** Relative weight of the objective in plan rollups (equal weights = 1). */
  weight: number;
  /** Position in the plan (cards are listed and printed in this order). */
  position: number;
  indicators: Indicator[];
  /** Id of the card of an earlier plan of the same file it was carried over from ("Nuovo piano"). */
  originId?: number;
  /**
   * Version of the card in the file, as loaded; a save carrying it is refused when the file holds a newer one
   * (edited meanwhile in another window or on another computer). Absent on a card not yet saved.
   */
  version?: number;
}

export interface Missione {
  code: string; // '011'
  name: string;
}
export interface Programma {
  code: string; // '011.005'
  name: string;
  /** Old names and codes that must map to this programma on import (e.g. '032.004'). */
  aliases: string[];
}
export interface AmbitoLine {
  code: string; // '01_01'
  name: string;
}
export interface Ambito {
  code: string; // '01'
  name: string;
  description: string;
  lines: AmbitoLine[];
}
export interface ObiettivoStrategico {
  code: string; // 'OS1'
  name: string;
}
export interface NamedEntry {
  name: string;
}

export interface Catalogues {
  missioni: Missione[];
  programmi: Programma[];
  ambiti: Ambito[];
  obiettiviStrategici: ObiettivoStrategico[];
  aree: NamedEntry[];
  uffici: NamedEntry[];
  tipologie: NamedEntry[];
  unita: NamedEntry[];
  /** Version of the plan's catalogues in the file, as loaded (see `Card.version`). */
  version?: number;
}

export interface PlanSettings {
  ente: string;
  year: number;
  title: string;
  /**
   * The date of the monitoring in progress: the values a data-collection round asks for, the column `Alt+V` goes to,
   * the "Valore rilevato" of an imported sheet. Always one of `monitoringDates`. What the plan is scored at by default
   * is the latest date with values (shared/monitoringDates.ts), not necessarily this one.
   */
  monitoringDate: IsoDate;
  /**
   * Every monitoring date of the plan, in calendar order (30/06 and 31/12 of the plan year by default): one value
   * column each. Absent = the defaults (a plan built in memory); the file always stores the list, and a date with
   * values (or a closed date) cannot leave it.
   */
  monitoringDates?: IsoDate[];
  /** First and last year of the three-year horizon (2024-2026). */
  horizonStart: number;
  horizonEnd: number;
  /** Introduction, same markup as a card description. */
  premessa: string;
  policy: ScoringPolicy;
  /** Version of the settings in the file, as loaded (see `Card.version`). */
  version?: number;
}

export interface PlanSummary {
  id: number;
  ente: string;
  year: number;
  title: string;
  cardCount: number;
}

/** The score of one indicator kept when its monitoring date was closed. */
export interface SnapshotIndicator {
  /** Indicator id at closing time (0 when it was never saved). */
  indicatorId: number;
  name: string;
  /** The value at the closed date (null = none was entered). */
  value: Value | null;
  performance: number | null;
  reason: string;
}

/** The score of one objective kept when a monitoring date was closed. */
export interface SnapshotCard {
  cardId: number;
  code: string;
  title: string;
  performance: number | null;
  indicators: SnapshotIndicator[];
}

/** The scores of a plan at a monitoring date, as they were when that date was closed ("valori chiusi al …"). */
export interface ScoreSnapshot {
  date: IsoDate;
  /** The ente's performance (mean of the objectives that can be scored). */
  performance: number | null;
  cards: SnapshotCard[];
}

/** A closed monitoring date: its values are read-only and its scores are kept as they were. */
export interface Closure {
  date: IsoDate;
  /** ISO date and time of the closing. */
  closedAt: string;
  /** Who closed it (the user account of the computer). */
  closedBy: string;
  snapshot: ScoreSnapshot;
}

/** A correction of a value of a closed date ("rettifica"): who, when, before, after and why. */
export interface Amendment {
  id: number;
  date: IsoDate;
  /** The card and indicator corrected (null once they were deleted; code and name say what they were). */
  cardId: number | null;
  indicatorId: number | null;
  cardCode: string;
  indicatorName: string;
  /** The value before and after the correction (null = no value). */
  before: Value | null;
  after: Value | null;
  reason: string;
  author: string;
  /** ISO date and time of the correction. */
  amendedAt: string;
}

/** Where a plan is in its life: a draft, approved by the council, closed at the end of its year. */
export type PlanStage = 'bozza' | 'approvato' | 'chiuso';

export interface PlanStatus {
  stage: PlanStage;
  /** Date and number of the deliberation that approved the plan (from approval on). */
  approvedOn?: IsoDate;
  deliberation?: string;
}

/** A whole plan as the UI, the exchange and the print view use it. */
export interface PlanDocument {
  id: number;
  settings: PlanSettings;
  catalogues: Catalogues;
  cards: Card[];
  /** Closed monitoring dates (absent or empty: every date is open). Written only by closing a date. */
  closures?: Closure[];
  /** Corrections of closed values, oldest first. Written only by an amendment. */
  amendments?: Amendment[];
  /** Absent = a draft (bozza). Changed only through the plan's status (shared/planStatus.ts), never by a save. */
  status?: PlanStatus;
}
