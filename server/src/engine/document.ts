import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { LanguageCode, Span } from './types.js';
import { LineMap, type Line } from './text.js';
import { endsSentence, splitSentences, type Sentence } from './sentences.js';
import { detectLanguage } from './language/detect.js';
import { detectOutlet } from './outlet.js';
import { scanTags } from './tags/parse.js';
import { maskTags } from './tags/mask.js';
import type { TagScan } from './tags/types.js';
import { markdownNesting, MAX_MARKDOWN_NESTING } from './nesting.js';
import { paragraphBlock, plainMarkdownBlocks } from './plainStructure.js';

/** Kinds of leaf blocks in a seed. */
export type BlockKind = 'paragraph' | 'heading' | 'code' | 'html' | 'thematicBreak' | 'other';

/** A leaf block of the Markdown structure: a paragraph, heading, code block… */
export interface Block extends Span {
  readonly index: number;
  readonly kind: BlockKind;
  /** First and last 0-based line the block touches. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** How many lists enclose the block (0 outside lists). */
  readonly listDepth: number;
  /** How many block quotes enclose the block. */
  readonly quoteDepth: number;
  /** Index into {@link SeedDocument.listItems} of the innermost enclosing list item. */
  readonly listItem?: number;
}

/** One item of a Markdown list (numbered or bulleted), nested items included. */
export interface ListItem extends Span {
  readonly index: number;
  /** 1 for a top-level item, 2 for an item of a list inside an item, and so on. */
  readonly depth: number;
  readonly ordered: boolean;
  /** The item's number in an ordered list. */
  readonly number?: number;
  /** Index of the enclosing list item, for nested items. */
  readonly parent?: number;
  readonly firstLine: number;
  readonly lastLine: number;
}

/** One parsed seed: the text, its lines, blocks, sentences, language and outlet. */
export interface SeedDocument {
  readonly uri: string;
  readonly text: string;
  readonly lineMap: LineMap;
  readonly lines: readonly Line[];
  readonly blocks: readonly Block[];
  readonly listItems: readonly ListItem[];
  readonly sentences: readonly Sentence[];
  readonly language: LanguageCode;
  /** Display name of the outlet, from what the text says of itself, or `null`. */
  readonly outlet: string | null;
  /** True when the Markdown parse was skipped (text too large) and blocks are blank-line paragraphs. */
  readonly plain: boolean;
  /** The review tags of the text (absent on documents not made by {@link parseSeed}). */
  readonly tags?: TagScan;
  /** The text with tag markup masked, offsets unchanged: what the rules read; absent when there is no markup. */
  readonly maskedText?: string;
}

/** Options of {@link parseSeed}. */
export interface ParseOptions {
  /** Above this many UTF-16 units the Markdown parse is skipped; blocks are blank-line paragraphs. */
  readonly markdownLimit?: number;
}

const markdown = unified().use(remarkParse).freeze();

/**
 * Parses a seed's text into lines, blocks, list items, sentences, language and outlet.
 * Review tags are read first; when the text has tag markup, blocks, sentences, language and
 * outlet come from the text with the markup masked (same offsets), and the masked text is
 * kept for the rules (see `tags/mask.ts`).
 */
export function parseSeed(uri: string, text: string, options: ParseOptions = {}): SeedDocument {
  const tags = scanTags(text);
  if (!tags.markup?.length) {
    return { ...parseText(uri, text, options), tags };
  }
  const maskedText = maskTags(text, tags);
  const lineMap = new LineMap(text);
  return { ...parseText(uri, maskedText, options), text, lineMap, lines: lineMap.lines, tags, maskedText };
}

function parseText(uri: string, text: string, options: ParseOptions): SeedDocument {
  const lineMap = new LineMap(text);
  const limit = options.markdownLimit ?? 1_000_000;
  let structure: { blocks: Block[]; listItems: ListItem[] } | undefined;
  if (text.length <= limit && markdownNesting(text) <= MAX_MARKDOWN_NESTING) {
    try {
      structure = plainMarkdownBlocks(text, lineMap) ?? markdownStructure(text, lineMap);
    } catch {
      structure = undefined;
    }
  }
  const plain = structure === undefined;
  structure ??= { blocks: plainBlocks(lineMap), listItems: [] };
  const language = detectLanguage(text);
  const sentences = collectSentences(text, lineMap, structure.blocks, language);
  const lines = lineMap.lines;
  return {
    uri,
    text,
    lineMap,
    lines,
    blocks: structure.blocks,
    listItems: structure.listItems,
    sentences,
    language,
    outlet: detectOutlet(lines),
    plain,
  };
}

