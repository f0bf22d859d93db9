/**
 * axe-core, the accessibility engine behind most browser checkers, run inside a page's frame. The educator tab's
 * CSP allows scripts from its own origin only, so axe is not added as a script tag: it is evaluated through the
 * browser's debugging protocol, which is how an extension or DevTools runs it.
 */
import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules: what the NHS service standard and the public sector accessibility regulations ask. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  /** Each offending element's selector and what axe says is wrong with it. */
  readonly nodes: readonly string[];
}

/**
 * Waits until the frame's colours have settled: two frames for a theme's tokens to be applied, then every transition or
 * finite animation running in it (shadow roots included) finished, for at most 5 s. A scan taken while a button's colours
 * were still changing to a new theme read a colour pair the page never rests on (CI of 0def85c: #7f7f7f on #a7a9d9,
 * half-way to high contrast).
 */
async function settled(frame: Frame): Promise<void> {
  await frame.evaluate(async () => {
    const g = globalThis as unknown as {
      requestAnimationFrame: (callback: () => void) => void;
      document: { getAnimations: () => { finished: Promise<unknown>; effect: { getTiming: () => { iterations?: number } } | null }[] };
    };
    const nextFrame = () => new Promise<void>((resolve) => g.requestAnimationFrame(() => resolve()));
    await nextFrame();
    await nextFrame();
    const running = g.document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
    await Promise.race([Promise.all(running.map((a) => a.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, 5000))]);
  });
}

/** The WCAG A/AA violations axe finds in `frame` once its colours have settled. */
export async function axeViolations(frame: Frame): Promise<AxeViolation[]> {
  await settled(frame);
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ passes: unknown[]; violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    // A scan that checked nothing (an empty or wrong document) is not a pass.
    if (result.passes.length < 10) throw new Error(`axe checked only ${result.passes.length} rules: is the page there?`);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`) }));
  }, WCAG_AA);
}

/** A readable list of violations for an assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).join('\n  ')}`).join('\n');
}
