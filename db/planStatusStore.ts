/**
 * The status of each plan in the file (table plan_status, migration 9): no row = bozza. Why apart: only the status
 * change and a revert of one write here; every other write reads it to apply the rules of shared/planStatus.ts.
 */
import type Database from 'better-sqlite3';
import type { PlanStage, PlanStatus } from '../shared/model';
import { DRAFT } from '../shared/planStatus';
import { statement } from './statements';

interface StatusRow {
  stage: PlanStage;
  approved_on: string;
  deliberation: string;
}

export function readPlanStatus(db: Database.Database, planId: number): PlanStatus {
  const row = statement(db, 'SELECT stage, approved_on, deliberation FROM plan_status WHERE plan_id = ?').get(planId) as StatusRow | undefined;
  return row ? { stage: row.stage, approvedOn: row.approved_on, deliberation: row.deliberation } : DRAFT;
}

/** Stores `status` as it is (a draft removes the row; an approved or closed plan must carry its deliberation). */
export function writePlanStatus(db: Database.Database, planId: number, status: PlanStatus): void {
  statement(db, 'DELETE FROM plan_status WHERE plan_id = ?').run(planId);
  if (status.stage === 'bozza') return;
  statement(db, 'INSERT INTO plan_status (plan_id, stage, approved_on, deliberation) VALUES (?, ?, ?, ?)').run(
    planId,
    status.stage,
    status.approvedOn ?? '',
    status.deliberation ?? '',
  );
}
