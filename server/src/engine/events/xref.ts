/** The `xref --format json` shape of the outside contract, built from an {@link EventIndex}. */
import type { LanguageCode, Position, Range } from '../types.js';
import type { LineMap } from '../text.js';
import type { CorpusEvent } from './eventIndex.js';

/** One mention as the contract's `xref` JSON lists it. */
export interface XrefMention {
  readonly path: string;
  readonly outlet: string | null;
  readonly language: LanguageCode;
  readonly range: Range;
  readonly text: string;
}

/** One event as the contract's `xref` JSON lists it. */
export interface XrefEvent {
  readonly id: string;
  readonly summary: string;
  readonly mentions: readonly XrefMention[];
}

/** The whole `xref --format json` document. */
export interface XrefReport {
  readonly version: 1;
  readonly events: readonly XrefEvent[];
}

/** How the caller names a document: its path as given on the command line, and its line map. */
export type XrefDocumentLookup = (uri: string) => { readonly path: string; readonly lineMap: OffsetPositions } | undefined;

/** What {@link xrefReport} needs of a document's {@link LineMap}. */
export interface OffsetPositions {
  positionAt(offset: number): Position;
}

/** Builds the contract's `xref` report; mentions of documents the lookup does not know are left out. */
export function xrefReport(events: readonly CorpusEvent[], lookup: XrefDocumentLookup): XrefReport {
  const out: XrefEvent[] = [];
  for (const event of events) {
    const mentions: XrefMention[] = [];
    for (const m of event.mentions) {
      const doc = lookup(m.uri);
      if (!doc) {
        continue;
      }
      mentions.push({
        path: doc.path,
        outlet: m.outlet,
        language: m.language,
        range: { start: doc.lineMap.positionAt(m.span.start), end: doc.lineMap.positionAt(m.span.end) },
        text: m.text,
      });
    }
    if (new Set(mentions.map((m) => m.path)).size >= 2) {
      out.push({ id: event.id, summary: event.summary, mentions });
    }
  }
  return { version: 1, events: out };
}
