/**
 * The main window's remembered size and position: validation of the stored JSON and fitting to the screens.
 * Why: the file in userData may be stale (a monitor unplugged) or hand-edited; a bad value must never place the
 * window off-screen or crash the start. No electron import: unit-tested under Node.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect | null; // null = let the system centre the window at the default size
  maximized: boolean;
}

export const MIN_SIZE = { width: 900, height: 600 } as const;
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = { bounds: null, maximized: false };

const coordinate = z.number().int().min(-100_000).max(100_000);
const storedSchema = z.object({
  bounds: z
    .object({
      x: coordinate,
      y: coordinate,
      width: z.number().int().min(MIN_SIZE.width).max(20_000),
      height: z.number().int().min(MIN_SIZE.height).max(20_000),
    })
    .nullable(),
  maximized: z.boolean(),
});

/** Parses the stored state; anything invalid gives the default state (the file is only a convenience). */
export function parseWindowState(json: string | null): WindowState {
  if (json === null) return DEFAULT_WINDOW_STATE;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Keeps the stored bounds only if their title bar area is on a screen: at least a 100×50 strip of the window
 * must be visible in some display's work area; the size is clamped to that work area.
 */
export function fitToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  if (!state.bounds) return state;
  const bounds = state.bounds;
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: 50 };
  const host = workAreas.find((area) => overlapArea(titleBar, area) >= 100 * 50);
  if (!host) return { bounds: null, maximized: state.maximized };
  return {
    maximized: state.maximized,
    bounds: {
      x: bounds.x,
      y: Math.max(bounds.y, host.y),
      width: Math.min(bounds.width, host.width),
      height: Math.min(bounds.height, host.height),
    },
  };
}

export function serializeWindowState(state: WindowState): string {
  return JSON.stringify(state, null, 2);
}
