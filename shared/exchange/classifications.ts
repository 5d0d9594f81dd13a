/**
 * Maps what a workbook writes in the classification columns to catalogue codes: `11`, `011 – Competitività…` or
 * the name for a missione; `011.005`, `005 – Promozione…`, a name, or an old code/name (programma aliases).
 * Why: foreign and older workbooks use old programme codes and names; the plan must store the current code.
 */
import type { Catalogues } from '../model';
import { normalizeHeader } from './headerText';

export interface Resolved {
  code: string;
  /** Set when the written text was translated (shown to the user as a warning). */
  note?: string;
}

const LEADING_CODE = /^\s*(\d{1,3}(?:\.\d{3})?)\s*(?:[-–—:]\s*|\s+|$)(.*)$/s;
const LINE_CODE = /^\s*(\d{2}_\d{2})\b/;

export function resolveMissione(written: string, catalogues: Catalogues): Resolved {
  const match = LEADING_CODE.exec(written);
  if (match?.[1] && !match[1].includes('.')) return { code: match[1].padStart(3, '0') };
  const byName = catalogues.missioni.find((m) => normalizeHeader(m.name) === normalizeHeader(written));
  return byName ? { code: byName.code } : { code: written.trim() };
}

export function resolveProgramma(written: string, missione: string, catalogues: Catalogues): Resolved {
  const text = written.trim();
  const match = LEADING_CODE.exec(text);
  const rawCode = match?.[1] ?? '';
  const code = rawCode.includes('.') ? rawCode : rawCode !== '' && missione !== '' ? `${missione}.${rawCode.padStart(3, '0')}` : '';
  const name = normalizeHeader(match ? (match[2] ?? '') : text);
  const exact = catalogues.programmi.find((p) => p.code === code);
  if (exact) return { code: exact.code };
  const named = catalogues.programmi.find((p) => name !== '' && normalizeHeader(p.name) === name);
  if (named) return { code: named.code };
  const aliased = catalogues.programmi.find((p) =>
    p.aliases.some((alias) => alias === code || (name !== '' && normalizeHeader(alias) === name) || normalizeHeader(alias) === normalizeHeader(text)),
  );
  if (aliased) return { code: aliased.code, note: `programma «${shorten(text)}» ricondotto a ${aliased.code} (${shorten(aliased.name)})` };
  return { code: code !== '' ? code : text };
}

export function resolveAmbitoLine(written: string): string {
  return LINE_CODE.exec(written)?.[1] ?? written.trim();
}

export function resolveObiettivoStrategico(written: string, catalogues: Catalogues): string {
  const byName = catalogues.obiettiviStrategici.find((o) => normalizeHeader(o.name) === normalizeHeader(written));
  return byName ? byName.code : written.trim();
}

function shorten(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}…` : text;
}