interface MdNode {
  type: string;
  children?: MdNode[];
  ordered?: boolean | null;
  start?: number | null;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

interface Frame {
  node: MdNode;
  listDepth: number;
  quoteDepth: number;
  listItem?: number;
  ordered: boolean;
  number?: number;
}

const LEAF_KINDS: Record<string, BlockKind> = {
  paragraph: 'paragraph',
  heading: 'heading',
  code: 'code',
  html: 'html',
  thematicBreak: 'thematicBreak',
};

/**
 * The leaf blocks and list items of `text` from remark's Markdown parse, in document order.
 * Exported for the tests that hold {@link plainMarkdownBlocks} to it.
 */
export function markdownStructure(text: string, lineMap: LineMap): { blocks: Block[]; listItems: ListItem[] } {
  const root = markdown.parse(text) as MdNode;
  // micromark drops a leading byte order mark and counts its offsets from after it.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const blocks: Block[] = [];
  const listItems: ListItem[] = [];
  // An explicit stack: scraped pages can nest lists thousands deep.
  const stack: Frame[] = [{ node: root, listDepth: 0, quoteDepth: 0, ordered: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { node } = frame;
    const start = (node.position?.start.offset ?? 0) + bom;
    const end = (node.position?.end.offset ?? start - bom) + bom;
    const leaf = LEAF_KINDS[node.type];
    if (leaf) {
      blocks.push({
        index: 0,
        kind: leaf,
        start,
        end,
        firstLine: lineMap.lineAt(start),
        lastLine: lineMap.lineAt(Math.max(start, end - 1)),
        listDepth: frame.listDepth,
        quoteDepth: frame.quoteDepth,
        ...(frame.listItem === undefined ? {} : { listItem: frame.listItem }),
      });
      continue;
    }
    let childFrame: Omit<Frame, 'node'> = frame;
    if (node.type === 'listItem') {
      const index = listItems.length;
      listItems.push({
        index,
        depth: frame.listDepth,
        ordered: frame.ordered,
        ...(frame.number === undefined ? {} : { number: frame.number }),
        ...(frame.listItem === undefined ? {} : { parent: frame.listItem }),
        start,
        end,
        firstLine: lineMap.lineAt(start),
        lastLine: lineMap.lineAt(Math.max(start, end - 1)),
      });
      childFrame = { listDepth: frame.listDepth, quoteDepth: frame.quoteDepth, listItem: index, ordered: false };
    } else if (node.type === 'blockquote') {
      childFrame = { ...frame, quoteDepth: frame.quoteDepth + 1 };
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (node.type === 'list') {
        const first = typeof node.start === 'number' ? node.start : 1;
        stack.push({
          node: child,
          listDepth: frame.listDepth + 1,
          quoteDepth: frame.quoteDepth,
          ...(frame.listItem === undefined ? {} : { listItem: frame.listItem }),
          ordered: node.ordered === true,
          ...(node.ordered ? { number: first + i } : {}),
        });
      } else {
        stack.push({ ...childFrame, node: child });
      }
    }
  }
  // List items are pushed in document order by the depth-first walk; blocks too.
  return { blocks: blocks.map((b, index) => ({ ...b, index })), listItems };
}

function plainBlocks(lineMap: LineMap): Block[] {
  const blocks: Block[] = [];
  let first = -1;
  const flush = (last: number): void => {
    if (first < 0) {
      return;
    }
    blocks.push(paragraphBlock(blocks.length, lineMap.lines[first]!.start, lineMap.lines[last]!.end, first, last));
    first = -1;
  };
  for (const line of lineMap.lines) {
    if (line.text.trim() === '') {
      flush(line.index - 1);
    } else if (first < 0) {
      first = line.index;
    }
  }
  flush(lineMap.lines.length - 1);
  return blocks;
}

const STARTS_SENTENCE = /^\s*(?:[\p{Lu}\p{N}«"“„'‘(\[•*\-–—]|$)/u;

/**
 * Sentences of every paragraph and heading. Scraped text often has one paragraph per
 * line with no blank line between, so a line break ends a sentence unless the line
 * runs on (no closing punctuation) into a line that starts in lower case.
 */
function collectSentences(text: string, lineMap: LineMap, blocks: readonly Block[], language: LanguageCode): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'heading') {
      continue;
    }
    let runStart = -1;
    let runEnd = -1;
    const flush = (): void => {
      if (runStart < 0) {
        return;
      }
      for (const s of splitSentences(text, { start: runStart, end: runEnd }, language)) {
        out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), line: lineMap.lineAt(s.start) });
      }
      runStart = -1;
    };
    for (let n = block.firstLine; n <= block.lastLine; n++) {
      const line = lineMap.lines[n]!;
      const start = Math.max(line.start, block.start);
      const end = Math.min(line.end, block.end);
      if (end <= start || text.slice(start, end).trim() === '') {
        flush();
        continue;
      }
      const lineText = text.slice(start, end);
      if (runStart >= 0 && (endsSentence(text, runStart, runEnd) || STARTS_SENTENCE.test(lineText))) {
        flush();
      }
      if (runStart < 0) {
        runStart = start;
      }
      runEnd = end;
    }
    flush();
  }
  return out;
}
