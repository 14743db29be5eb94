/** A short English summary of an event from its mentions: "Actor predicate object (date)". */
import { isoDate, type CalendarDate } from './dates.js';
import { gazetteerEntry, type EntityMention } from './entities.js';
import { predicateEntry } from './predicates.js';
import type { SentenceSignature } from './signature.js';
import { isCyrillic, transliterate } from './translit.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, { n: number; items: T[] }> {
  const out = new Map<string, { n: number; items: T[] }>();
  for (const item of items) {
    const k = key(item);
    const slot = out.get(k) ?? { n: 0, items: [] };
    slot.n++;
    slot.items.push(item);
    out.set(k, slot);
  }
  return out;
}

function top<T>(counts: Map<string, { n: number; items: T[] }>, skip: ReadonlySet<string> = new Set()): [string, T[]] | undefined {
  let best: [string, T[]] | undefined;
  let bestN = 0;
  for (const [k, { n, items }] of counts) {
    if (!skip.has(k) && n > bestN) {
      best = [k, items];
      bestN = n;
    }
  }
  return best;
}

/** English display name of an entity: the gazetteer's, else a Latin spelling used, else a romanisation. */
export function displayName(mentions: readonly EntityMention[]): string {
  const entry = gazetteerEntry(mentions[0]!.key);
  if (entry) {
    return entry.name;
  }
  const latin = mentions.find((m) => !isCyrillic(m.surface));
  if (latin) {
    return latin.surface.replace(/['’]s$/u, '');
  }
  return transliterate(mentions[0]!.surface)
    .split(/\s+/u)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Formats a date for a summary: "22 Feb 2022", "22 Feb", "Feb 2022", "2022". */
export function formatDate(d: CalendarDate): string {
  if (d.month === undefined) {
    return d.year === undefined ? '' : String(d.year);
  }
  const month = MONTHS[d.month - 1]!;
  const parts = [d.day === undefined ? '' : String(d.day), month, d.year === undefined ? '' : String(d.year)];
  return parts.filter((p) => p !== '').join(' ');
}

/** Summarises an event from the signatures of its mentions; `predicateId` names what happened. */
export function summariseEvent(mentions: readonly SentenceSignature[], predicateId?: string): string {
  const id = predicateId ?? top(countBy(mentions.flatMap((m) => m.predicates), (p) => p.id))?.[0];
  const label = id ? (predicateEntry(id)?.label ?? id) : 'reported';
  const actor = top(countBy(mentions.flatMap((m) => (m.actor ? [m.actor] : [])), (e) => e.key));
  // The actor's own state is no object: "Putin orders Russia…" says nothing.
  const skip = new Set(actor ? [actor[0], ...actor[1].flatMap((e) => (e.actsFor ? [e.actsFor] : []))] : []);
  const objects = countBy(
    mentions.flatMap((m) => {
      const at = (m.predicates.find((p) => p.id === id) ?? m.predicates[0])?.start ?? 0;
      return m.entities.filter((e) => e.start >= at && (e.actsFor === undefined || !skip.has(e.actsFor)));
    }),
    (e) => e.key,
  );
  const first = top(objects, skip);
  if (first) {
    skip.add(first[0]);
  }
  const second = first ? top(objects, skip) : undefined;
  const dates = countBy(
    mentions.flatMap((m) => m.dates.filter((d) => d.date.day !== undefined).map((d) => d.date)),
    (d) => isoDate(d),
  );
  // A date with a year beats the same day without one.
  const day = top(dates);
  const fullDay = day ? [...dates.values()].flatMap((v) => v.items).find((d) => d.year !== undefined && d.month === day[1][0]!.month && d.day === day[1][0]!.day) : undefined;
  const when = day ? formatDate(fullDay ?? day[1][0]!) : '';
  const who = actor ? displayName(actor[1]) : '';
  const what = [first, second].filter((x): x is [string, EntityMention[]] => x !== undefined).map(([, ms]) => displayName(ms)).join(' and ');
  const text = [who, label, what].filter((s) => s !== '').join(' ');
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return when ? `${sentence} (${when})` : sentence;
}
