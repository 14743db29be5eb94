import type { CommentLines } from './split.js';

/** Words that say a comment answers another one: "In reply to Anna", "Ответ для Ивана", "@anna". */
const REPLY_HINT =
  /^\s*(?:@[\p{L}\p{N}_.-]{2,}|in\s+reply\s+to\b|replying\s+to\b|reply\s+to\s+(?!(?:this\s+)?comment\b)[@\p{L}]|(?:в\s+)?ответ\s+(?:для|на|пользователю)\s)/iu;
/** How many first lines of a comment may carry the hint (name, stamp, then the text). */
const HINT_LINES = 4;

/**
 * Marks as replies (depth 1) the top-level comments whose first lines say whom they
 * answer, for pages whose scraped text lost the indentation of nested replies.
 */
export function markTextualReplies(comments: readonly CommentLines[], texts: readonly string[]): CommentLines[] {
  return comments.map((c) => {
    if (c.depth > 0) {
      return c;
    }
    const last = Math.min(c.lastLine, c.firstLine + HINT_LINES - 1);
    for (let i = c.firstLine; i <= last; i++) {
      if (REPLY_HINT.test(texts[i]!)) {
        return { ...c, depth: 1 };
      }
    }
    return c;
  });
}
