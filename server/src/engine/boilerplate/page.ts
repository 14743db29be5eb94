import type { SeedDocument } from '../document.js';
import type { RuleContext, RuleHit } from '../rules/rule.js';
import type { FindingData, Span } from '../types.js';
import { COMMENT_SECTION_MEMO, sharedCommentSection, type CommentSection } from '../comments/section.js';
import { lineFeatures, LINE_FEATURES, type LineFeatures } from './features.js';
import { zoneLines, LINE_ZONES, type LineZone } from './zoning.js';

/** What every boilerplate rule reads about a page, computed once per analysis. */
export interface PageView {
  readonly doc: SeedDocument;
  readonly features: readonly LineFeatures[];
  readonly zones: readonly LineZone[];
  /** The reader-comment section, if any: boilerplate rules never flag inside it. */
  readonly comments: CommentSection | null;
  /** First and last article paragraph (a line of prose the zoning keeps, 15 words or more; -1 when none). */
  readonly bodyFirst: number;
  readonly bodyLast: number;
}

const PARAGRAPH_WORDS = 15;

/** The shared view of `doc` for boilerplate rules. */
export function pageView(doc: SeedDocument, ctx: RuleContext): PageView {
  return ctx.memo('boilerplate.page', () => {
    const features = ctx.memo(LINE_FEATURES, () => lineFeatures(doc));
    const zones = ctx.memo(LINE_ZONES, () => zoneLines(features));
    const comments = ctx.memo<CommentSection | null>(COMMENT_SECTION_MEMO, () => sharedCommentSection(doc));
    let bodyFirst = -1;
    let bodyLast = -1;
    for (let i = 0; i < zones.length; i++) {
      if (zones[i]!.final === 'good' && features[i]!.wordCount >= PARAGRAPH_WORDS && !inComments(comments, i)) {
        if (bodyFirst < 0) {
          bodyFirst = i;
        }
        bodyLast = i;
      }
    }
    return { doc, features, zones, comments, bodyFirst, bodyLast };
  });
}

function inComments(section: CommentSection | null, line: number): boolean {
  return section !== null && line >= section.firstLine && line <= section.lastLine;
}

/** Lines a boilerplate rule may look at: not blank, not inside the comment section. */
export function* candidateLines(page: PageView): Generator<LineFeatures> {
  for (const f of page.features) {
    if (f.text.length > 0 && !inComments(page.comments, f.index)) {
      yield f;
    }
  }
}

/** Whether line `i` is inside the reader-comment section. */
export function isCommentLine(page: PageView, i: number): boolean {
  return inComments(page.comments, i);
}

/** The previous (step -1) or next (step 1) non-blank line index from `i`, or -1. */
export function nonBlankNeighbour(page: PageView, i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < page.features.length; j += step) {
    if (page.features[j]!.text.length > 0) {
      return j;
    }
  }
  return -1;
}

/** Whether line `i` lies before the article body starts or after it ends. */
export function outsideBody(page: PageView, i: number): boolean {
  return page.bodyFirst < 0 || i < page.bodyFirst || i > page.bodyLast;
}

/** A hit covering `span` (already trimmed) with a message and optional evidence. */
export function hit(span: Span, message: string, data?: FindingData): RuleHit {
  return data ? { start: span.start, end: span.end, message, data } : { start: span.start, end: span.end, message };
}
