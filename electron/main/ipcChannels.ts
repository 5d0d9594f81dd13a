/**
 * Names of the two IPC channels between the preload and the main process, and the sender check.
 * Why: the preload (sandboxed, bundled alone) and the main process must agree on them; trust is decided from
 * the sending frame's URL, never from anything the page says about itself. No electron import.
 */
import { isAppUrl } from './appUrl';

/** Renderer → main: `invoke(INVOKE_CHANNEL, method, request)` answered with an `ApiResult`. */
export const INVOKE_CHANNEL = 'pira:invoke';
/** Main → renderer: one `MenuCommand` string per message. */
export const MENU_COMMAND_CHANNEL = 'pira:menu-command';

/** Only the top frame of a page of our own origin may call the API. */
export function isTrustedSender(frame: { url: string; isTopFrame: boolean } | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.isTopFrame && isAppUrl(frame.url);
}
