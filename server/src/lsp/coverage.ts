/**
 * The `sourceReview/eventCoverage` request: which outlet reported which event, in which
 * language and in which sentences, and which documents no other outlet covers. Built from
 * the workspace's event index for the editor's coverage view.
 */
import { RequestType0, type Range } from 'vscode-languageserver';
import type { CorpusEvent, EventMention } from '../engine/events/index.js';
import type { LanguageCode, SeedDocument } from '../engine/index.js';
import { toLspRange } from './convert.js';

/** One sentence that reports the event. */
export interface CoverageMention {
  readonly uri: string;
  readonly range: Range;
  readonly text: string;
}

/** One outlet's reports of an event. */
export interface CoverageOutlet {
  /** The outlet's name, or `null` when its documents do not say (each such document is an outlet of its own). */
  readonly outlet: string | null;
  /** What to show: the name, or the document's file name when the outlet is unknown. */
  readonly label: string;
  /** Languages of its mentions, most frequent first. */
  readonly languages: readonly LanguageCode[];
  readonly mentions: readonly CoverageMention[];
}

/** One event and the outlets that report it. */
export interface CoverageEvent {
  readonly id: string;
  readonly summary: string;
  /** The date the summary names (its trailing parenthesis), if any. */
  readonly date: string | null;
  /** Outlets by name (unknown outlets last). */
  readonly outlets: readonly CoverageOutlet[];
}

/** A document whose events no other outlet reports. */
export interface UncoveredDocument {
  readonly uri: string;
  readonly label: string;
  readonly outlet: string | null;
  readonly language: LanguageCode;
}

/** The `sourceReview/eventCoverage` response. */
export interface EventCoverage {
  /** Documents in the corpus. */
  readonly documents: number;
  /** Events reported by two or more outlets, in index order. */
  readonly events: readonly CoverageEvent[];
  /** Events whose every report comes from one outlet (e.g. a story and its update). */
  readonly singleOutletEvents: readonly CoverageEvent[];
  /** Documents sharing no event with another outlet, by file name (the first {@link MAX_UNCOVERED}). */
  readonly uncovered: readonly UncoveredDocument[];
  /** How many documents share no event with another outlet (may exceed the list's length). */
  readonly uncoveredTotal: number;
}

/** At most this many uncovered documents are listed: a large corpus has thousands, and the view is for looking. */
export const MAX_UNCOVERED = 1000;

/** Client → server: the coverage of the workspace corpus's events (`null` before the server is initialised). */
export const EventCoverageRequest = new RequestType0<EventCoverage | null, void>('sourceReview/eventCoverage');

/** Client → server: drop the corpus and its event index and build both again from disk. */
export const ReindexCorpusRequest = new RequestType0<{ readonly documents: number; readonly events: number } | null, void>('sourceReview/reindexCorpus');

/** How the coverage finds a document (the version the events were indexed from). */
export type CoverageLookup = (uri: string) => SeedDocument | undefined;

/** Builds the coverage report of `events` over the corpus documents `uris`. */
export function eventCoverage(events: readonly CorpusEvent[], uris: readonly string[], lookup: CoverageLookup): EventCoverage {
  const multi: CoverageEvent[] = [];
  const single: CoverageEvent[] = [];
  const covered = new Set<string>();
  for (const event of events) {
    const outlets = outletsOf(event.mentions, lookup);
    const entry: CoverageEvent = { id: event.id, summary: event.summary, date: dateOf(event.summary), outlets };
    if (outlets.length >= 2) {
      multi.push(entry);
      outlets.forEach((o) => o.mentions.forEach((m) => covered.add(m.uri)));
    } else {
      single.push(entry);
    }
  }
  const uncovered: UncoveredDocument[] = [];
  for (const uri of uris) {
    const doc = lookup(uri);
    if (doc && !covered.has(uri)) {
      uncovered.push({ uri, label: fileName(uri), outlet: doc.outlet, language: doc.language });
    }
  }
  uncovered.sort((a, b) => a.label.localeCompare(b.label) || a.uri.localeCompare(b.uri));
  return { documents: uris.length, events: multi, singleOutletEvents: single, uncovered: uncovered.slice(0, MAX_UNCOVERED), uncoveredTotal: uncovered.length };
}

/** Groups mentions by outlet; a document of unknown outlet is an outlet of its own. */
function outletsOf(mentions: readonly EventMention[], lookup: CoverageLookup): CoverageOutlet[] {
  const groups = new Map<string, { outlet: string | null; label: string; mentions: EventMention[] }>();
  for (const m of mentions) {
    const key = m.outlet === null ? `\u0000${m.uri}` : m.outlet;
    const group = groups.get(key) ?? { outlet: m.outlet, label: m.outlet ?? fileName(m.uri), mentions: [] };
    group.mentions.push(m);
    groups.set(key, group);
  }
  const out: CoverageOutlet[] = [];
  for (const group of groups.values()) {
    const resolved: CoverageMention[] = [];
    for (const m of group.mentions) {
      const doc = lookup(m.uri);
      if (doc) {
        resolved.push({ uri: m.uri, range: toLspRange(doc.lineMap, m.span), text: m.text });
      }
    }
    if (resolved.length > 0) {
      out.push({ outlet: group.outlet, label: group.label, languages: byFrequency(group.mentions.map((m) => m.language)), mentions: resolved });
    }
  }
  return out.sort((a, b) => Number(a.outlet === null) - Number(b.outlet === null) || a.label.localeCompare(b.label));
}

function byFrequency<T extends string>(items: readonly T[]): T[] {
  const counts = new Map<T, number>();
  items.forEach((item) => counts.set(item, (counts.get(item) ?? 0) + 1));
  return [...counts].sort((a, b) => b[1] - a[1]).map(([item]) => item);
}

/** The trailing parenthesis of a summary ("Latvia ban grain (2024-06-03)" → "2024-06-03"). */
function dateOf(summary: string): string | null {
  return /\(([^()]+)\)\s*$/u.exec(summary)?.[1]?.trim() ?? null;
}

/** The last segment of a URI's path, decoded. */
function fileName(uri: string): string {
  const last = uri.split(/[/\\]/u).filter((s) => s !== '').at(-1) ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
