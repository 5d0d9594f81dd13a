// New card codes: the next free LL_LL_OSnn of a line, the refusal of empty and duplicate codes, and the line a new
// card starts in from the list's ambito filter, on the real 2024 sample.
import { describe, expect, it } from 'vitest';
import { codeShapeProblem, lineFromAmbitoFilter, newCardCodeProblem, nextFreeCardCode } from '../../shared/cardCodes';
import { samplePlan2024 } from '../../shared/sample/plan2024';

const sampleCodes = samplePlan2024.cards.map((c) => c.code);

describe('nextFreeCardCode', () => {
  it.each<[string, string[], string]>([
    ['01_01', sampleCodes, '01_01_OS05'], // OS01, OS02, OS03, OS04 in use
    ['01_04', sampleCodes, '01_04_OS03'], // 01_04_OS01 is misfiled under 03_01 but still taken
    ['03_01', sampleCodes, '03_01_OS07'], // after the highest (OS06), not the gap OS04
    ['02_02', sampleCodes, '02_02_OS01'], // a line without cards
    [' 01_02 ', ['01_02_os01'], '01_02_OS02'], // trimmed, case ignored
    ['01_01', ['01_01_OS9', '01_01_OSX', '01_01_OS10_bis'], '01_01_OS10'], // only whole numbers count
    ['01_01', ['01_01_OS99'], '01_01_OS100'],
    ['', sampleCodes, ''],
    ['01', sampleCodes, ''], // an ambito is not a line
  ])('%j → %s', (line, codes, expected) => {
    expect(nextFreeCardCode(line, codes)).toBe(expected);
  });
});

describe('newCardCodeProblem', () => {
  it.each<[string, string | null]>([
    ['01_01_OS05', null],
    ['', 'Il codice è vuoto: scrivere un codice come 01_01_OS01.'],
    ['   ', 'Il codice è vuoto: scrivere un codice come 01_01_OS01.'],
    ['01_01_OS01', 'Il codice «01_01_OS01» è già usato da un’altra scheda di questo piano: sceglierne un altro.'],
    [' 01_01_os01 ', 'Il codice «01_01_OS01» è già usato da un’altra scheda di questo piano: sceglierne un altro.'],
    ['PROVA', null], // an unusual code is the editor's warning, not a refusal
  ])('%j → %s', (code, expected) => {
    expect(newCardCodeProblem(code, sampleCodes)).toBe(expected);
  });
});

describe('lineFromAmbitoFilter', () => {
  const ambiti = samplePlan2024.catalogues.ambiti;
  it.each<[string, string]>([
    ['01_03', '01_03'], // a line
    ['03', '03_01'], // the only line of ambito 03
    ['01', ''], // ambito 01 has several lines: the user chooses
    ['', ''],
    ['09_09', ''], // unknown
  ])('%j → %j', (filter, expected) => {
    expect(lineFromAmbitoFilter(filter, ambiti)).toBe(expected);
  });
});

describe('codeShapeProblem (issue 20: the new-card dialog says it before the card exists)', () => {
  it.each<[string, string, string | null]>([
    ['01_01_OS05', '01_01', null],
    [' 01_01_OS05 ', '01_01', null],
    ['01_01_OS05', '', null], // no line chosen yet: nothing to compare
    ['01_02_OS05', '01_01', 'code-ambito-mismatch'],
    ['03_04_OS04', '03_01', 'code-ambito-mismatch'], // as the seed files it
    ['OS05', '01_01', 'code-format'],
    ['01_01_OS5', '01_01', 'code-format'],
  ])('%j under %j → %s', (code, line, kind) => {
    expect(codeShapeProblem(code, line)?.kind ?? null).toBe(kind);
  });
  it('names the line the code should start with', () => {
    expect(codeShapeProblem('01_02_OS05', '01_01')?.message).toBe('Il codice "01_02_OS05" non corrisponde alla linea strategica 01_01: correggere il codice (01_01_OS..) oppure la linea.');
  });
});
