/**
 * Reads one HTML comment as review-tag markup. A hand-written scanner, not regular
 * expressions: every character of a comment is looked at a bounded number of times, so
 * a huge comment costs linear time.
 */
import type { Span } from '../types.js';
import { TAG_KINDS, type TagKind } from './types.js';

/** A closing comment `<!-- /review -->`. */
export interface CloseMarkup {
  readonly type: 'close';
  readonly span: Span;
  /** End of the word `review`: where a missing `-->` belongs. */
  readonly headEnd: number;
}

/** An opening comment `<!-- review:kind note="…" -->`, read as well as it could be. */
export interface OpenMarkup {
  readonly type: 'open';
  readonly span: Span;
  /** The kind as written (lower case), possibly empty. */
  readonly written: string;
  /** The kind, when `written` is one of the contract's kinds. */
  readonly kind?: TagKind;
  /** The note, unescaped; recovered as well as possible when malformed. */
  readonly note?: string;
  /** What is wrong with the note or the text after the kind, if anything. */
  readonly noteProblem?: string;
  /** End of the kind word: where a missing `-->` belongs. */
  readonly headEnd: number;
}

/** Tag markup found in one comment. */
export type TagMarkup = OpenMarkup | CloseMarkup;

/**
 * Reads the comment body `text[from, to)` (between `<!--` and `-->`) of the comment at
 * `span`. Returns `undefined` for comments that are not review tags: a tag starts with
 * `review:` or `/review` (any case, white space allowed around each part).
 */
export function readTagMarkup(text: string, span: Span, from: number, to: number): TagMarkup | undefined {
  let i = skipSpace(text, from, to);
  const closing = text.charCodeAt(i) === 47; // '/'
  if (closing) {
    i = skipSpace(text, i + 1, to);
  }
  if (!startsWithWord(text, i, to, 'review')) {
    return undefined;
  }
  i += 6;
  if (closing) {
    return { type: 'close', span, headEnd: i };
  }
  i = skipSpace(text, i, to);
  if (text.charCodeAt(i) !== 58 || i >= to) {
    return undefined; // a comment that merely starts with the word "review"
  }
  i = skipSpace(text, i + 1, to);
  const kindStart = i;
  while (i < to && isWordChar(text[i]!)) {
    i++;
  }
  const written = text.slice(kindStart, i).toLowerCase();
  const kind = (TAG_KINDS as readonly string[]).includes(written) ? (written as TagKind) : undefined;
  return { type: 'open', span, written, ...(kind ? { kind } : {}), ...readAttributes(text, i, to), headEnd: i };
}

/** The note and its problem, from the text after the kind. */
function readAttributes(text: string, from: number, to: number): { note?: string; noteProblem?: string } {
  let note: string | undefined;
  let problem: string | undefined;
  const addNote = (part: string) => {
    note = note === undefined ? part : `${note} ${part}`;
  };
  let i = skipSpace(text, from, to);
  while (i < to) {
    if (!startsWithWord(text, i, to, 'note')) {
      const rest = text.slice(i, to).trim();
      problem ??= `Unexpected text "${clip(rest)}" after the kind; write a note as note="…".`;
      addNote(rest);
      break;
    }
    if (note !== undefined) {
      problem ??= 'The tag has more than one note; keep one note="…".';
    }
    let j = skipSpace(text, i + 4, to);
    if (text.charCodeAt(j) !== 61 || j >= to) {
      problem ??= 'The note needs an equals sign and quotes: note="…".';
      const rest = text.slice(j, to).trim();
      if (rest !== '') {
        addNote(rest);
      }
      break;
    }
    j = skipSpace(text, j + 1, to);
    const quote = text[j];
    const closer = quote === undefined || j >= to ? undefined : QUOTE_PAIRS[quote];
    if (closer === undefined) {
      problem ??= 'The note must be in double quotes: note="…".';
      addNote(text.slice(j, to).trim());
      break;
    }
    if (quote !== '"') {
      problem ??= `The note must be in straight double quotes ("…"), not ${quote}…${closer}.`;
    }
    const read = readQuoted(text, j + 1, to, closer);
    addNote(read.value);
    if (read.end < 0) {
      problem ??= 'The note has no closing quote.';
      break;
    }
    i = skipSpace(text, read.end + 1, to);
  }
  return { ...(note !== undefined ? { note } : {}), ...(problem !== undefined ? { noteProblem: problem } : {}) };
}

/** Quote characters a note may (or, for the tolerant reading, might) be written in, and their closers. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '“': '”',
  '„': '“',
  '«': '»',
  '”': '”',
};

/** Reads a quoted string from `from` up to the unescaped `closer`; `end` is the closer's offset or -1. */
function readQuoted(text: string, from: number, to: number, closer: string): { value: string; end: number } {
  let value = '';
  let runStart = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < to) {
      value += text.slice(runStart, i) + text[i + 1];
      i++;
      runStart = i + 1;
    } else if (c === closer) {
      return { value: value + text.slice(runStart, i), end: i };
    }
  }
  return { value: (value + text.slice(runStart, to)).trimEnd(), end: -1 };
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** Whether `word` (lower case) starts at `i`, in any case, not followed by another word character. */
function startsWithWord(text: string, i: number, to: number, word: string): boolean {
  if (i + word.length > to || text.slice(i, i + word.length).toLowerCase() !== word) {
    return false;
  }
  const next = i + word.length;
  return next >= to || !isWordChar(text[next]!);
}

const WORD_CHAR = /[\p{L}\p{N}_-]/u;

function isWordChar(c: string): boolean {
  return WORD_CHAR.test(c);
}

/** First offset at or after `i` (below `to`) that is not white space; line breaks count as white space. */
export function skipSpace(text: string, i: number, to: number): number {
  while (i < to && isSpaceCode(text.charCodeAt(i))) {
    i++;
  }
  return i;
}

/** White space inside a comment or around a tag on its line (line breaks included). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0x2009 || c === 0x202f || c === 0xfeff;
}
