/**
 * The hover on a source's name: everything that source says in this document, each
 * statement with a link to its line.
 */
import type { SeedDocument, SourceSummary, Span } from '../engine/index.js';
import { displayLine } from './convert.js';
import { sourceKindOf } from './sourceKind.js';
import { ATTRIBUTION_LABELS, excerpt } from './statementText.js';

/** A hover lists at most this many statements (a press conference can fill a page). */
const MAX_STATEMENTS = 30;

/** Statements are quoted with at most this many characters. */
const STATEMENT_EXCERPT_LENGTH = 200;

/** A source named under the cursor, and the mention that names it there. */
export interface SourceUnderCursor {
  readonly source: SourceSummary;
  readonly mention: Span;
}

/** The source whose name (one of its mentions) contains `offset`, both ends included. */
export function sourceAt(sources: readonly SourceSummary[], offset: number): SourceUnderCursor | undefined {
  for (const source of sources) {
    const mention = source.mentions.find((m) => m.start <= offset && offset <= m.end);
    if (mention) {
      return { source, mention };
    }
  }
  return undefined;
}

/**
 * Markdown listing a source's statements in `doc`: the kind of each and an excerpt, after a
 * `[line N](uri#LN)` link (1-based) to the line where the sentence starts.
 */
export function sourceHoverMarkdown(doc: SeedDocument, source: SourceSummary): string {
  const count = source.statements.length;
  const heading = `**${escapeMarkdown(source.name)}** (${sourceKindOf(source)}): ${count} ${count === 1 ? 'statement' : 'statements'} in this document`;
  const target = doc.uri.replace(/\(/g, '%28').replace(/\)/g, '%29');
  const items = source.statements.slice(0, MAX_STATEMENTS).map((statement) => {
    const line = displayLine(doc.lineMap.lineAt(statement.sentence.start));
    const text = excerpt(doc.text.slice(statement.sentence.start, statement.sentence.end), STATEMENT_EXCERPT_LENGTH);
    return `- [line ${line}](${target}#L${line}) · ${ATTRIBUTION_LABELS[statement.kind]}: ${escapeMarkdown(text)}`;
  });
  if (count > MAX_STATEMENTS) {
    items.push(`- … and ${count - MAX_STATEMENTS} more`);
  }
  return `${heading}\n\n${items.join('\n')}`;
}

/** Article text shown literally in Markdown: no emphasis, links, HTML or code spans. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/gu, (c) => `\\${c}`);
}
