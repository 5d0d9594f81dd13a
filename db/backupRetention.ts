/**
 * Which automatic backups to keep (the rule docs/reliability.md states), pure so it is table-tested and the stress
 * run can check it against a model of its own. Each kind of backup (work, imports, undos and restores, format
 * upgrades, rescued working copies) is kept by its own tiers, so one kind never pushes out another:
 * - every backup of the last hour;
 * - the newest backup of each of the 14 most recent days that have one;
 * - the newest backup of each of the 12 most recent months that have one;
 * - a backup dated in the future (a clock that was wrong) is kept and never ranked among the newest;
 * - the protected ones (the backup just taken) are always kept;
 * then, over the size budget, the oldest go first, never a protected one nor the newest of its kind.
 * Why days and months "that have a backup" rather than calendar ones: a clock that jumps two years ahead, or an
 * office closed for August, then costs one day of the tier, not the whole history.
 */

/** The kinds of backup, each with tiers of its own. */
export type RetentionClass = 'lavoro' | 'importazione' | 'annullamento' | 'aggiornamento' | 'copia-di-lavoro';

export interface RetentionPolicy {
  /** Every backup younger than this is kept. */
  recentMs: number;
  /** The most recent days (with a backup) that keep their newest one. */
  days: number;
  /** The most recent months (with a backup) that keep their newest one. */
  months: number;
  /** A backup dated later than now by more than this is "in the future". */
  futureToleranceMs: number;
  /** Upper bound on the bytes of the backups of one plan file. */
  budgetBytes: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  recentMs: 60 * 60_000,
  days: 14,
  months: 12,
  futureToleranceMs: 5 * 60_000,
  budgetBytes: 1024 ** 3,
};

export interface RetainedBackup {
  takenAt: Date;
  kind: RetentionClass;
  bytes: number;
  /** Never removed (the backup just taken). */
  protected?: boolean;
}

const dayOf = (date: Date) => `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
const monthOf = (date: Date) => `${date.getFullYear()}-${date.getMonth()}`;

export function isFuture(takenAt: Date, now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): boolean {
  return takenAt.getTime() > now.getTime() + policy.futureToleranceMs;
}

/** Indices of the newest entry of each of the `count` most recent periods (`entries` newest first). */
function newestOfPeriods(entries: readonly { index: number; takenAt: Date }[], periodOf: (date: Date) => string, count: number): number[] {
  const seen = new Set<string>();
  const kept: number[] = [];
  for (const { index, takenAt } of entries) {
    const period = periodOf(takenAt);
    if (seen.has(period)) continue;
    if (seen.size === count) break;
    seen.add(period);
    kept.push(index);
  }
  return kept;
}

/** Indices into `backups` of those the rule keeps at `now`. */
export function backupsToKeep(backups: readonly RetainedBackup[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): Set<number> {
  const keep = new Set<number>();
  const newestOfKind = new Set<number>();
  const byKind = new Map<RetentionClass, { index: number; takenAt: Date }[]>();
  backups.forEach((backup, index) => {
    if (backup.protected) keep.add(index);
    if (isFuture(backup.takenAt, now, policy)) keep.add(index);
    else byKind.set(backup.kind, [...(byKind.get(backup.kind) ?? []), { index, takenAt: backup.takenAt }]);
  });
  for (const entries of byKind.values()) {
    entries.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.index - a.index);
    if (entries[0]) newestOfKind.add(entries[0].index);
    for (const { index, takenAt } of entries) if (now.getTime() - takenAt.getTime() <= policy.recentMs) keep.add(index);
    for (const index of newestOfPeriods(entries, dayOf, policy.days)) keep.add(index);
    for (const index of newestOfPeriods(entries, monthOf, policy.months)) keep.add(index);
  }
  let total = [...keep].reduce((sum, index) => sum + (backups[index]?.bytes ?? 0), 0);
  if (total <= policy.budgetBytes) return keep;
  // Over budget: past backups from the oldest, then future ones from the oldest claimed date.
  const evictable = [...keep]
    .filter((index) => !backups[index]?.protected && !newestOfKind.has(index))
    .sort((a, b) => {
      const [x, y] = [backups[a]!, backups[b]!];
      const future = Number(isFuture(x.takenAt, now, policy)) - Number(isFuture(y.takenAt, now, policy));
      return future || x.takenAt.getTime() - y.takenAt.getTime() || a - b;
    });
  for (const index of evictable) {
    if (total <= policy.budgetBytes) break;
    keep.delete(index);
    total -= backups[index]?.bytes ?? 0;
  }
  return keep;
}
