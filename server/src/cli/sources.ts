/**
 * "Who said what" for `check`: each source of a document with where it is named and its
 * statements, positioned as in LSP (0-based line, UTF-16 character), like diagnostics.
 */
import {
  analyseAttribution,
  summariseSources,
  type AttributionKind,
  type Finding,
  type Range,
  type SeedDocument,
  type Span,
} from '../engine/index.js';

/** A range of the document and the text under it. */
export interface ReportedSpan {
  readonly range: Range;
  readonly text: string;
}

/** One statement of a source: its sentence, how it is attributed, and the cue that attributes it. */
export interface ReportedStatement {
  readonly kind: AttributionKind;
  /** The sentence. */
  readonly range: Range;
  /** The reporting verb, phrase or quote opening; in another sentence for `backward` and `continuation`. */
  readonly cue: ReportedSpan;
  /** The sentence as it stands in the file. */
  readonly text: string;
}

/** A source of the article, with the places that name it and its statements in order. */
export interface ReportedSource {
  /** The fullest form of the name the article uses, or `(source not named)`. */
  readonly name: string;
  /** True for attribution to no one in particular ("some say", "сообщается"); `name` is then the phrase. */
  readonly vague: boolean;
  readonly mentions: readonly Range[];
  readonly statements: readonly ReportedStatement[];
}

/**
 * The sources of `doc`, in order of first appearance, given the analyzer's `findings` for it
 * (boilerplate and reader comments are not the article's body, so they have no sources).
 */
export function reportSources(doc: SeedDocument, findings: readonly Finding[]): ReportedSource[] {
  const range = (span: Span): Range => ({ start: doc.lineMap.positionAt(span.start), end: doc.lineMap.positionAt(span.end) });
  const text = (span: Span): string => doc.text.slice(span.start, span.end);
  return summariseSources(doc.text, analyseAttribution(doc, findings)).map((source) => ({
    name: source.name,
    vague: source.vague,
    mentions: source.mentions.map(range),
    statements: source.statements.map((s) => ({
      kind: s.kind,
      range: range(s.sentence),
      cue: { range: range(s.cue), text: text(s.cue) },
      text: text(s.sentence),
    })),
  }));
}
