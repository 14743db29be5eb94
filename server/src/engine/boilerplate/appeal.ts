import type { LineFeatures } from './features.js';
import { isCommentLine, type PageView } from './page.js';

/** How far a publisher's block may run from the line that gave it away. */
const MAX_EXPANSION = 8;

const MESSAGE_HEADER =
  /^(?:a message from\b.*|a note from\b.*|(?:dear|hello|hi) (?:readers?|friends|subscribers)\b.*|(?:уважаемые|дорогие) (?:читатели|друзья|подписчики)\b.*|обращение (?:к читателям|редакции)\b.*)$/iu;

/** A line in the publisher's own voice: addressing the reader, not reporting anyone's words. */
export function publisherVoice(f: LineFeatures): boolean {
  return (f.addressesReader && !f.attributes) || MESSAGE_HEADER.test(f.text);
}

/**
 * Grows a block of publisher text around anchor lines: neighbouring lines (blank lines
 * between allowed) join while `joins` says so, at most a few lines each way. Returns the
 * line indexes of the block, anchors included, in document order.
 */
export function expandBlock(page: PageView, anchors: readonly number[], joins: (f: LineFeatures) => boolean): number[] {
  const taken = new Set<number>(anchors);
  for (const anchor of anchors) {
    for (const step of [-1, 1] as const) {
      let grown = 0;
      for (let j = anchor + step; j >= 0 && j < page.features.length && grown < MAX_EXPANSION; j += step) {
        const f = page.features[j]!;
        if (f.text.length === 0) {
          continue;
        }
        if (isCommentLine(page, j) || !joins(f)) {
          break;
        }
        taken.add(j);
        grown++;
      }
    }
  }
  return [...taken].sort((a, b) => a - b);
}
