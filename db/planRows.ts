/**
 * Rows <-> plan settings and summaries. Why: the `plans` table is the only place where a year (per ente) must
 * be unique in the file, and where "this plan does not exist" is decided.
 */
import type Database from 'better-sqlite3';
import type { PlanSettings, PlanSummary } from '../shared/model';
import { readMonitoringDates, writeMonitoringDates } from './monitoringDates';
import { PlanFileError, assertCurrentVersion } from './planFileError';
import { statement } from './statements';
import { decodePolicy, encodePolicy } from './storedJson';

interface PlanRow {
  id: number;
  ente: string;
  year: number;
  title: string;
  monitoring_date: string;
  horizon_start: number;
  horizon_end: number;
  premessa: string;
  policy_json: string;
  settings_version: number;
}

export function planNotFound(planId: number): PlanFileError {
  return new PlanFileError(
    'not-found',
    `Il piano n. ${planId} non esiste in questo file (forse è stato eliminato): ricaricare l'elenco dei piani.`,
  );
}

export function assertPlanExists(db: Database.Database, planId: number): void {
  if (!statement(db, 'SELECT 1 FROM plans WHERE id = ?').get(planId)) throw planNotFound(planId);
}

export function listPlanSummaries(db: Database.Database): PlanSummary[] {
  return statement(
    db,
    `SELECT p.id, p.ente, p.year, p.title, (SELECT count(*) FROM cards c WHERE c.plan_id = p.id) AS cardCount
     FROM plans p ORDER BY p.year, p.ente, p.id`,
  ).all() as PlanSummary[];
}

export function readPlanSummary(db: Database.Database, planId: number): PlanSummary {
  const summary = listPlanSummaries(db).find((p) => p.id === planId);
  if (!summary) throw planNotFound(planId);
  return summary;
}

export function readSettings(db: Database.Database, planId: number): PlanSettings {
  const row = statement(db, 'SELECT * FROM plans WHERE id = ?').get(planId) as PlanRow | undefined;
  if (!row) throw planNotFound(planId);
  return {
    ente: row.ente,
    year: row.year,
    title: row.title,
    monitoringDate: row.monitoring_date,
    monitoringDates: readMonitoringDates(db, planId),
    horizonStart: row.horizon_start,
    horizonEnd: row.horizon_end,
    premessa: row.premessa,
    policy: decodePolicy(row.policy_json, `criteri di calcolo del piano ${row.year}`),
    version: row.settings_version,
  };
}

/** One plan per ente and year: refuses a second one (`planId` is the plan being saved, 0 for a new one). */
function assertYearFree(db: Database.Database, settings: PlanSettings, planId: number): void {
  const holder = statement(db, 'SELECT id FROM plans WHERE ente = ? AND year = ?').get(settings.ente, settings.year) as
    | { id: number }
    | undefined;
  if (holder && holder.id !== planId) {
    throw new PlanFileError(
      'conflict',
      `Esiste già un piano ${settings.year} per «${settings.ente}» in questo file: aprire quello o scegliere un altro anno.`,
    );
  }
}

function settingsParams(settings: PlanSettings) {
  return {
    ente: settings.ente,
    year: settings.year,
    title: settings.title,
    monitoring_date: settings.monitoringDate,
    horizon_start: settings.horizonStart,
    horizon_end: settings.horizonEnd,
    premessa: settings.premessa,
    policy_json: encodePolicy(settings.policy),
  };
}

export function insertSettings(db: Database.Database, settings: PlanSettings): number {
  assertYearFree(db, settings, 0);
  const result = statement(
    db,
    `INSERT INTO plans (ente, year, title, monitoring_date, horizon_start, horizon_end, premessa, policy_json)
     VALUES (@ente, @year, @title, @monitoring_date, @horizon_start, @horizon_end, @premessa, @policy_json)`,
  ).run(settingsParams(settings));
  const planId = Number(result.lastInsertRowid);
  writeMonitoringDates(db, planId, settings);
  return planId;
}

/** Replaces the settings of `planId`; refused when `settings.version` is older than the file's. */
export function updateSettings(db: Database.Database, planId: number, settings: PlanSettings): void {
  const stored = statement(db, 'SELECT year, settings_version FROM plans WHERE id = ?').get(planId) as
    | { year: number; settings_version: number }
    | undefined;
  if (!stored) throw planNotFound(planId);
  assertCurrentVersion(settings.version, stored.settings_version, {
    what: `le impostazioni del piano ${stored.year}`,
    modified: 'modificate',
  });
  assertYearFree(db, settings, planId);
  statement(
    db,
    `UPDATE plans SET ente = @ente, year = @year, title = @title, monitoring_date = @monitoring_date,
       horizon_start = @horizon_start, horizon_end = @horizon_end, premessa = @premessa, policy_json = @policy_json,
       settings_version = settings_version + 1
     WHERE id = @id`,
  ).run({ ...settingsParams(settings), id: planId });
  writeMonitoringDates(db, planId, settings);
}
