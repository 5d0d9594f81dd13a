/**
 * One horizontal performance bar as inline SVG: the status colour, the figure written on it, (when the policy allows
 * more than 100%) a tick at 100%, and a darker tick where the bar stood at the previous monitoring date. Why SVG and percentages: the bar is vector on screen and on paper at any
 * width, with no measuring and no canvas (see docs/dashboard.md).
 */
import type { PerformanceStatus } from '../../../shared/scoring';

/** Screen height in px; the print sheet sets its own in CSS (every coordinate below is relative). */
const HEIGHT = 16;
/** Past this share of the width the figure is written inside the bar's end, else right after it. */
const INSIDE_FROM = 0.8;

const percentOf = (fraction: number) => `${(Math.min(1, Math.max(0, fraction)) * 100).toFixed(2)}%`;

export interface PerformanceBarProps {
  performance: number | null;
  figure: string;
  status: PerformanceStatus;
  /** The performance at the right end of the bar (1 = 100%). */
  scale: number;
  /** The performance at the previous monitoring date: a dark tick on the track. */
  previous?: number | null;
}

export function PerformanceBar({ performance, figure, status, scale, previous = null }: PerformanceBarProps) {
  const share = performance === null ? 0 : Math.max(0, performance) / scale;
  const inside = share > INSIDE_FROM;
  return (
    <svg className="db-bar" width="100%" height={HEIGHT} aria-hidden="true" focusable="false" data-status={status}>
      <rect className="db-bar-track" x="0" y="0" width="100%" height="100%" rx="2" />
      {performance !== null && <rect className={`db-bar-fill db-fill-${status}`} x="0" y="0" width={percentOf(share)} height="100%" rx="2" />}
      {scale > 1 && <line className="db-bar-target" x1={percentOf(1 / scale)} x2={percentOf(1 / scale)} y1="0" y2="100%" />}
      {previous !== null && <line className="db-bar-previous" x1={percentOf(previous / scale)} x2={percentOf(previous / scale)} y1="-2" y2="18" />}
      <text
        className={inside ? `db-bar-figure db-figure-inside-${status}` : 'db-bar-figure'}
        x={percentOf(share)}
        dx={inside ? -4 : 4}
        y="50%"
        dominantBaseline="central"
        textAnchor={inside ? 'end' : 'start'}
      >
        {figure}
      </text>
    </svg>
  );
}
