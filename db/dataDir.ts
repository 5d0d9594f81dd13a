/**
 * The user's data folder of PIRA Desk, where backups and working copies of shared files live: the same folder
 * Electron's `app.getPath('userData')` gives the desktop app, computed here for the CLI and the harness.
 * `PIRA_DESK_DATA_DIR` overrides it (tests, or an office that wants it elsewhere).
 */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'PIRA Desk';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (env.PIRA_DESK_DATA_DIR) return path.resolve(env.PIRA_DESK_DATA_DIR);
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), PRODUCT_NAME);
}
