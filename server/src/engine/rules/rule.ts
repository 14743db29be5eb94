import type { Category, Finding, FindingData, Severity, Span } from '../types.js';
import type { SeedDocument } from '../document.js';
import type { CorpusView } from '../corpus/corpus.js';
import type { EngineSettings } from '../settings.js';

/** What a rule reports: a span and a message; the analyzer adds id, category and severity. */
export interface RuleHit extends Span {
  readonly message: string;
  /** Overrides the rule's default severity for this hit (a user's setting still wins). */
  readonly severity?: Severity;
  readonly data?: FindingData;
}

/** What a rule may read besides the document. */
export interface RuleContext {
  readonly corpus: CorpusView;
  readonly settings: EngineSettings;
  /**
   * Computes a per-document fact once and shares it between rules of one analysis
   * (e.g. where the article body ends), keyed by a name.
   */
  memo<T>(key: string, compute: () => T): T;
  /**
   * Findings of the rules that ran before this one, in registry order: content rules
   * (attribution) use them to skip boilerplate and reader comments.
   */
  readonly earlier: readonly Finding[];
}

/** One rule of the registry: a small declarative module with a `detect` function. */
export interface Rule {
  /** Stable id, `category/name`; the diagnostic code. */
  readonly id: string;
  readonly category: Category;
  readonly defaultSeverity: Severity;
  /** One short paragraph for hovers and docs: what the rule flags and on what evidence. */
  readonly description: string;
  detect(doc: SeedDocument, ctx: RuleContext): readonly RuleHit[];
}
