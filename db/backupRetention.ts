/**
 * Which automatic backups to keep: the newest few of today, the newest one of each earlier day for a couple of
 * weeks, and never more than a bounded total. Pure, so the rule is table-tested.
 */
export interface RetentionPolicy {
  /** Backups kept from the current day (the newest ones). */
  today: number;
  /** Earlier days that keep their newest backup. */
  days: number;
  /** Upper bound on the backups kept for one plan file. */
  total: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { today: 5, days: 14, total: 20 };

const dayOf = (date: Date) => `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;

/** Indices into `createdAt` of the backups to delete. */
export function backupsToDelete(createdAt: readonly Date[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): number[] {
  const newestFirst = createdAt.map((date, index) => ({ date, index })).sort((a, b) => b.date.getTime() - a.date.getTime());
  const today = dayOf(now);
  const keep = new Set<number>();
  const earlierDays = new Set<string>();
  let fromToday = 0;
  for (const { date, index } of newestFirst) {
    const day = dayOf(date);
    if (day === today || date > now) {
      if (fromToday < policy.today) keep.add(index);
      fromToday++;
    } else if (!earlierDays.has(day) && earlierDays.size < policy.days) {
      earlierDays.add(day);
      keep.add(index);
    }
  }
  const kept = newestFirst.filter(({ index }) => keep.has(index)).slice(0, policy.total);
  const survivors = new Set(kept.map(({ index }) => index));
  return createdAt.map((_, index) => index).filter((index) => !survivors.has(index));
}
