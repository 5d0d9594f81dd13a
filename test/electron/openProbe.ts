/**
 * Opens a plan file for editing the way the app does (lock, backups) in its own process and says how it went:
 * `aperto` or `rifiutato: <message>`. Why a child process: a plan "file" that is a FIFO used to block the opener
 * in a system call, which no test timeout can interrupt inside the test runner.
 * Usage: tsx test/electron/openProbe.ts FILE DATA_DIR
 */
import { openEditingFile } from '../../electron/app/editingFile';

const [file = '', dataDir = ''] = process.argv.slice(2);
try {
  const editing = await openEditingFile(file, { dataDir, log: () => undefined });
  await editing.close();
  console.log('aperto');
} catch (error) {
  console.log(`rifiutato: ${(error as Error).message}`);
}
