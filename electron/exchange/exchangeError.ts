/**
 * The failure of an exchange step, with the API's code and an Italian message (recognised by the dispatcher through
 * `code`). Why its own module: the service, the mapping step and the layouts in use all raise it.
 */
import type { Problem } from '../../shared/api';

export class ExchangeError extends Error {
  constructor(
    readonly code: 'not-found' | 'conflict' | 'invalid-request' | 'import-refused',
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'ExchangeError';
  }
}
