/**
 * The CLI's commands, in the order `help` lists them. Adding a command is one line here.
 */
import type { CliCommand } from './command';
import { backupsCommand } from './commands/backups';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/exportWorkbook';
import { importCommand } from './commands/importWorkbook';
import { helpCommand } from './commands/help';
import { initCommand } from './commands/init';
import { restoreCommand } from './commands/restore';
import { scoreCommand } from './commands/score';
import { undoImportCommand } from './commands/undoImport';
import { rolloverCommand } from './commands/rollover';
import { compareCommand } from './commands/compare';
import { logCommand } from './commands/log';
import { statusCommand } from './commands/status';
import { layoutsCommand } from './commands/layouts';

export const COMMANDS: readonly CliCommand[] = [
  initCommand,
  scoreCommand,
  checkCommand,
  exportCommand,
  importCommand,
  undoImportCommand,
  layoutsCommand,
  rolloverCommand,
  compareCommand,
  logCommand,
  statusCommand,
  backupsCommand,
  restoreCommand,
  helpCommand,
];
