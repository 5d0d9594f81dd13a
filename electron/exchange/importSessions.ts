/**
 * Parsed imports waiting for the user's choices and "Applica", each behind an opaque random token that expires.
 * Why: choices and apply must work on exactly the workbooks the preview showed, without parsing them again; a few
 * entries at most are kept, so abandoned previews cannot pile up in memory.
 */
import { randomUUID } from 'node:crypto';
import type { ColumnLayout } from '../../shared/exchange/columnLayout';
import type { ImportFile, ImportOutcome } from '../../shared/exchange/importWorkbooks';
import type { PlanDocument } from '../../shared/model';

export interface PendingImport {
  /** The plan file the preview was made against. */
  filePath: string;
  planId: number | null;
  /** The workbooks as read by the worker. */
  files: ImportFile[];
  /** The stored plan as it was at preview time, and its stamp (db/planStamp.ts) to refuse an apply over later edits. */
  stored: PlanDocument | null;
  storedStamp: string | null;
  options: { year?: number; ente?: string };
  choices: Record<string, string>;
  /** The sheets the user mapped in this import: each layout was made on `source` and reads every sheet it fits. */
  mappings: { source: { fileIndex: number; sheet: string }; layout: ColumnLayout }[];
  /** A saved layout asked for by name (`import --layout NOME`). */
  layoutName?: string;
  /** The preview of the current choices: `outcome.doc` is what apply stores. */
  outcome: ImportOutcome;
  /** Errors found outside the pure mapping (a plan of the same year and ente already in the file). */
  extraProblems: ImportOutcome['problems'];
}

export class ImportSessions {
  private readonly entries = new Map<string, { pending: PendingImport; expires: number }>();

  constructor(
    private readonly ttlMs = 30 * 60_000,
    private readonly maxEntries = 8,
    private readonly now: () => number = Date.now,
  ) {}

  put(pending: PendingImport): string {
    this.sweep();
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    const token = randomUUID();
    this.entries.set(token, { pending, expires: this.now() + this.ttlMs });
    return token;
  }

  /** The pending import (its expiry renewed), or `null` when unknown or expired. */
  get(token: string): PendingImport | null {
    this.sweep();
    const entry = this.entries.get(token);
    if (!entry) return null;
    entry.expires = this.now() + this.ttlMs;
    return entry.pending;
  }

  replace(token: string, pending: PendingImport): void {
    const entry = this.entries.get(token);
    if (entry) entry.pending = pending;
  }

  /** Removes and returns the pending import, or `null` when unknown or expired. */
  take(token: string): PendingImport | null {
    this.sweep();
    const entry = this.entries.get(token);
    this.entries.delete(token);
    return entry ? entry.pending : null;
  }

  private sweep(): void {
    const now = this.now();
    for (const [token, entry] of this.entries) if (entry.expires <= now) this.entries.delete(token);
  }
}
