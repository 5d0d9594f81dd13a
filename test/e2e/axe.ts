// axe-core in the e2e tests' Chromium: the WCAG 2.1 A and AA rules (tags wcag2a, wcag2aa, wcag21a, wcag21aa) run on
// a page or on a part of it (a dialog). Injected through the DevTools protocol because the app's CSP refuses
// inline scripts; failures come back as one readable line per element.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** The violations on `page` (or inside the element `selector` matches), as "rule (impact) – element – why" lines. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(`${AXE_SOURCE};0`);
  const context = selector ? `document.querySelector(${JSON.stringify(selector)})` : 'document';
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(${context}, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`,
  );
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? '?'}) – ${n.target.join(' ')} – ${(n.failureSummary ?? v.help).split('\n').slice(1, 2).join(' ').trim() || v.help}`),
  );
}
