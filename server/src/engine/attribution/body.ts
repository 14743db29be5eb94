import type { Finding, Span } from '../types.js';
import type { SeedDocument } from '../document.js';
import type { Sentence } from '../sentences.js';

/** A sentence of the article body, numbered within the body. */
export interface BodySentence extends Sentence {
  /** Position among the body sentences. */
  readonly index: number;
  /** Paragraph number among the body sentences: a new one starts after a line break. */
  readonly paragraph: number;
}

const NOT_BODY = new Set<Finding['category']>(['boilerplate', 'comment']);

function mergedSpans(findings: readonly Finding[]): Span[] {
  const spans = findings
    .filter((f) => NOT_BODY.has(f.category))
    .map((f) => ({ start: f.start, end: f.end }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
    } else {
      merged.push({ ...s });
    }
  }
  return merged;
}

/**
 * The sentences of the article body: every sentence of the document that does not
 * overlap a boilerplate or reader-comment finding of an earlier rule. Linear after
 * sorting the findings.
 */
export function bodySentences(doc: SeedDocument, earlier: readonly Finding[]): BodySentence[] {
  const excluded = mergedSpans(earlier);
  const out: BodySentence[] = [];
  let k = 0;
  let paragraph = -1;
  let previousEnd = -1;
  for (const s of doc.sentences) {
    while (k < excluded.length && excluded[k]!.end <= s.start) {
      k++;
    }
    const hit = excluded[k];
    if (hit && hit.start < s.end) {
      previousEnd = -1;
      continue;
    }
    if (previousEnd < 0 || /[\r\n]/u.test(doc.text.slice(previousEnd, s.start))) {
      paragraph++;
    }
    previousEnd = s.end;
    out.push({ ...s, index: out.length, paragraph });
  }
  return out;
}
