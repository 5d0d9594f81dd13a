/**
 * The question Electron asks when the page refuses to unload (values typed but not saved, issue 8): the page's
 * `beforeunload` alone would silently keep the window open, so main asks with a native dialog.
 * Why a module: the wording and the answer's meaning are decided here and unit-tested without Electron.
 */
export const UNSAVED_LEAVE_DIALOG = {
  type: 'question',
  title: 'PIRA Desk',
  message: 'Ci sono valori non salvati.',
  detail:
    'Alcuni valori scritti non si riescono a leggere e non sono nel file (sono segnalati nella scheda e nella barra in alto). ' +
    'Chiudendo andranno persi.',
  buttons: ['Resta e correggi', 'Chiudi senza salvarli'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
} as const;

/** True when the answer is to leave anyway (the page's refusal is then overridden). */
export function leavesAnyway(response: number): boolean {
  return response === 1;
}
