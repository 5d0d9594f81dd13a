/**
 * zod schemas of the model, each typed against model.ts so that the two cannot drift apart.
 * Why: every payload crossing the process boundary (IPC, harness, import) is checked here with sane limits
 * (string lengths, array sizes, finite bounded numbers, real ISO dates, no unknown keys).
 */
import { z } from 'zod';
import { isValidIsoDate } from './dates';
import { MAX_ABS_NUMBER, SMALLEST_NUMBER } from './italianNumbers';
import {
  OPERATORS,
  type Amendment,
  type Card,
  type Closure,
  type Catalogues,
  type Indicator,
  type IsoDate,
  type PlanDocument,
  type PlanSettings,
  type ScoreSnapshot,
  type SnapshotCard,
  type PlanStatus,
  type ScoringPolicy,
  type Value,
} from './model';

export const LIMITS = {
  code: 40,
  shortText: 300,
  name: 1_000,
  longText: 100_000,
  indicatorsPerCard: 200,
  cardsPerPlan: 20_000,
  catalogueEntries: 2_000,
  targetsPerIndicator: 20,
  measurementsPerIndicator: 100,
  footnotes: 50,
  aliases: 50,
  monitoringDates: 50,
  amendments: 100_000,
} as const;

/** Text up to `max` characters, without NUL or other C0 control characters except tab and new lines. */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), { error: 'contiene caratteri di controllo non ammessi' });

export const idSchema = z.int().min(0);
export const yearSchema = z.int().min(1990).max(2100);
export const isoDateSchema: z.ZodType<IsoDate> = z
  .string()
  .max(10)
  .refine(isValidIsoDate, { error: 'non è una data valida nel formato aaaa-mm-gg' });
/**
 * A number the plan can hold (issue 22, point 4): zod already refuses NaN and ±Infinity; a signed zero and a number
 * so small it would be shown as 0 are refused too, never stored as something else.
 */
const readable = (schema: z.ZodNumber) =>
  schema
    .refine((n) => !Object.is(n, -0), { error: 'lo zero non ha segno: inviare 0' })
    .refine((n) => n === 0 || Math.abs(n) >= SMALLEST_NUMBER, { error: 'numero troppo piccolo: sotto 0,0000000001 sarebbe letto come 0' });
const boundedNumber = readable(z.number().min(-MAX_ABS_NUMBER).max(MAX_ABS_NUMBER));
const decimals = z.int().min(0).max(10);
/** A performance or cap as a fraction: 0 to 1000% at most. */
const fraction = readable(z.number().min(0).max(10));
const weight = readable(z.number().min(0).max(1_000_000));

export const valueSchema: z.ZodType<Value> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('number'), value: boundedNumber, decimals }),
  z.strictObject({ kind: z.literal('percent'), value: boundedNumber, decimals }),
  z.strictObject({ kind: z.literal('date'), value: isoDateSchema }),
  z.strictObject({ kind: z.literal('bool'), value: z.boolean() }),
  z.strictObject({ kind: z.literal('missing'), mark: z.enum(['n.d.', '--', '']) }),
]);

export const operatorSchema = z.enum(OPERATORS);

/** A row version of the file (Card.version, PlanSettings.version, Catalogues.version). */
const rowVersionSchema = z.int().min(1).max(Number.MAX_SAFE_INTEGER);

export const indicatorSchema: z.ZodType<Indicator> = z.strictObject({
  id: idSchema,
  name: text(LIMITS.name),
  algoritmo: text(LIMITS.name),
  tipologia: text(LIMITS.shortText),
  udm: text(LIMITS.code),
  operator: operatorSchema,
  targets: z.array(z.strictObject({ year: yearSchema, value: valueSchema })).max(LIMITS.targetsPerIndicator),
  measurements: z.array(z.strictObject({ date: isoDateSchema, value: valueSchema })).max(LIMITS.measurementsPerIndicator),
  weight,
  note: text(LIMITS.longText),
  fonte: text(LIMITS.name),
  kpiCode: text(LIMITS.code),
  cap: z.union([readable(z.number().gt(0).max(10)), z.literal('none')]).optional(),
  override: z.strictObject({ performance: fraction, justification: text(LIMITS.name) }).optional(),
  originId: idSchema.min(1).optional(),
});

export const cardSchema: z.ZodType<Card> = z.strictObject({
  id: idSchema,
  code: text(LIMITS.code),
  title: text(LIMITS.name),
  missione: text(LIMITS.code),
  programma: text(LIMITS.code),
  ambitoLine: text(LIMITS.code),
  obiettivoStrategico: text(LIMITS.code),
  description: text(LIMITS.longText),
  resources: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('amount'), euros: boundedNumber }),
    z.strictObject({ kind: z.literal('internal') }),
  ]),
  area: text(LIMITS.shortText),
  office: text(LIMITS.shortText),
  footnotes: z.array(text(LIMITS.name)).max(LIMITS.footnotes),
  weight,
  position: z.int().min(0).max(1_000_000),
  indicators: z.array(indicatorSchema).max(LIMITS.indicatorsPerCard),
  originId: idSchema.min(1).optional(),
  version: rowVersionSchema.optional(),
});

