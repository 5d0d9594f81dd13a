// Closing the window with unsaved values: the native question is Italian, "stay" is the default and the cancel
// (Esc, closing the box), and only the explicit second button leaves.
import { describe, expect, it } from 'vitest';
import { leavesAnyway, UNSAVED_LEAVE_DIALOG } from '../../electron/main/unsavedLeave';

describe('closing with unsaved values', () => {
  it('asks in Italian and stays unless told to close', () => {
    expect(UNSAVED_LEAVE_DIALOG.buttons).toEqual(['Resta e correggi', 'Chiudi senza salvarli']);
    expect([UNSAVED_LEAVE_DIALOG.defaultId, UNSAVED_LEAVE_DIALOG.cancelId]).toEqual([0, 0]);
    expect(UNSAVED_LEAVE_DIALOG.detail).toContain('non sono nel file');
    expect([leavesAnyway(0), leavesAnyway(1), leavesAnyway(-1)]).toEqual([false, true, false]);
  });
});
