import type { Rule, RuleHit } from '../rule.js';
import { COMMENT_SECTION_MEMO, sharedCommentSection, type CommentSection } from '../../comments/section.js';

/** Flags each reader comment (replies included) of the comment section after the article. */
export const readerComment: Rule = {
  id: 'comment/reader-comment',
  category: 'comment',
  defaultSeverity: 'information',
  description:
    'A reader comment saved with the article: part of the comment section that follows the article body ' +
    '(numbered or bulleted replies, user names and timestamps, "says:"/"пишет:", "Reply"/"Ответить" markers, ' +
    'a "Comments" header). One finding per comment, nested replies included; not part of the article.',
  detect(doc, ctx): RuleHit[] {
    const section = ctx.memo<CommentSection | null>(COMMENT_SECTION_MEMO, () => sharedCommentSection(doc));
    if (!section) {
      return [];
    }
    return section.comments.map((c) => ({
      start: c.start,
      end: c.end,
      message:
        c.depth > 0
          ? `Reader comment ${c.number} (a reply), not part of the article.`
          : `Reader comment ${c.number}, not part of the article.`,
      data: { commentNumber: c.number, replyDepth: c.depth },
    }));
  },
};
