import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { AnalysisRun } from '../../server/src/engine/analyzer.js';
import type { Finding } from '../../server/src/engine/index.js';
import { partialMessage, runBudgeted } from '../../server/src/lsp/budget.js';
import { fcParams } from '../fuzz/arbitraries.js';

/** A run of rules with given costs on a fake clock: each step advances the clock by its rule's cost. */
function fakeRun(costs: readonly number[], clock: { t: number }): AnalysisRun {
  let next = 0;
  const found: Finding[] = [];
  return {
    step() {
      if (next >= costs.length) {
        return false;
      }
      clock.t += costs[next]!;
      found.push({ rule: `rule/${next}`, category: 'boilerplate', severity: 'warning', message: 'm', start: next, end: next + 1 });
      next++;
      return true;
    },
    pending: () => costs.slice(next).map((_, i) => `rule/${next + i}`),
    findings: () => [...found],
  };
}

describe('the time budget', () => {
  it('runs rules until the clock passes the deadline, keeps their findings and names the rest', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(50), { minLength: 1, maxLength: 25 }), fc.nat(300), fc.boolean(), async (costs, timeMs, stepwise) => {
        const clock = { t: 0 };
        const outcome = await runBudgeted(fakeRun(costs, clock), {
          budget: { timeMs, stepwiseChars: stepwise ? 0 : 1 },
          length: 0,
          stale: () => false,
          now: () => clock.t,
        });
        // The model: a rule always runs; after each, stop if some remain and the clock is past the deadline.
        let t = 0;
        let ran = 0;
        for (const cost of costs) {
          t += cost;
          ran++;
          if (ran < costs.length && t > timeMs) {
            break;
          }
        }
        assert.notEqual(outcome.kind, 'abandoned');
        if (outcome.kind === 'abandoned') {
          return;
        }
        assert.deepEqual(outcome.findings.map((f) => f.rule), costs.slice(0, ran).map((_, i) => `rule/${i}`));
        if (ran === costs.length) {
          assert.equal(outcome.kind, 'complete');
        } else {
          assert.equal(outcome.kind, 'partial');
          assert.deepEqual(outcome.kind === 'partial' && outcome.skipped, costs.slice(ran).map((_, i) => `rule/${ran + i}`));
        }
      }),
      fcParams(200),
    );
  });

  it('abandons a stepwise run as soon as its result goes stale, and never a one-go run', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 20 }), fc.nat(19), async (rules, staleAfter) => {
        const clock = { t: 0 };
        let steps = 0;
        const run = fakeRun(Array.from({ length: rules }, () => 1), clock);
        const counted: AnalysisRun = { ...run, step: () => (run.step() ? (steps++, true) : false) };
        const stale = () => steps > staleAfter;
        const stepwise = await runBudgeted(counted, { budget: { timeMs: 1e9, stepwiseChars: 0 }, length: 10, stale, now: () => clock.t });
        assert.equal(stepwise.kind, staleAfter < rules ? 'abandoned' : 'complete');
        const oneGo = await runBudgeted(fakeRun([1, 1, 1], clock), { budget: { timeMs: 1e9, stepwiseChars: 100 }, length: 10, stale: () => true, now: () => clock.t });
        assert.equal(oneGo.kind, 'complete');
      }),
      fcParams(100),
    );
  });

  it('words the partial notice with the budget in seconds and at most five rule names', () => {
    const message = partialMessage({ timeMs: 20_000, stepwiseChars: 0 }, ['a/1', 'a/2', 'a/3', 'a/4', 'a/5', 'a/6', 'a/7']);
    assert.match(message, /^Document too large to analyse in full: analysed partially\. The 20 s time budget ran out, so 7 rules were skipped \(a\/1, a\/2, a\/3, a\/4, a\/5, and 2 more\)\./u);
  });
});
