/**
 * Running an analysis under a per-document time budget. A big document is analysed one rule
 * at a time with a yield to the event loop between rules, so hovers, folding and other
 * documents keep being answered; past the deadline the remaining rules are skipped and the
 * document says so. Small documents run in one go, as before.
 */
import type { AnalysisRun } from '../engine/analyzer.js';
import type { Finding } from '../engine/index.js';

/** Limits of one document's analysis. */
export interface AnalysisBudget {
  /** Wall-clock milliseconds an analysis may take before its remaining rules are skipped. */
  readonly timeMs: number;
  /** Documents of at least this many UTF-16 units are analysed in steps, yielding between rules. */
  readonly stepwiseChars: number;
}

/** The defaults: generous enough that a 2-million-character seed normally completes. */
export const DEFAULT_BUDGET: AnalysisBudget = { timeMs: 20_000, stepwiseChars: 100_000 };

/** How a budgeted run ended. */
export type BudgetedOutcome =
  | { readonly kind: 'complete'; readonly findings: Finding[] }
  | { readonly kind: 'partial'; readonly findings: Finding[]; readonly skipped: readonly string[] }
  /** Stopped because its result was no longer wanted (the document changed or closed). */
  | { readonly kind: 'abandoned' };

/** What {@link runBudgeted} needs besides the run. */
export interface BudgetContext {
  readonly budget: AnalysisBudget;
  /** Length of the document, to choose between one go and steps. */
  readonly length: number;
  /** True once the result is no longer wanted; checked between rules. */
  readonly stale: () => boolean;
  /** The clock (tests may pass their own). */
  readonly now?: () => number;
}

/** Lets pending I/O (requests, other documents' notifications) run before the next rule. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Runs `run` to completion, to the deadline, or until its result goes stale. */
export async function runBudgeted(run: AnalysisRun, context: BudgetContext): Promise<BudgetedOutcome> {
  const now = context.now ?? Date.now;
  const deadline = now() + context.budget.timeMs;
  const stepwise = context.length >= context.budget.stepwiseChars;
  for (;;) {
    if (!run.step()) {
      return { kind: 'complete', findings: run.findings() };
    }
    if (stepwise) {
      await yieldToEventLoop();
      if (context.stale()) {
        return { kind: 'abandoned' };
      }
    }
    const skipped = run.pending();
    if (skipped.length > 0 && now() > deadline) {
      return { kind: 'partial', findings: run.findings(), skipped };
    }
  }
}

/** The diagnostic code of the notice on a document whose analysis ran out of time. */
export const PARTIAL_CODE = 'document/analysed-partially';

/** The notice shown when the time budget skipped some rules. */
export function partialMessage(budget: AnalysisBudget, skipped: readonly string[]): string {
  const seconds = Math.round(budget.timeMs / 100) / 10;
  const shown = skipped.slice(0, 5).join(', ') + (skipped.length > 5 ? `, and ${skipped.length - 5} more` : '');
  return `Document too large to analyse in full: analysed partially. The ${seconds} s time budget ran out, so ${skipped.length} rule${skipped.length === 1 ? ' was' : 's were'} skipped (${shown}). Split the file to have it checked completely, or use the command line (source-review check), which has no time budget.`;
}
