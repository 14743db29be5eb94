/**
 * The export of one seed: its clean text (boilerplate and reader comments removed, review-tag
 * markup stripped, paragraphs kept) with every tag and finding given as a span of the clean
 * text, or listed as removed with its original text when nothing of it is left.
 */
import type { SeedDocument } from '../document.js';
import { trimSpan } from '../text.js';
import type { Category, Finding, Severity, Span } from '../types.js';
import type { TagKind, TagScan } from '../tags/types.js';
import { buildCleanText } from './cleanText.js';
import { CleanOffsetMap } from './offsetMap.js';
import { REMOVED_CATEGORIES, REMOVED_TAG_KINDS, removalSpans } from './removals.js';

/** A span of the clean text, the text it covers there, and where it came from in the original. */
export interface CleanSpan extends Span {
  /** Exactly `cleanText.slice(start, end)`. */
  readonly text: string;
  /** The span in the original text (UTF-16 offsets), as the tag or finding gave it. */
  readonly source: Span;
}

/** A review tag that kept some of its content in the clean text; the span covers that content, trimmed. */
export interface CleanTag extends CleanSpan {
  readonly kind: TagKind;
  readonly note?: string;
}

/** A finding that kept some of its text in the clean text; the span covers that text, trimmed. */
export interface CleanFinding extends CleanSpan {
  readonly rule: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly message: string;
}

/**
 * Why nothing of a tag or finding is in the clean text: its kind or category is one the export
 * removes (boilerplate, comment; tag markup for `tag` findings), or it lay inside removed text.
 */
export type RemovalReason = 'removed-kind' | 'inside-removed-text';

/** A tag of which nothing is left: its original content span and text. */
export interface RemovedTag {
  readonly kind: TagKind;
  readonly note?: string;
  readonly source: Span;
  readonly text: string;
  readonly reason: RemovalReason;
}

/** A finding of which nothing is left: its original span and text. */
export interface RemovedFinding {
  readonly rule: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly message: string;
  readonly source: Span;
  readonly text: string;
  readonly reason: RemovalReason;
}

/** One seed, exported. */
export interface CleanDocument {
  readonly text: string;
  readonly map: CleanOffsetMap;
  /** Tags with content left in the clean text, in document order. */
  readonly tags: readonly CleanTag[];
  /** Findings with text left in the clean text, in document order. */
  readonly findings: readonly CleanFinding[];
  readonly removed: { readonly tags: readonly RemovedTag[]; readonly findings: readonly RemovedFinding[] };
}

/**
 * Exports `doc` given its findings (as the analyzer reported them, so disabled rules remove
 * nothing) and its tag scan. Linear in the text, plus a logarithmic lookup per tag and finding.
 */
export function cleanDocument(doc: Pick<SeedDocument, 'text' | 'lineMap'>, findings: readonly Finding[], scan: TagScan): CleanDocument {
  const clean = buildCleanText(doc.text, removalSpans(doc.text, findings, scan), doc.lineMap);
  const map = new CleanOffsetMap(clean.runs, clean.text.length);
  const locate = (source: Span): CleanSpan | undefined => {
    const mapped = map.span(source);
    if (mapped === undefined) {
      return undefined;
    }
    const { start, end } = trimSpan(clean.text, mapped);
    return end > start ? { start, end, text: clean.text.slice(start, end), source: { start: source.start, end: source.end } } : undefined;
  };

  const tags: CleanTag[] = [];
  const removedTags: RemovedTag[] = [];
  for (const tag of scan.tags) {
    const note = tag.note !== undefined ? { note: tag.note } : {};
    const kept = REMOVED_TAG_KINDS.has(tag.kind) ? undefined : locate(tag.content);
    if (kept !== undefined) {
      tags.push({ kind: tag.kind, ...note, ...kept });
    } else {
      removedTags.push({
        kind: tag.kind,
        ...note,
        source: { start: tag.content.start, end: tag.content.end },
        text: doc.text.slice(tag.content.start, tag.content.end),
        reason: REMOVED_TAG_KINDS.has(tag.kind) ? 'removed-kind' : 'inside-removed-text',
      });
    }
  }

  const kept: CleanFinding[] = [];
  const removedFindings: RemovedFinding[] = [];
  for (const f of findings) {
    const own = REMOVED_CATEGORIES.has(f.category);
    const span = own ? undefined : locate(f);
    const about = { rule: f.rule, category: f.category, severity: f.severity, message: f.message };
    if (span !== undefined) {
      kept.push({ ...about, ...span });
    } else {
      removedFindings.push({
        ...about,
        source: { start: f.start, end: f.end },
        text: doc.text.slice(f.start, f.end),
        reason: own || f.category === 'tag' ? 'removed-kind' : 'inside-removed-text',
      });
    }
  }
  return { text: clean.text, map, tags, findings: kept, removed: { tags: removedTags, findings: removedFindings } };
}
