/**
 * The form the card search compares: lower case, accents removed («Qualità» is found by «qualita»).
 * Why shared: the back end folds each card's text once when it builds the list's rows; the search box folds what is
 * typed the same way.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
