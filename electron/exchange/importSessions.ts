/**
 * Parsed imports waiting for the user's "Applica", each behind an opaque random token that expires.
 * Why: apply must write exactly what the preview showed, without parsing the file again; a few entries at most
 * are kept, so abandoned previews cannot pile up in memory.
 */
import { randomUUID } from 'node:crypto';
import type { PlanDocument } from '../../shared/model';

export interface PendingImport {
  /** The plan file the preview was made against. */
  filePath: string;
  planId: number | null;
  /** The document apply will store. */
  doc: PlanDocument;
  /** The stored plan as it was at preview time (JSON), to refuse an apply over later edits. */
  storedSnapshot: string;
  canApply: boolean;
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
