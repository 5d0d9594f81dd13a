/**
 * The process's clock moved on purpose: `Date` (and `Date.now`) read the real time plus an offset the caller sets,
 * so the real code (CLI commands, backups, locks) runs as on a computer whose clock jumps ahead, back, or days on.
 * Why not an option of the code: the backup scenario must exercise the commands exactly as they run.
 * The file system's own times (mtime) stay real; the backups' dates come from what they hold.
 */
const RealDate = Date;

export interface ShiftedClock {
  /** The simulated now (ms since the epoch). */
  now(): number;
  /** Moves the simulated clock to `ms`. */
  set(ms: number): void;
  advance(ms: number): void;
  /** Puts the real clock back. */
  restore(): void;
}

export function shiftClock(): ShiftedClock {
  let offset = 0;
  class ShiftedDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as ConstructorParameters<DateConstructor>));
    }

    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
  return {
    now: () => RealDate.now() + offset,
    set: (ms) => {
      offset = ms - RealDate.now();
    },
    advance: (ms) => {
      offset += ms;
    },
    restore: () => {
      globalThis.Date = RealDate;
    },
  };
}
