/**
 * Runs one CLI invocation against a command list and returns its exit code; all output goes through `io`.
 * Why a function: tests call it directly on temporary files; main.ts only binds it to the process.
 */
import { describeFsError } from '../../db/fsErrors';
import { PlanFileError } from '../../db/planFileError';
import { CliError, EXIT, type CliCommand, type CliIo, type ExitCode } from './command';
import { parseOptions } from './options';
import { COMMANDS } from './registry';

/** What the user reads when a command fails for a reason nobody foresaw. */
export const INTERNAL_MESSAGE =
  'si è verificato un errore interno imprevisto e il comando non è stato completato. Riprovare; se il problema ' +
  'persiste, segnalarlo insieme al file usato (con PIRA_DESK_DEBUG=1 il comando stampa anche il dettaglio tecnico).';

export async function runCli(args: readonly string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<ExitCode> {
  const [name = 'help', ...rest] = args;
  try {
    const command = commands.find((c) => c.name === name);
    if (!command) {
      const known = commands.map((c) => c.name).join(', ');
      throw new CliError(`Comando sconosciuto: «${name}». Comandi disponibili: ${known}.`, EXIT.usage);
    }
    return await command.run(parseOptions(command, rest), io, commands);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`Errore: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof PlanFileError) {
      io.err(`Errore: ${error.message}\n`);
      return EXIT.failed;
    }
    const fsProblem = describeFsError(error);
    if (fsProblem !== null) {
      io.err(`Errore: ${fsProblem}\n`);
      return EXIT.failed;
    }
    // The user reads Italian only (issue 19: "The number Infinity cannot be converted to a BigInt" reached them);
    // the technical detail is printed for whoever debugs PIRA Desk, on request.
    io.err(`Errore: ${INTERNAL_MESSAGE}\n`);
    if (process.env.PIRA_DESK_DEBUG) io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.failed;
  }
}
