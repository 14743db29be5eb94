import type { Span } from '../types.js';
import type { SeedDocument } from '../document.js';
import { lineSignals } from './signals.js';
import { metadataSection } from './boundary.js';
import { listSection } from './list.js';
import { splitByMetadata, type CommentLines } from './split.js';
import { articleContinues, looksLikeComments } from './plausible.js';
import { markTextualReplies } from './replies.js';

/** One reader comment (a reply included) inside a comment section. */
export interface ReaderComment extends Span {
  /** 1-based number of the comment within its section, in document order. */
  readonly number: number;
  /** 0 for a top-level comment, 1 for a reply to it, and so on. */
  readonly depth: number;
  readonly firstLine: number;
  readonly lastLine: number;
}

/** The block of reader comments that a scraper saved after an article. */
export interface CommentSection extends Span {
  readonly firstLine: number;
  readonly lastLine: number;
  readonly comments: readonly ReaderComment[];
}

/** The rule-context memo key under which every rule of an analysis finds the comment section. */
export const COMMENT_SECTION_MEMO = 'commentSection';

const sections = new WeakMap<SeedDocument, CommentSection | null>();

/**
 * {@link findCommentSection} of `doc`, computed once per document object: the boilerplate
 * rules and the reader-comment rule all need it, and a document is never changed in place.
 */
export function sharedCommentSection(doc: SeedDocument): CommentSection | null {
  let section = sections.get(doc);
  if (section === undefined) {
    section = findCommentSection(doc);
    sections.set(doc, section);
  }
  return section;
}

/**
 * Finds the reader-comment section of a document, or `null` when it has none.
 *
 * Works on physical lines (Markdown lists are unreliable on scraped comments): a section
 * is either a dense run of comment metadata — user names, "says:"/"пишет:", timestamps,
 * "Reply"/"Ответить" markers, under an optional "Comments" header — or a numbered/bulleted
 * list of informal replies that runs to the end of the document or to "Comments are closed".
 * The section never includes the closing line itself.
 */
export function findCommentSection(doc: SeedDocument): CommentSection | null {
  const texts = doc.lines.map((l) => l.text);
  const signals = texts.map(lineSignals);
  let first: number;
  let last: number;
  let comments: CommentLines[] = [];
  const bounds = metadataSection(signals, texts);
  if (bounds) {
    comments = splitByMetadata(signals, bounds);
  }
  if (
    bounds &&
    looksLikeComments(signals, texts, comments, bounds.nameHeads, bounds.nameLines, signals[bounds.first]!.kind === 'header') &&
    !articleContinues(signals, texts, bounds.last)
  ) {
    first = bounds.first;
    last = bounds.last;
    comments = markTextualReplies(comments, texts);
  } else {
    const list = listSection(signals, texts);
    if (!list) {
      return null;
    }
    ({ first, last, comments } = list);
  }
  if (comments.length === 0) {
    return null;
  }
  const lines = doc.lines;
  return {
    start: lines[first]!.start,
    end: lines[last]!.end,
    firstLine: first,
    lastLine: last,
    comments: comments.map((c, k) => ({
      number: k + 1,
      depth: c.depth,
      firstLine: c.firstLine,
      lastLine: c.lastLine,
      start: lines[c.firstLine]!.start + (texts[c.firstLine]!.length - texts[c.firstLine]!.trimStart().length),
      end: lines[c.lastLine]!.start + texts[c.lastLine]!.trimEnd().length,
    })),
  };
}
