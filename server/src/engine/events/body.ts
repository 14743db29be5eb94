/** Which sentences of a document are article body: the only sentences that can be event mentions. */
import type { SeedDocument } from '../document.js';
import type { Sentence } from '../sentences.js';
import type { Category, Finding } from '../types.js';

/** Categories whose findings take a sentence out of the body. */
const NOT_BODY: ReadonlySet<Category> = new Set(['boilerplate', 'comment']);

/**
 * The body sentences of a document: those not covered (half or more of their
 * characters) by `boilerplate` or `comment` findings, such as `Analyzer.analyze` returns.
 */
export function bodySentences(doc: SeedDocument, findings: readonly Finding[]): Sentence[] {
  const spans = findings.filter((f) => NOT_BODY.has(f.category));
  return doc.sentences.filter((s) => {
    let covered = 0;
    for (const f of spans) {
      covered += Math.max(0, Math.min(f.end, s.end) - Math.max(f.start, s.start));
    }
    return covered * 2 < s.end - s.start;
  });
}
