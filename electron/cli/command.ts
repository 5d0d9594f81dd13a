/**
 * What a CLI command is: a name, its options, a one-line summary and a `run` that writes to `io`.
 * Why: commands are data in a registry, so `help`, option checking and tests treat them all alike.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes: 0 success, 1 the command failed or found errors, 2 the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface OptionSpec {
  /** `value` takes an argument (`--db FILE` or `--db=FILE`); `flag` takes none. */
  kind: 'value' | 'flag';
  required?: boolean;
  /** Placeholder shown in help: `FILE`, `AAAA`. */
  placeholder?: string;
  description: string;
  /** A `value` option that may also be given as a bare argument (`import --db F IN.xlsx`). */
  positional?: boolean;
  /** A `value` option that may be given several times, or as several bare arguments (`import --db F A.xlsx B.ods`). */
  repeatable?: boolean;
}

export type ParsedOptions = Record<string, string | string[] | true | undefined>;

export interface CliCommand {
  name: string;
  summary: string;
  options: Record<string, OptionSpec>;
  run(options: ParsedOptions, io: CliIo, commands: readonly CliCommand[]): Promise<ExitCode> | ExitCode;
}

/** `--take-over` of the commands that write the file: the user confirms taking it from the user the lock names. */
export const TAKE_OVER_OPTION: OptionSpec = {
  kind: 'flag',
  description: 'prende il file a chi lo tiene aperto (solo se si è certi che non lo stia usando: i suoi salvataggi successivi saranno rifiutati)',
};

/** A failure with an Italian message for stderr and the exit code to return. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.failed,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * The `run` of a command whose work lives in another module, loaded only when the command runs.
 * Why: `pira help` (and every command's start) would otherwise load SQLite, SheetJS and zod for nothing.
 */
export function lazyRun(load: () => Promise<{ run: CliCommand['run'] }>): CliCommand['run'] {
  return async (options, io, commands) => (await load()).run(options, io, commands);
}
