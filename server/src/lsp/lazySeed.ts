/**
 * Seeds of the corpus that are parsed only when something asks for their structure.
 * Indexing a workspace needs only each file's lines (the corpus keys documents by their
 * normalised lines); the Markdown parse, sentences, language and outlet cost thirty times
 * more and are computed on first use.
 */
import { LineMap, maskTags, parseSeed, scanTags, type SeedDocument } from '../engine/index.js';

/** A {@link SeedDocument} whose lines are ready and whose other facts are parsed on first access. */
export function lazySeed(uri: string, text: string): SeedDocument {
  const lineMap = new LineMap(text);
  let full: SeedDocument | undefined;
  const parsed = (): SeedDocument => (full ??= parseSafely(uri, text, lineMap));
  // Review tags are cheap to find and the corpus index needs the masked text: both are read now.
  const tags = scanTags(text);
  const maskedText = tags.markup?.length ? maskTags(text, tags) : undefined;
  return {
    uri,
    text,
    lineMap,
    lines: lineMap.lines,
    tags,
    ...(maskedText === undefined ? {} : { maskedText }),
    get blocks() {
      return parsed().blocks;
    },
    get listItems() {
      return parsed().listItems;
    },
    get sentences() {
      return parsed().sentences;
    },
    get language() {
      return parsed().language;
    },
    get outlet() {
      return parsed().outlet;
    },
    get plain() {
      return parsed().plain;
    },
  };
}

/** A document that fails to parse (a bug) degrades to plain blocks, then to lines only, rather than failing whoever asked. */
function parseSafely(uri: string, text: string, lineMap: LineMap): SeedDocument {
  try {
    return parseSeed(uri, text);
  } catch {
    try {
      return parseSeed(uri, text, { markdownLimit: 0 });
    } catch {
      return { uri, text, lineMap, lines: lineMap.lines, blocks: [], listItems: [], sentences: [], language: 'und', outlet: null, plain: true };
    }
  }
}

/**
 * The document's outlet when it is known without parsing: set by the user's outlet map or by a
 * finished parse; `undefined` while a lazy seed's outlet still waits for its parse.
 */
export function knownOutlet(doc: SeedDocument): string | null | undefined {
  const own = Object.getOwnPropertyDescriptor(doc, 'outlet');
  return own && 'value' in own ? (own.value as string | null) : undefined;
}
