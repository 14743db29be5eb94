/**
 * What a review tag silences. A tagged span is reviewed: findings of the tag's own category
 * that lie inside it are no longer reported.
 *
 * - `boilerplate` silences `boilerplate`; `comment` silences `comment`;
 * - `unattributed` silences `unattributed-claim`;
 * - `attributed` (the reviewer vouches for the source) silences `unattributed-claim` and
 *   `vague-attribution`;
 * - `boilerplate` and `comment` also silence both attribution categories: the reviewer has
 *   said the span is not article text, and attribution never judges what is not article text;
 * - `note` silences nothing; `tag` findings are never silenced.
 *
 * "Inside" means within the tag from its opening to its closing comment, so a finding is
 * silenced whether or not its span takes in the (masked) markup at its edges.
 */
import type { Category, Finding, Span } from '../types.js';
import type { ReviewTag, TagKind } from './types.js';
import type { SeedDocument } from '../document.js';
import { LineMap } from '../text.js';
import { SpanCover } from '../spanCover.js';

/** Categories each kind of tag silences. */
export const SILENCES: Readonly<Record<TagKind, readonly Category[]>> = {
  boilerplate: ['boilerplate', 'unattributed-claim', 'vague-attribution'],
  comment: ['comment', 'unattributed-claim', 'vague-attribution'],
  unattributed: ['unattributed-claim'],
  attributed: ['unattributed-claim', 'vague-attribution'],
  note: [],
};

/** The findings that no tag of `tags` silences, in their order. */
export function unreviewed(findings: readonly Finding[], tags: readonly ReviewTag[]): Finding[] {
  if (tags.length === 0) {
    return [...findings];
  }
  const covers = new Map<Category, SpanCover>();
  const spansBy = new Map<Category, Span[]>();
  for (const tag of tags) {
    for (const category of SILENCES[tag.kind]) {
      const list = spansBy.get(category) ?? [];
      list.push({ start: tag.open.start, end: tag.close.end });
      spansBy.set(category, list);
    }
  }
  for (const [category, spans] of spansBy) {
    covers.set(category, new SpanCover(spans));
  }
  return findings.filter((f) => !(covers.get(f.category)?.contains(f.start, f.end) ?? false));
}

/**
 * The document the rules read: `doc` itself, or, when its text has tag markup, a view whose
 * text and lines are the masked text (same offsets). Everything else is `doc`'s own.
 */
export function analysisView(doc: SeedDocument): SeedDocument {
  if (doc.maskedText === undefined) {
    return doc;
  }
  const lineMap = new LineMap(doc.maskedText);
  return { ...doc, text: doc.maskedText, lineMap, lines: lineMap.lines };
}
