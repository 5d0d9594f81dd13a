/**
 * zod schemas of a layout (columnLayout.ts): checked on the API's mapping requests, on the layouts read back from
 * the plan file and on a layout file sent by a colleague. Why: a layout file comes from outside; nothing in it may
 * reach the engine unchecked (unknown fields, huge texts, thousands of columns).
 */
import { z } from 'zod';
import type { ColumnLayout, FieldMeaning, SavedLayout } from './columnLayout';
import { MAPPABLE_CARD_FIELDS, MAPPABLE_INDICATOR_FIELDS } from './layoutFields';
import { isoDateSchema, text, yearSchema } from '../schemas';

export const MAX_LAYOUT_COLUMNS = 200;
export const MAX_LAYOUT_NAME = 80;
const MAX_ROW = 20_000;

export const fieldMeaningSchema: z.ZodType<FieldMeaning> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('card'), field: z.enum(MAPPABLE_CARD_FIELDS) }),
  z.strictObject({ kind: z.literal('field'), field: z.enum(MAPPABLE_INDICATOR_FIELDS) }),
  z.strictObject({ kind: z.literal('target'), year: yearSchema.nullable(), offset: z.int().min(0).max(10).optional() }),
  z.strictObject({ kind: z.literal('measurement'), date: isoDateSchema.nullable(), previousYear: z.boolean().optional() }),
  z.strictObject({ kind: z.literal('codeAndTitle') }),
  z.strictObject({ kind: z.literal('ignore') }),
]);

/** A layout's name: what the user reads in lists and messages. */
export const layoutNameSchema = text(MAX_LAYOUT_NAME).refine((name) => name.trim() !== '', { error: 'indicare un nome' });

const row = z.int().min(1).max(MAX_ROW);

export const columnLayoutSchema: z.ZodType<ColumnLayout> = z.strictObject({
  name: text(MAX_LAYOUT_NAME),
  headerRow: row,
  firstDataRow: row,
  columns: z.array(z.strictObject({ header: text(300).min(1), meaning: fieldMeaningSchema })).min(1).max(MAX_LAYOUT_COLUMNS),
});

export const savedLayoutSchema: z.ZodType<SavedLayout> = z.strictObject({
  name: layoutNameSchema,
  headerRow: row,
  firstDataRow: row,
  columns: z.array(z.strictObject({ header: text(300).min(1), meaning: fieldMeaningSchema })).min(1).max(MAX_LAYOUT_COLUMNS),
  savedAt: text(40),
});

/** The file a layout travels in: what it is, its version, the layout. */
export const LAYOUT_FILE_FORMAT = 'PIRA Desk – modello di importazione';
export const layoutFileSchema = z.strictObject({
  formato: z.literal(LAYOUT_FILE_FORMAT),
  versione: z.literal(1),
  modello: savedLayoutSchema,
});
export type LayoutFile = z.infer<typeof layoutFileSchema>;
