/**
 * Dates in English and Russian news text, normalised to (possibly partial) ISO dates.
 * Weekdays and "yesterday" are resolved against the article's date when it is known:
 * in reporting, "on Monday" is the last Monday on or before the article's date, unless
 * the sentence speaks of the future ("will", "next", "будет").
 */

/** A calendar date, possibly partial: a year alone, a month and day without a year… */
export interface CalendarDate {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

/** A date written in a sentence. Offsets are into the text that was searched. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly date: CalendarDate;
  /** True when the date came from a weekday or "yesterday" resolved against the article's date. */
  readonly relative: boolean;
  /** 0 (Sunday) to 6, when the text names a weekday; the date is empty when it could not be resolved. */
  readonly weekday?: number;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const EN_MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const EN_MONTH = `(${EN_MONTH_NAMES})\\.?`;

/** Russian month stems: genitive ("22 февраля") and other cases ("в феврале"). */
const RU_MONTH_STEMS: readonly [string, number][] = [
  ['январ', 1], ['феврал', 2], ['март', 3], ['апрел', 4], ['ма[йяе]', 5], ['июн', 6], ['июл', 7],
  ['август', 8], ['сентябр', 9], ['октябр', 10], ['ноябр', 11], ['декабр', 12],
];
const RU_MONTH_NAMES = RU_MONTH_STEMS.map(([s]) => s).join('|');
const RU_MONTH = `(${RU_MONTH_NAMES})[\\p{L}]*`;

const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RU_WEEKDAY_STEMS = ['воскресень', 'понедельник', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот'];

const YEAR = '((?:19|20)\\d\\d)';

interface Pattern {
  readonly re: RegExp;
  /** Something `re` cannot match without: a quicker test that saves the search. */
  readonly cue?: RegExp;
  readonly read: (m: RegExpExecArray) => CalendarDate | undefined;
}

function enMonth(s: string): number {
  return EN_MONTHS[s.toLowerCase().replace(/\.$/u, '')] ?? 0;
}

function ruMonth(s: string): number {
  const lower = s.toLowerCase();
  for (const [stem, n] of RU_MONTH_STEMS) {
    if (new RegExp(`^${stem}`, 'u').test(lower)) {
      return n;
    }
  }
  return 0;
}

function day(s: string | undefined): number | undefined {
  if (s === undefined) {
    return undefined;
  }
  const n = Number(s);
  return n >= 1 && n <= 31 ? n : undefined;
}

function year(s: string | undefined): number | undefined {
  if (s === undefined) {
    return undefined;
  }
  const n = Number(s);
  if (s.length === 2) {
    return n < 50 ? 2000 + n : 1900 + n;
  }
  return n;
}

function valid(d: CalendarDate): CalendarDate | undefined {
  if (d.month !== undefined && (d.month < 1 || d.month > 12)) {
    return undefined;
  }
  if (d.day !== undefined && (d.day < 1 || d.day > 31)) {
    return undefined;
  }
  return d;
}

function compact(y: number | undefined, m: number | undefined, d: number | undefined): CalendarDate {
  return { ...(y === undefined ? {} : { year: y }), ...(m === undefined ? {} : { month: m }), ...(d === undefined ? {} : { day: d }) };
}

const SEP = '\\s*[/.\\-]\\s*';

const DASH = /-/u;
const EN_MONTH_CUE = new RegExp(EN_MONTH_NAMES, 'iu');
const RU_MONTH_CUE = new RegExp(RU_MONTH_NAMES, 'iu');

/** Absolute date patterns, most specific first; a later pattern never overlaps an earlier match. */
const PATTERNS: readonly Pattern[] = [
  // 2022-02-22
  { re: new RegExp(`${B}${YEAR}-(\\d\\d)-(\\d\\d)${E}`, 'gu'), cue: DASH, read: (m) => valid(compact(year(m[1]), Number(m[2]), day(m[3]))) },
  // 22.02.2022, 11 / 27 / 2005, 27/09/2013, 11/28/05
  {
    re: new RegExp(`${B}(\\d{1,2})${SEP}(\\d{1,2})${SEP}(\\d{4}|\\d{2})${E}`, 'gu'),
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const dotted = m[0].includes('.');
      // Dotted dates are day-first (Russian, European); slashed ones month-first unless that is impossible.
      const [d, mo] = dotted || a > 12 ? [a, b] : [b, a];
      return valid(compact(year(m[3]), mo, d));
    },
  },
  // February 22, 2022 · Feb. 22 · May 3rd, 2013
  {
    re: new RegExp(`${B}${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+${YEAR}${E})?`, 'giu'),
    cue: EN_MONTH_CUE,
    read: (m) => valid(compact(year(m[3]), enMonth(m[1]!), day(m[2]))),
  },
  // 22 February 2022 · 9 September
  {
    re: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH}${E}(?:,?\\s+${YEAR}${E})?`, 'giu'),
    cue: EN_MONTH_CUE,
    read: (m) => valid(compact(year(m[3]), enMonth(m[2]!), day(m[1]))),
  },
  // 22 февраля 2022 года
  {
    re: new RegExp(`${B}(\\d{1,2})\\s+${RU_MONTH}(?:\\s+${YEAR}(?:\\s*(?:года|год|г\\.))?)?`, 'giu'),
    cue: RU_MONTH_CUE,
    read: (m) => valid(compact(year(m[3]), ruMonth(m[2]!), day(m[1]))),
  },
  // February 2022 · в феврале 2022 года
  { re: new RegExp(`${B}${EN_MONTH}\\s+${YEAR}${E}`, 'giu'), cue: EN_MONTH_CUE, read: (m) => valid(compact(year(m[2]), enMonth(m[1]!), undefined)) },
  { re: new RegExp(`${B}${RU_MONTH}\\s+${YEAR}`, 'giu'), cue: RU_MONTH_CUE, read: (m) => valid(compact(year(m[2]), ruMonth(m[1]!), undefined)) },
  // in 2014 · в 2014 году (a bare year, not a number of things)
  {
    re: new RegExp(`${B}(?:in|since|of|в|с|до|от)\\s+${YEAR}${E}|${B}${YEAR}\\s+(?:году|года|год|г\\.)`, 'giu'),
    read: (m) => compact(year(m[1] ?? m[2]), undefined, undefined),
  },
];

const WEEKDAY_EN = new RegExp(`${B}(?:(last|next|this)\\s+|on\\s+)?(${EN_WEEKDAYS.join('|')})${E}`, 'giu');
const WEEKDAY_RU = new RegExp(`${B}(?:(в|во|в\\s+прошлую|в\\s+прошлый|в\\s+следующую|в\\s+следующий|в\\s+эту|в\\s+этот)\\s+)(${RU_WEEKDAY_STEMS.join('|')})[\\p{L}]*`, 'giu');
const DAY_WORDS = new RegExp(`${B}(yesterday|today|tomorrow|вчера|сегодня|завтра|позавчера)${E}`, 'giu');
const DAY_WORD = /day/iu;
const FUTURE = new RegExp(`${B}(will|shall|next|plans?\\s+to|is\\s+to|are\\s+to|будет|будут|планир\\p{L}*|намерен\\p{L}*|следующ\\p{L}*|состоится)${E}`, 'iu');

/** 0 (Sunday) to 6 for a full date. */
export function weekdayOf(d: CalendarDate): number | undefined {
  const n = dayNumber(d);
  return n === undefined ? undefined : new Date(n * 86_400_000).getUTCDay();
}

/** Days since 1970-01-01 of a full date (UTC). */
export function dayNumber(d: CalendarDate): number | undefined {
  if (d.year === undefined || d.month === undefined || d.day === undefined) {
    return undefined;
  }
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

function fromDayNumber(n: number): CalendarDate {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The date as ISO 8601: `2022-02-22`, `2022-02`, `2022`, or `--02-22` when the year is unknown. */
export function isoDate(d: CalendarDate): string {
  const p2 = (n: number): string => String(n).padStart(2, '0');
  if (d.year === undefined) {
    return d.month === undefined ? '' : d.day === undefined ? `--${p2(d.month)}` : `--${p2(d.month)}-${p2(d.day)}`;
  }
  if (d.month === undefined) {
    return String(d.year);
  }
  return d.day === undefined ? `${d.year}-${p2(d.month)}` : `${d.year}-${p2(d.month)}-${p2(d.day)}`;
}

/** Parses an ISO date written by {@link isoDate}. */
export function parseIsoDate(iso: string): CalendarDate | undefined {
  const m = /^(?:(\d{4})|-)(?:-(\d\d)(?:-(\d\d))?)?$/u.exec(iso);
  if (!m) {
    return undefined;
  }
  return compact(m[1] === undefined ? undefined : Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
}

/**
 * Every date written in `text`. `reference` (the article's date) completes dates
 * without a year and resolves weekdays and "yesterday"; without it those stay partial
 * (a weekday without a reference is dropped: it names no date).
 */
export function findDates(text: string, reference?: CalendarDate): DateMention[] {
  const taken: { start: number; end: number }[] = [];
  const out: DateMention[] = [];
  const free = (s: number, e: number): boolean => taken.every((t) => e <= t.start || s >= t.end);
  const refDay = reference ? dayNumber(reference) : undefined;
  // Every pattern needs an ASCII digit (a day, a month number or a year): most sentences have none.
  const patterns = /\d/u.test(text) ? PATTERNS : [];
  const cues = new Map<RegExp, boolean>();
  const cueFound = (cue: RegExp): boolean => {
    let found = cues.get(cue);
    if (found === undefined) {
      found = cue.test(text);
      cues.set(cue, found);
    }
    return found;
  };
  for (const p of patterns) {
    if (p.cue !== undefined && !cueFound(p.cue)) {
      continue;
    }
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const date = p.read(m);
      if (!date || !free(start, end)) {
        continue;
      }
      taken.push({ start, end });
      const completed = date.year === undefined && date.month !== undefined && reference?.year !== undefined
        ? { ...date, year: reference.year }
        : date;
      out.push({ start, end, text: m[0], date: completed, relative: false });
    }
  }
  let future: boolean | undefined;
  // Every English weekday ends in "day": a sentence without it needs no search for one.
  for (const re of DAY_WORD.test(text) ? [WEEKDAY_EN, WEEKDAY_RU] : [WEEKDAY_RU]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) {
        continue;
      }
      const name = m[2]!.toLowerCase();
      const weekday = re === WEEKDAY_EN ? EN_WEEKDAYS.indexOf(name) : RU_WEEKDAY_STEMS.findIndex((s) => name.startsWith(s));
      if (weekday < 0) {
        continue;
      }
      taken.push({ start, end });
      if (refDay === undefined) {
        out.push({ start, end, text: m[0], date: {}, relative: true, weekday });
        continue;
      }
      const qualifier = (m[1] ?? '').toLowerCase();
      future ??= FUTURE.test(text);
      const forward = /next|следующ/u.test(qualifier) || (future && !/last|прошл/u.test(qualifier));
      const refWeekday = new Date(refDay * 86_400_000).getUTCDay();
      const delta = forward ? ((weekday - refWeekday + 7) % 7 || 7) : -((refWeekday - weekday + 7) % 7);
      out.push({ start, end, text: m[0], date: fromDayNumber(refDay + delta), relative: true, weekday });
    }
  }
  if (refDay !== undefined) {
    DAY_WORDS.lastIndex = 0;
    for (let m = DAY_WORDS.exec(text); m; m = DAY_WORDS.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) {
        continue;
      }
      const w = m[1]!.toLowerCase();
      const delta = w === 'yesterday' || w === 'вчера' ? -1 : w === 'позавчера' ? -2 : w === 'tomorrow' || w === 'завтра' ? 1 : 0;
      taken.push({ start, end });
      out.push({ start, end, text: m[0], date: fromDayNumber(refDay + delta), relative: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether two dates can name the same day: every field known in both must agree
 * (a date without a year matches the same month and day of any year).
 */
export function datesCompatible(a: CalendarDate, b: CalendarDate): boolean {
  for (const k of ['year', 'month', 'day'] as const) {
    const x = a[k];
    const y = b[k];
    if (x !== undefined && y !== undefined && x !== y) {
      return false;
    }
  }
  return true;
}

const FRONT_MATTER = /^\uFEFF?---\s*\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/u;
const FRONT_DATE = /^(?:date|published|pubdate|publication_date|created|дата)\s*:\s*["']?([^"'\r\n]+)/imu;
const DATELINE_CUE = /^\s*(?:published|posted|updated|last\s+updated|опубликовано|обновлено|дата\s+публикации)\b/iu;

const LINE_END = /\r?\n|\r/gu;

/** The first `count` lines of `text` that are not blank, without splitting the rest of it. */
function firstLines(text: string, count: number): string[] {
  const out: string[] = [];
  let start = 0;
  LINE_END.lastIndex = 0;
  while (out.length < count && start <= text.length) {
    const m = LINE_END.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') {
      out.push(line);
    }
    start = m ? end + m[0].length : text.length + 1;
  }
  return out;
}

/**
 * The article's publication date: a `date:` field of a front-matter block, else a
 * date on a short line near the top (a dateline such as "Published May 3, 2013" or
 * "22.02.2022 12:30"). Only full dates (year, month, day) count.
 */
export function publicationDate(text: string): CalendarDate | undefined {
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    const field = FRONT_DATE.exec(fm[1]!);
    if (field) {
      const d = findDates(field[1]!).find((x) => dayNumber(x.date) !== undefined);
      if (d) {
        return d.date;
      }
    }
  }
  for (const line of firstLines(text, 8)) {
    const found = findDates(line).filter((x) => dayNumber(x.date) !== undefined);
    if (found.length === 0) {
      continue;
    }
    const rest = line.replace(found[0]!.text, '').replace(/[\p{P}\p{S}\d\s]+/gu, ' ').trim();
    const restWords = rest === '' ? 0 : rest.split(' ').length;
    // A dateline is mostly the date (with a weekday, a time, a cue word); a sentence is not.
    if (DATELINE_CUE.test(line) || restWords <= 6) {
      return found[0]!.date;
    }
  }
  return undefined;
}
