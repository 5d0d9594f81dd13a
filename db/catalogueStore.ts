/**
 * Rows <-> `Catalogues` of one plan: missioni, programmi with aliases, ambiti with lines, obiettivi strategici
 * and the plain named lists. Saving replaces the whole set; duplicates are refused with an Italian message.
 */
import type Database from 'better-sqlite3';
import type { Catalogues } from '../shared/model';
import { groupBy } from './groupBy';
import { PlanFileError, assertCurrentVersion } from './planFileError';
import { statement } from './statements';

type NamedCatalogue = 'aree' | 'uffici' | 'tipologie' | 'unita';
const NAMED: readonly NamedCatalogue[] = ['aree', 'uffici', 'tipologie', 'unita'];

const LABELS = {
  missioni: 'Missioni',
  programmi: 'Programmi',
  aliases: 'Programmi (denominazioni e codici precedenti)',
  ambiti: 'Ambiti strategici',
  lines: 'Linee degli ambiti strategici',
  obiettiviStrategici: 'Obiettivi strategici',
  aree: 'Aree di responsabilità',
  uffici: 'Uffici',
  tipologie: 'Tipologie di indicatore',
  unita: 'Unità di misura',
} as const;

function assertUnique(keys: string[], catalogue: keyof typeof LABELS, what: string): void {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) {
      throw new PlanFileError(
        'conflict',
        `Catalogo «${LABELS[catalogue]}»: ${what} «${key}» compare più di una volta; correggere prima di salvare.`,
      );
    }
    seen.add(key);
  }
}

/** Storage keys must be unique (codes, aliases, names); the message names the catalogue and the duplicate. */
export function assertCataloguesStorable(c: Catalogues): void {
  assertUnique(c.missioni.map((m) => m.code), 'missioni', 'il codice');
  assertUnique(c.programmi.map((p) => p.code), 'programmi', 'il codice');
  assertUnique(c.programmi.flatMap((p) => p.aliases), 'aliases', 'la voce');
  assertUnique(c.ambiti.map((a) => a.code), 'ambiti', 'il codice');
  assertUnique(c.ambiti.flatMap((a) => a.lines.map((l) => l.code)), 'lines', 'il codice');
  assertUnique(c.obiettiviStrategici.map((o) => o.code), 'obiettiviStrategici', 'il codice');
  for (const name of NAMED) assertUnique(c[name].map((e) => e.name), name, 'la voce');
}

const TABLES = ['missioni', 'programmi', 'ambiti', 'obiettivi_strategici', 'catalogue_entries'] as const;

/**
 * Moves the catalogues of existing plan `planId` to their next version before they are replaced; refused when
 * `sent` (the version the caller loaded, when it says) is older than the file's.
 */
export function nextCataloguesVersion(db: Database.Database, planId: number, sent: number | undefined): void {
  const stored = statement(db, 'SELECT year, catalogues_version FROM plans WHERE id = ?').get(planId) as {
    year: number;
    catalogues_version: number;
  };
  assertCurrentVersion(sent, stored.catalogues_version, { what: `i cataloghi del piano ${stored.year}`, modified: 'modificati' });
  statement(db, 'UPDATE plans SET catalogues_version = catalogues_version + 1 WHERE id = ?').run(planId);
}

/** Replaces all catalogues of `planId` (call inside a transaction). */
export function writeCatalogues(db: Database.Database, planId: number, c: Catalogues): void {
  assertCataloguesStorable(c);
  // Aliases and lines go with their parent rows (ON DELETE CASCADE).
  for (const table of TABLES) statement(db, `DELETE FROM ${table} WHERE plan_id = ?`).run(planId);
  const coded = (table: string) =>
    statement(db, `INSERT INTO ${table} (plan_id, position, code, name) VALUES (?, ?, ?, ?)`);
  c.missioni.forEach((m, i) => coded('missioni').run(planId, i, m.code, m.name));
  c.obiettiviStrategici.forEach((o, i) => coded('obiettivi_strategici').run(planId, i, o.code, o.name));
  const alias = statement(
    db,
    'INSERT INTO programma_aliases (plan_id, programma_code, position, alias) VALUES (?, ?, ?, ?)',
  );
  c.programmi.forEach((p, i) => {
    coded('programmi').run(planId, i, p.code, p.name);
    p.aliases.forEach((a, j) => alias.run(planId, p.code, j, a));
  });
  const ambito = statement(
    db,
    'INSERT INTO ambiti (plan_id, position, code, name, description) VALUES (?, ?, ?, ?, ?)',
  );
  const line = statement(
    db,
    'INSERT INTO ambito_lines (plan_id, ambito_code, position, code, name) VALUES (?, ?, ?, ?, ?)',
  );
  c.ambiti.forEach((a, i) => {
    ambito.run(planId, i, a.code, a.name, a.description);
    a.lines.forEach((l, j) => line.run(planId, a.code, j, l.code, l.name));
  });
  const entry = statement(db, 'INSERT INTO catalogue_entries (plan_id, catalogue, position, name) VALUES (?, ?, ?, ?)');
  for (const name of NAMED) c[name].forEach((e, i) => entry.run(planId, name, i, e.name));
}

interface CodedRow {
  code: string;
  name: string;
}

export function readCatalogues(db: Database.Database, planId: number): Catalogues {
  const coded = (table: string) =>
    statement(db, `SELECT code, name FROM ${table} WHERE plan_id = ? ORDER BY position`).all(planId) as CodedRow[];
  const aliases = groupBy(
    statement(db, 'SELECT programma_code, alias FROM programma_aliases WHERE plan_id = ? ORDER BY position').all(
      planId,
    ) as { programma_code: string; alias: string }[],
    (r) => r.programma_code,
  );
  const lines = groupBy(
    statement(db, 'SELECT ambito_code, code, name FROM ambito_lines WHERE plan_id = ? ORDER BY position').all(
      planId,
    ) as (CodedRow & { ambito_code: string })[],
    (r) => r.ambito_code,
  );
  const ambiti = statement(
    db,
    'SELECT code, name, description FROM ambiti WHERE plan_id = ? ORDER BY position',
  ).all(planId) as (CodedRow & { description: string })[];
  const entries = groupBy(
    statement(db, 'SELECT catalogue, name FROM catalogue_entries WHERE plan_id = ? ORDER BY position').all(
      planId,
    ) as { catalogue: NamedCatalogue; name: string }[],
    (r) => r.catalogue,
  );
  const named = (catalogue: NamedCatalogue) => (entries.get(catalogue) ?? []).map((r) => ({ name: r.name }));
  const version = statement(db, 'SELECT catalogues_version FROM plans WHERE id = ?').pluck().get(planId) as number | undefined;
  return {
    missioni: coded('missioni').map((r) => ({ code: r.code, name: r.name })),
    programmi: coded('programmi').map((r) => ({
      code: r.code,
      name: r.name,
      aliases: (aliases.get(r.code) ?? []).map((a) => a.alias),
    })),
    ambiti: ambiti.map((a) => ({
      code: a.code,
      name: a.name,
      description: a.description,
      lines: (lines.get(a.code) ?? []).map((l) => ({ code: l.code, name: l.name })),
    })),
    obiettiviStrategici: coded('obiettivi_strategici').map((r) => ({ code: r.code, name: r.name })),
    aree: named('aree'),
    uffici: named('uffici'),
    tipologie: named('tipologie'),
    unita: named('unita'),
    ...(version === undefined ? {} : { version }),
  };
}
