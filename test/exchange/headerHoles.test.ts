// The holes of a header are found once per table (issue 21); the row check answers as the scan it replaced: the
// first filled cell in a hole inside the table's width, left to right, except the value column of a split target.
import { describe, expect, it } from 'vitest';
import { cellInHeaderHole, headerHoles } from '../../shared/exchange/documentCells';
import type { SheetCell } from '../../shared/exchange/sheetTypes';

const text = (t: string): SheetCell => ({ kind: 'text', text: t });
/** A row from a short notation: `x` a filled cell, `.` an empty one, `_` a cell holding only spaces. */
const rowOf = (cells: string): (SheetCell | null)[] => [...cells].map((c) => (c === 'x' ? text('5') : c === '_' ? text('  ') : null));

describe('headerHoles', () => {
  it.each([
    { headed: [0, 1, 2, 3], holes: [] },
    { headed: [0, 2, 5], holes: [1, 3, 4] },
    { headed: [5, 2, 0], holes: [1, 3, 4] },
    { headed: [3], holes: [] },
    { headed: [], holes: [] },
  ])('headers at $headed leave holes at $holes', ({ headed, holes }) => {
    expect(headerHoles(new Set(headed))).toEqual(holes);
  });
});

describe('cellInHeaderHole', () => {
  const holes = headerHoles(new Set([0, 2, 5]));
  it.each([
    { row: 'xxxxxx', split: [], hole: 1 },
    { row: 'x.xxxx', split: [], hole: 3 },
    { row: 'x.x.xx', split: [], hole: 4 },
    { row: 'x_x_.x', split: [], hole: null },
    { row: 'xxxxxx', split: [1], hole: 3 },
    { row: 'xxxxxx', split: [1, 3, 4], hole: null },
    { row: 'x.x', split: [], hole: null },
    { row: 'x.xx', split: [], hole: 3 },
    { row: 'x.x.x.xxx', split: [], hole: 4 },
    { row: '', split: [], hole: null },
  ])('row $row with split values at $split: hole $hole', ({ row, split, hole }) => {
    expect(cellInHeaderHole(rowOf(row), holes, split.length > 0 ? new Set(split) : null)).toBe(hole);
  });

  it('looks nowhere in a table whose header has no hole', () => {
    expect(cellInHeaderHole(rowOf('xxxxxxxx'), headerHoles(new Set([0, 1, 2])), null)).toBe(null);
  });
});
