/**
 * Document symbols for VS Code's Outline: "who said what". Each source is a symbol, and
 * under it each of its statements, named by a short excerpt of the sentence.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { SeedDocument, SourceStatement, SourceSummary, Span } from '../engine/index.js';
import { toLspRange } from './convert.js';
import { sourceKindOf, type SourceKind } from './sourceKind.js';
import { ATTRIBUTION_LABELS, excerpt } from './statementText.js';

/** The outline icon of each kind of source. */
export const SOURCE_SYMBOL_KINDS: Readonly<Record<SourceKind, SymbolKind>> = {
  person: SymbolKind.Variable,
  organisation: SymbolKind.Object,
  document: SymbolKind.File,
  vague: SymbolKind.Null,
  unnamed: SymbolKind.Null,
};

/** Statements are named by at most this many characters of their sentence. */
const STATEMENT_NAME_LENGTH = 60;

/**
 * One symbol per source, in order of first appearance, with its statements as children.
 * A source's range spans its mentions and statements; its selection range is where it is
 * first named (or its first statement's cue when it is never named). A statement's range is
 * its sentence; its selection range is the cue, or the source, when it lies in the sentence.
 */
export function sourceSymbols(doc: SeedDocument, sources: readonly SourceSummary[]): DocumentSymbol[] {
  return sources
    .filter((s) => s.statements.length > 0)
    .map((source) => {
      const kind = sourceKindOf(source);
      const count = source.statements.length;
      const hull = hullOf([...source.mentions, ...source.statements.map((s) => s.sentence)]);
      const named = source.mentions[0] ?? source.statements[0]!.cue;
      return {
        name: excerpt(source.name, 80),
        detail: `${kind} · ${count} ${count === 1 ? 'statement' : 'statements'}`,
        kind: SOURCE_SYMBOL_KINDS[kind],
        range: toLspRange(doc.lineMap, hull),
        selectionRange: toLspRange(doc.lineMap, named),
        children: source.statements.map((statement) => statementSymbol(doc, source, statement)),
      };
    });
}

/** The smallest span holding all of `spans` (a loop: a long document's source can have thousands). */
function hullOf(spans: readonly Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

function statementSymbol(doc: SeedDocument, source: SourceSummary, statement: SourceStatement): DocumentSymbol {
  const { sentence, cue } = statement;
  const inside = (span: Span) => sentence.start <= span.start && span.end <= sentence.end;
  const mention = source.mentions.find(inside);
  const selection = inside(cue) ? cue : (mention ?? sentence);
  return {
    name: excerpt(doc.text.slice(sentence.start, sentence.end), STATEMENT_NAME_LENGTH),
    detail: ATTRIBUTION_LABELS[statement.kind],
    kind: SymbolKind.String,
    range: toLspRange(doc.lineMap, sentence),
    selectionRange: toLspRange(doc.lineMap, selection),
  };
}
