/** Folding ranges of a seed: the reader-comment section, its comments, review-tag regions and multi-line blocks. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { sharedCommentSection, type SeedDocument } from '../engine/index.js';

/**
 * The reader-comment section (and each multi-line comment in it) folds as a region, as does
 * a review tag on a line of its own down to its closing tag's line; so does every block (paragraph, list item, quote) spanning several lines. Ranges never
 * share a start line: the largest one of a start line wins, as editors keep only one.
 */
export function foldingRanges(doc: SeedDocument): FoldingRange[] {
  const byStart = new Map<number, FoldingRange>();
  const add = (startLine: number, endLine: number, kind?: string): void => {
    const end = lastNonBlankLine(doc, startLine, endLine);
    if (end <= startLine) {
      return;
    }
    const existing = byStart.get(startLine);
    if (!existing || existing.endLine < end) {
      byStart.set(startLine, kind ? { startLine, endLine: end, kind } : { startLine, endLine: end });
    }
  };
  for (const block of doc.blocks) {
    add(block.firstLine, block.lastLine);
  }
  for (const item of doc.listItems) {
    add(item.firstLine, item.lastLine);
  }
  for (const [start, end] of tagRegions(doc)) {
    add(start, end, FoldingRangeKind.Region);
  }
  const section = sharedCommentSection(doc);
  if (section) {
    for (const comment of section.comments) {
      add(comment.firstLine, comment.lastLine, FoldingRangeKind.Region);
    }
    add(section.firstLine, section.lastLine, FoldingRangeKind.Region);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

const TAG_OPEN_LINE = /^\s*<!--\s*review:[\p{L}\w-]+(?:\s[^>]*)?-->\s*$/u;
const TAG_CLOSE_LINE = /^\s*<!--\s*\/review\s*-->\s*$/u;

/** Review tags on lines of their own, paired like brackets: `[openingLine, closingLine]`. */
function tagRegions(doc: SeedDocument): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  const open: number[] = [];
  for (const line of doc.lines) {
    if (line.text.length > 300) {
      continue;
    }
    if (TAG_OPEN_LINE.test(line.text)) {
      open.push(line.index);
    } else if (TAG_CLOSE_LINE.test(line.text) && open.length > 0) {
      regions.push([open.pop()!, line.index]);
    }
  }
  return regions;
}

/** Trailing blank lines do not belong to a fold. */
function lastNonBlankLine(doc: SeedDocument, startLine: number, endLine: number): number {
  let end = Math.min(endLine, doc.lines.length - 1);
  while (end > startLine && (doc.lines[end]?.text.trim() ?? '') === '') {
    end--;
  }
  return end;
}
