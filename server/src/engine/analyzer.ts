import type { Finding } from './types.js';
import type { SeedDocument } from './document.js';
import type { Rule, RuleContext } from './rules/rule.js';
import { EMPTY_CORPUS, type CorpusView } from './corpus/corpus.js';
import { DEFAULT_SETTINGS, ruleSetting, type EngineSettings } from './settings.js';
import { RULES } from './rules/index.js';
import { analysisView, unreviewed } from './tags/review.js';
import { SpanCover } from './spanCover.js';

/** Public description of a rule, for hovers, docs and settings. */
export interface RuleInfo {
  readonly id: string;
  readonly category: Rule['category'];
  readonly defaultSeverity: Rule['defaultSeverity'];
  readonly description: string;
}

/** The engine's facade: analyse one document against a corpus. */
export interface Analyzer {
  /** All findings of the enabled rules, sorted by position. */
  analyze(doc: SeedDocument, corpus?: CorpusView): Finding[];
  /** The same analysis, one rule per step, so a caller can yield or stop between rules (big documents). */
  start(doc: SeedDocument, corpus?: CorpusView): AnalysisRun;
  /** The registry, in order. */
  readonly rules: readonly RuleInfo[];
  /** The rule with this id, if any. */
  rule(id: string): RuleInfo | undefined;
}

/** An analysis in progress: {@link Analyzer.start}. */
export interface AnalysisRun {
  /** Runs the next enabled rule; `false` when none was left. */
  step(): boolean;
  /** Ids of the enabled rules not run yet, in order. */
  pending(): string[];
  /** The findings so far, sorted by position. */
  findings(): Finding[];
}

/** Options of {@link createAnalyzer}. */
export interface AnalyzerOptions {
  readonly settings?: EngineSettings;
  /** Replaces the built-in registry (tests). */
  readonly rules?: readonly Rule[];
}

/**
 * Creates an analyzer. Rules run in registry order; a finding that lies wholly inside
 * a finding of the same category from an earlier rule is dropped, so the more specific
 * rule (earlier in the registry) speaks for a span.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const rules = options.rules ?? RULES;
  const infos: RuleInfo[] = rules.map(({ id, category, defaultSeverity, description }) =>
    Object.freeze({ id, category, defaultSeverity, description }),
  );
  const byId = new Map(infos.map((r) => [r.id, r]));

  function start(original: SeedDocument, corpus: CorpusView = EMPTY_CORPUS): AnalysisRun {
    // Rules read the text with review-tag markup masked; reviewed spans are dropped at the end.
    const doc = analysisView(original);
    const memo = new Map<string, unknown>();
    const kept: Finding[] = [];
    const ctx: RuleContext = {
      earlier: kept,
      corpus,
      settings,
      memo<T>(key: string, compute: () => T): T {
        if (!memo.has(key)) {
          memo.set(key, compute());
        }
        return memo.get(key) as T;
      },
    };
    const queue = rules
      .map((rule) => ({ rule, ...ruleSetting(settings, rule.id, rule.category, rule.defaultSeverity) }))
      .filter((r) => r.enabled);
    let next = 0;
    function step(): boolean {
      const entry = queue[next];
      if (!entry) {
        return false;
      }
      next++;
      const { rule, severity, severityIsSet } = entry;
      const covered = new SpanCover(kept.filter((k) => k.category === rule.category));
      for (const hit of rule.detect(doc, ctx)) {
        if (hit.end <= hit.start || covered.contains(hit.start, hit.end)) {
          continue;
        }
        kept.push({
          rule: rule.id,
          category: rule.category,
          severity: severityIsSet ? severity : (hit.severity ?? severity),
          message: hit.message,
          start: hit.start,
          end: hit.end,
          ...(hit.data ? { data: hit.data } : {}),
        });
      }
      return true;
    }
    return {
      step,
      pending: () => queue.slice(next).map((r) => r.rule.id),
      findings: () => unreviewed(kept, doc.tags?.tags ?? []).sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule)),
    };
  }

  function analyze(doc: SeedDocument, corpus: CorpusView = EMPTY_CORPUS): Finding[] {
    const run = start(doc, corpus);
    while (run.step()) {
      // one rule per step
    }
    return run.findings();
  }

  return Object.freeze({ analyze, start, rules: Object.freeze(infos), rule: (id: string) => byId.get(id) });
}
