import type { Block, ListItem } from './document.js';
import type { LineMap } from './text.js';

/**
 * Can a line whose first non-space character is at `i` be anything but paragraph text?
 * True for every character that opens a CommonMark block construct: headings (#), block
 * quotes (>), list markers (- * + and "1." / "1)"), thematic breaks and setext underlines
 * (* - _ =), fences (` ~), HTML blocks (<) and link reference definitions ([).
 */
function mayOpenBlock(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  switch (c) {
    case 35: // #
    case 42: // *
    case 43: // +
    case 45: // -
    case 60: // <
    case 61: // =
    case 62: // >
    case 91: // [
    case 95: // _
    case 96: // `
    case 126: // ~
    case 0xfeff: // byte order mark: micromark drops it and shifts its offsets
      return true;
  }
  if (c >= 48 && c <= 57) {
    // "1." or "12)" (up to nine digits) may open an ordered list item.
    let j = i;
    while (j < text.length && j - i < 10 && isDigit(text.charCodeAt(j))) {
      j++;
    }
    const after = text.charCodeAt(j);
    return after === 46 || after === 41;
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The blocks the Markdown parser would find in `text`, computed without it, for texts that
 * provably hold nothing but paragraphs: no line may start (after up to three spaces) with a
 * character that could open another block construct (see {@link mayOpenBlock}). Paragraphs
 * are then the runs of lines separated by lines of spaces and tabs only; like remark, a
 * paragraph starts after its first line's indentation and ends at the end of its last line
 * (trailing white space included). Returns `undefined` whenever the text may hold anything
 * else, and the caller must ask the Markdown parser.
 */
export function plainMarkdownBlocks(text: string, lineMap: LineMap): { blocks: Block[]; listItems: ListItem[] } | undefined {
  const blocks: Block[] = [];
  let first = -1;
  let start = 0;
  let last = -1;
  const flush = (): void => {
    if (first >= 0) {
      blocks.push(paragraphBlock(blocks.length, start, lineMap.lines[last]!.end, first, last));
      first = -1;
    }
  };
  for (const line of lineMap.lines) {
    const end = line.end;
    let i = line.start;
    let tabs = false;
    for (let c = text.charCodeAt(i); i < end && (c === 32 || c === 9); c = text.charCodeAt(++i)) {
      tabs ||= c === 9;
    }
    if (i === end) {
      flush();
      continue;
    }
    // Tabs are columns, not characters, for indentation: leave them to the parser.
    if (tabs || i - line.start > 3 || mayOpenBlock(text, i)) {
      return undefined;
    }
    if (first < 0) {
      first = line.index;
      start = i;
    }
    last = line.index;
  }
  flush();
  return { blocks, listItems: [] };
}

/** A top-level paragraph block (no list, no quote) over lines `firstLine`–`lastLine`. */
export function paragraphBlock(index: number, start: number, end: number, firstLine: number, lastLine: number): Block {
  return { index, kind: 'paragraph', start, end, firstLine, lastLine, listDepth: 0, quoteDepth: 0 };
}