const entries = <T extends z.ZodType>(schema: T) => z.array(schema).max(LIMITS.catalogueEntries);
const codeAndName = z.strictObject({ code: text(LIMITS.code), name: text(LIMITS.name) });
const named = z.strictObject({ name: text(LIMITS.name) });

export const cataloguesSchema: z.ZodType<Catalogues> = z.strictObject({
  missioni: entries(codeAndName),
  programmi: entries(
    z.strictObject({ code: text(LIMITS.code), name: text(LIMITS.name), aliases: z.array(text(LIMITS.name)).max(LIMITS.aliases) }),
  ),
  ambiti: entries(
    z.strictObject({
      code: text(LIMITS.code),
      name: text(LIMITS.name),
      description: text(LIMITS.longText),
      lines: entries(codeAndName),
    }),
  ),
  obiettiviStrategici: entries(codeAndName),
  aree: entries(named),
  uffici: entries(named),
  tipologie: entries(named),
  unita: entries(named),
  version: rowVersionSchema.optional(),
});

export const scoringPolicySchema: z.ZodType<ScoringPolicy> = z.strictObject({
  cap: z.number().gt(0).max(10).nullable(),
  lateDeadline: z.discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('zero') }),
    z.strictObject({ mode: z.literal('linear'), days: z.int().min(1).max(3650) }),
  ]),
  notYetDue: z.enum(['score', 'nd']),
  missingInObjective: z.enum(['exclude', 'zero']),
});

export const planSettingsSchema: z.ZodType<PlanSettings> = z.strictObject({
  ente: text(LIMITS.name),
  year: yearSchema,
  title: text(LIMITS.name),
  monitoringDate: isoDateSchema,
  horizonStart: yearSchema,
  horizonEnd: yearSchema,
  premessa: text(LIMITS.longText),
  policy: scoringPolicySchema,
  version: rowVersionSchema.optional(),
  monitoringDates: z.array(isoDateSchema).max(LIMITS.monitoringDates).optional(),
});

/** A computed performance (uncapped ones may exceed 1000%). */
const performanceSchema = z.number().min(0).max(MAX_ABS_NUMBER).nullable();

/** One objective's scores kept by a closed date. */
export const snapshotCardSchema: z.ZodType<SnapshotCard> = z.strictObject({
  cardId: idSchema,
  code: text(LIMITS.code),
  title: text(LIMITS.name),
  performance: performanceSchema,
  indicators: z
    .array(
      z.strictObject({
        indicatorId: idSchema,
        name: text(LIMITS.name),
        value: valueSchema.nullable(),
        performance: performanceSchema,
        reason: text(LIMITS.name),
      }),
    )
    .max(LIMITS.indicatorsPerCard),
});

export const scoreSnapshotSchema: z.ZodType<ScoreSnapshot> = z.strictObject({
  date: isoDateSchema,
  performance: performanceSchema,
  cards: z.array(snapshotCardSchema).max(LIMITS.cardsPerPlan),
});

export const closureSchema: z.ZodType<Closure> = z.strictObject({
  date: isoDateSchema,
  closedAt: text(40),
  closedBy: text(LIMITS.shortText),
  snapshot: scoreSnapshotSchema,
});

export const amendmentSchema: z.ZodType<Amendment> = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  cardId: idSchema.nullable(),
  indicatorId: idSchema.nullable(),
  cardCode: text(LIMITS.code),
  indicatorName: text(LIMITS.name),
  before: valueSchema.nullable(),
  after: valueSchema.nullable(),
  reason: text(LIMITS.name),
  author: text(LIMITS.shortText),
  amendedAt: text(40),
});

export const planStatusSchema: z.ZodType<PlanStatus> = z.strictObject({
  stage: z.enum(['bozza', 'approvato', 'chiuso']),
  approvedOn: isoDateSchema.optional(),
  deliberation: text(LIMITS.shortText).optional(),
});

export const planDocumentSchema: z.ZodType<PlanDocument> = z.strictObject({
  id: idSchema,
  settings: planSettingsSchema,
  catalogues: cataloguesSchema,
  cards: z.array(cardSchema).max(LIMITS.cardsPerPlan),
  closures: z.array(closureSchema).max(LIMITS.monitoringDates).optional(),
  amendments: z.array(amendmentSchema).max(LIMITS.amendments).optional(),
  status: planStatusSchema.optional(),
});
