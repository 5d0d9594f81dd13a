/**
 * Runs one CLI invocation against a command list and returns its exit code; all output goes through `io`.
 * Why a function: tests call it directly on temporary files; main.ts only binds it to the process.
 */
import { describeFsError } from '../../db/fsErrors';
import { PlanFileError } from '../../db/planFileError';
import { CliError, EXIT, type CliCommand, type CliIo, type ExitCode } from './command';
import { parseOptions } from './options';
import { COMMANDS } from './registry';

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
    io.err(`Errore interno imprevisto: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
