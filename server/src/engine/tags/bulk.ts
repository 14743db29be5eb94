/**
 * Tagging many spans at once ("tag all boilerplate", fix-all): one set of insertions that
 * reads back as one well-formed tag per span, never crossing another tag.
 */
import type { Span } from '../types.js';
import { trimSpan } from '../text.js';
import { applyEdits } from './edits.js';
import { CLOSE_TAG, formatOpenTag } from './format.js';
import { blankAfter, blankBefore, breakLength, eolOf, lineEnd } from './lines.js';
import { scanTags } from './parse.js';
import type { TagEdit, TagKind, TagScan } from './types.js';

/** A span to tag with a kind. */
export interface TagRequest {
  readonly span: Span;
  readonly kind: TagKind;
}

/** The insertions of {@link tagAllEdits} and how many spans they tag. */
export interface BulkTagging {
  /** Insertions in the order an editor must apply them (several may share an offset). */
  readonly edits: readonly TagEdit[];
  /** The requests that were tagged; the others were blank, duplicates or would cross a tag. */
  readonly tagged: readonly TagRequest[];
}

interface Planned extends TagRequest {
  /** Where the tag's markup begins and ends once inserted (whole lines for the block form). */
  readonly extent: Span;
  readonly block: boolean;
}

/**
 * Edits that tag every request that can be tagged: each span is trimmed, gets the block form
 * when it covers whole lines across a line break (as {@link tagEdits}), and is skipped when it
 * is blank, repeats an earlier request's span, or would cross an existing tag or an earlier
 * request. `undefined` when the result would not read back as exactly the tags planned.
 */
export function tagAllEdits(text: string, scan: TagScan, requests: readonly TagRequest[]): BulkTagging | undefined {
  const taken: Span[] = scan.tags.map((t) => ({ start: t.open.start, end: t.close.end }));
  // Markup that is not part of a well-formed tag (stray, unclosed, unknown kind) must stay outside every new tag.
  const paired = new Set(scan.tags.flatMap((t) => [t.open.start, t.close.start]));
  const loose = (scan.markup ?? []).filter((m) => !paired.has(m.start));
  const planned: Planned[] = [];
  const seen = new Set<string>();
  for (const request of requests) {
    const span = trimSpan(text, request.span);
    const key = `${span.start}:${span.end}`;
    if (span.end <= span.start || seen.has(key)) {
      continue;
    }
    const first = blankBefore(text, span.start);
    const last = blankAfter(text, span.end);
    const block = first >= 0 && last >= 0 && lineEnd(text, span.start) < span.end;
    const extent = block ? { start: first, end: last } : span;
    if (taken.some((t) => crosses(t, extent)) || loose.some((m) => m.start < extent.end && extent.start < m.end)) {
      continue;
    }
    seen.add(key);
    taken.push(extent);
    planned.push({ kind: request.kind, span, extent, block });
  }
  planned.sort((a, b) => a.extent.start - b.extent.start || b.extent.end - a.extent.end);
  const edits = insertions(text, planned);
  const after = scanTags(applyEdits(text, edits));
  const wellFormed = after.tags.length === scan.tags.length + planned.length && after.problems.length === scan.problems.length;
  return wellFormed ? { edits, tagged: planned.map(({ span, kind }) => ({ span, kind })) } : undefined;
}

/** Whether two spans overlap without one containing the other. */
function crosses(a: Span, b: Span): boolean {
  const overlap = a.start < b.end && b.start < a.end;
  const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
  return overlap && !nested;
}

/**
 * The insertions of planned tags (sorted outermost first), ordered so tags nest: at one
 * offset, closing tags come before opening tags, inner closing tags before outer ones, and
 * outer opening tags before inner ones.
 */
function insertions(text: string, planned: readonly Planned[]): TagEdit[] {
  const events: { at: number; order: number; edit: TagEdit }[] = [];
  planned.forEach((p, rank) => {
    const open = formatOpenTag(p.kind);
    if (p.block) {
      const br = (at: number) => (breakLength(text, at) > 0 ? text.slice(at, at + breakLength(text, at)) : eolOf(text));
      const indent = text.slice(p.extent.start, p.span.start);
      events.push({ at: p.extent.start, order: 1e9 + rank, edit: { span: point(p.extent.start), newText: indent + open + br(lineEnd(text, p.span.start)) } });
      events.push({ at: p.extent.end, order: -rank, edit: { span: point(p.extent.end), newText: br(p.extent.end) + indent + CLOSE_TAG } });
    } else {
      events.push({ at: p.span.start, order: 1e9 + rank, edit: { span: point(p.span.start), newText: open } });
      events.push({ at: p.span.end, order: -rank, edit: { span: point(p.span.end), newText: CLOSE_TAG } });
    }
  });
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  return events.map((e) => e.edit);
}

function point(at: number): Span {
  return { start: at, end: at };
}
