// Remembered window bounds: invalid files give the default, stale positions never put the window off-screen.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextIfPresent, writeTextAtomically } from '../../electron/main/userDataFiles';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  parseWindowState,
  serializeWindowState,
  type WindowState,
} from '../../electron/main/windowState';

const good: WindowState = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true };

describe('parseWindowState', () => {
  it('round-trips a valid state', () => {
    expect(parseWindowState(serializeWindowState(good))).toEqual(good);
  });
  it.each([
    ['missing file', null],
    ['not JSON', '{bounds:'],
    ['wrong shape', '[1,2,3]'],
    ['too small', JSON.stringify({ bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: false })],
    ['non-integer', JSON.stringify({ bounds: { x: 0.5, y: 0, width: 1000, height: 700 }, maximized: false })],
    ['absurd position', JSON.stringify({ bounds: { x: 1e9, y: 0, width: 1000, height: 700 }, maximized: false })],
    ['string size', JSON.stringify({ bounds: { x: 0, y: 0, width: '1000', height: 700 }, maximized: false })],
    ['maximized missing', JSON.stringify({ bounds: null })],
  ])('%s gives the default', (_label, json) => {
    expect(parseWindowState(json)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('fitToDisplays', () => {
  const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
  const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };
  it('keeps bounds on a screen', () => {
    expect(fitToDisplays(good, [laptop])).toEqual(good);
  });
  it('keeps bounds on a second screen while it is connected', () => {
    const onRight: WindowState = { bounds: { x: 2100, y: 100, width: 1600, height: 1000 }, maximized: false };
    expect(fitToDisplays(onRight, [laptop, rightMonitor])).toEqual(onRight);
  });
  it('forgets the position when that screen is gone', () => {
    const onRight: WindowState = { bounds: { x: 2100, y: 100, width: 1600, height: 1000 }, maximized: true };
    expect(fitToDisplays(onRight, [laptop])).toEqual({ bounds: null, maximized: true });
  });
  it('clamps a window larger than the screen and a title bar above it', () => {
    const huge: WindowState = { bounds: { x: 10, y: -20, width: 3000, height: 2000 }, maximized: false };
    expect(fitToDisplays(huge, [laptop])).toEqual({
      bounds: { x: 10, y: 0, width: 1920, height: 1040 },
      maximized: false,
    });
  });
  it('leaves the default state alone', () => {
    expect(fitToDisplays(DEFAULT_WINDOW_STATE, [laptop])).toBe(DEFAULT_WINDOW_STATE);
  });
});

describe('userDataFiles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pira-userdata-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('writes atomically (creating the folder) and reads back', () => {
    const file = path.join(dir, 'nested', 'finestra.json');
    expect(readTextIfPresent(file)).toBeNull();
    expect(writeTextAtomically(file, serializeWindowState(good))).toBe(true);
    expect(parseWindowState(readTextIfPresent(file))).toEqual(good);
  });
  it('reports a failed write without throwing', () => {
    const blocker = path.join(dir, 'file');
    writeFileSync(blocker, 'x');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(writeTextAtomically(path.join(blocker, 'inside.json'), '{}')).toBe(false);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });
});
