/** Which sentences of a document are article body: the only sentences that can be event mentions. */
import type { Analyzer } from '../analyzer.js';
import type { CorpusView } from '../corpus/corpus.js';
import type { SeedDocument } from '../document.js';
import type { Sentence } from '../sentences.js';
import type { Category, Finding, Span } from '../types.js';

/** Categories whose findings take a sentence out of the body. */
const NOT_BODY: ReadonlySet<Category> = new Set(['boilerplate', 'comment']);

/**
 * The findings {@link bodySentences} needs (boilerplate and reader comments), without the
 * rest: the analysis stops once no rule of those categories is left to run, so the
 * attribution rules (which run last and only read earlier findings) are skipped. The
 * boilerplate and comment findings are the same as in a full analysis.
 */
export function analyzeChrome(analyzer: Analyzer, doc: SeedDocument, corpus?: CorpusView): Finding[] {
  const run = analyzer.start(doc, corpus);
  const chrome = (id: string): boolean => {
    const category = analyzer.rule(id)?.category;
    return category !== undefined && NOT_BODY.has(category);
  };
  while (run.pending().some(chrome)) {
    run.step();
  }
  return run.findings().filter((f) => NOT_BODY.has(f.category));
}

/**
 * The body sentences of a document: those not covered (half or more of their
 * characters) by `boilerplate` or `comment` findings, such as `Analyzer.analyze` returns.
 */
export function bodySentences(doc: SeedDocument, findings: readonly Finding[]): Sentence[] {
  const spans = mergeSpans(findings.filter((f) => NOT_BODY.has(f.category)));
  let k = 0;
  return doc.sentences.filter((s) => {
    while (k < spans.length && spans[k]!.end <= s.start) {
      k++;
    }
    let covered = 0;
    for (let j = k; j < spans.length && spans[j]!.start < s.end; j++) {
      covered += Math.min(spans[j]!.end, s.end) - Math.max(spans[j]!.start, s.start);
    }
    return covered * 2 < s.end - s.start;
  });
}

/** The union of spans, sorted and disjoint, so one sweep over sorted sentences suffices. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
    } else {
      out.push({ start: s.start, end: s.end });
    }
  }
  return out;
}
