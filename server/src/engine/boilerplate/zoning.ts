import type { LineFeatures } from './features.js';
import { isByline, isDateline } from './metadata.js';

/**
 * Context-free class of a unit of text, after jusText (Pomikálek 2011): `good` is
 * article-like prose, `neargood` almost, `short` too short to tell, `bad` chrome.
 */
export type UnitClass = 'good' | 'neargood' | 'short' | 'bad';

/** The verdict of the page-zoning classifier for one line. */
export interface LineZone {
  /** Class before context smoothing. */
  readonly initial: UnitClass | 'blank';
  /** Class after context smoothing: article text or chrome. */
  readonly final: 'good' | 'bad' | 'blank';
  /** Why the line is what it is, for hovers. */
  readonly reason: string;
}

/** Thresholds of the classifier (characters and stopword shares). */
const LENGTH_LOW = 70;
const LENGTH_HIGH = 150;
const STOPWORDS_LOW = 0.22;
const STOPWORDS_HIGH = 0.3;
/** Russian prose has no articles and our list of its function words is short: lower bars. */
const RU_STOPWORDS_LOW = 0.1;
const RU_STOPWORDS_HIGH = 0.15;
/** Weight of chrome in the main-segment search: per character (capped) and per line. */
const CHROME_WEIGHT = 1;
const CHROME_WEIGHT_CAP = 200;
const CHROME_TOLL = 40;
/** How far (in characters) a short title may stand before the prose it introduces. */
const MAX_HEADING_DISTANCE = 200;

const MENU_SEPARATORS = /\s[|·•»›\/]\s|\s[-–—]\s/gu;
const COPYRIGHT = /©|\(c\)\s?\d{4}|all rights reserved|все права защищены/iu;
const TITLE_LIKE = /^[\p{Lu}\p{N}«"“'‘]/u;

function contextFree(f: LineFeatures): { cls: UnitClass; reason: string } {
  const length = f.text.length;
  if (COPYRIGHT.test(f.text)) {
    return { cls: 'bad', reason: 'copyright notice' };
  }
  const separators = f.text.match(MENU_SEPARATORS)?.length ?? 0;
  if (separators >= 2 && f.sentenceMarks <= 1 && f.wordCount <= separators * 4 + 4) {
    return { cls: 'bad', reason: 'menu of short items' };
  }
  if (length < LENGTH_LOW) {
    return { cls: 'short', reason: 'short line' };
  }
  const high = f.cyrillic ? RU_STOPWORDS_HIGH : STOPWORDS_HIGH;
  const low = f.cyrillic ? RU_STOPWORDS_LOW : STOPWORDS_LOW;
  if (f.stopwordDensity >= high) {
    return length > LENGTH_HIGH ? { cls: 'good', reason: 'long prose' } : { cls: 'neargood', reason: 'prose' };
  }
  if (f.stopwordDensity >= low) {
    return { cls: 'neargood', reason: 'prose-like' };
  }
  return { cls: 'bad', reason: 'few function words' };
}

/** Lines of one or two words are labels, buttons and names far more often than article text. */
function tooFewWords(f: LineFeatures): boolean {
  return f.wordCount <= 2;
}

/** A short line that may be a title of the prose that follows. */
function headingLike(f: LineFeatures): boolean {
  return f.wordCount >= 2 && f.wordCount <= 20 && TITLE_LIKE.test(f.text) && !/[,;]$/u.test(f.text);
}

/**
 * Classifies every line as article text or page chrome: first on its own (length,
 * function-word density, menu shape), then in context — a short line between prose is
 * prose, a run of short lines among chrome is chrome, a title just before prose is kept.
 * Linear in the number of lines.
 */
export function zoneLines(features: readonly LineFeatures[]): LineZone[] {
  const units: number[] = [];
  for (const f of features) {
    if (f.text.length > 0) {
      units.push(f.index);
    }
  }
  const initial: UnitClass[] = [];
  const reasons: string[] = [];
  for (const i of units) {
    const { cls, reason } = contextFree(features[i]!);
    initial.push(cls);
    reasons.push(reason);
  }
  const n = units.length;
  if (!initial.includes('good')) {
    // A short article may have no paragraph long enough to be sure of: take the best there is.
    for (let k = 0; k < n; k++) {
      if (initial[k] === 'neargood') {
        initial[k] = 'good';
      }
    }
  }
  const cls: UnitClass[] = initial.slice();

  // Titles shortly before good prose become near-good.
  const nextGoodDistance = distancesToNextGood(units, features, initial);
  for (let k = 0; k < n; k++) {
    if (cls[k] === 'short' && headingLike(features[units[k]!]!) && nextGoodDistance[k]! <= MAX_HEADING_DISTANCE) {
      cls[k] = 'neargood';
      reasons[k] = 'title before prose';
    }
  }

  // Nearest neighbour classes, skipping short (and optionally near-good) units.
  const prevStrict = neighbours(cls, 1, true);
  const nextStrict = neighbours(cls, -1, true);
  const prevLoose = neighbours(cls, 1, false);
  const nextLoose = neighbours(cls, -1, false);
  const revised = cls.slice();
  for (let k = 0; k < n; k++) {
    if (cls[k] !== 'short') {
      continue;
    }
    const p = prevStrict[k];
    const q = nextStrict[k];
    if (p === 'good' && q === 'good') {
      revised[k] = 'good';
      reasons[k] = 'short line inside prose';
    } else if (p === 'bad' && q === 'bad') {
      revised[k] = 'bad';
      reasons[k] = 'short line among chrome';
    } else if ((p === 'bad' && prevLoose[k] === 'neargood') || (q === 'bad' && nextLoose[k] === 'neargood')) {
      revised[k] = 'good';
      reasons[k] = 'short line next to prose';
    } else {
      revised[k] = 'bad';
      reasons[k] = 'short line at the edge of prose';
    }
  }
  const prevR = neighbours(revised, 1, true);
  const nextR = neighbours(revised, -1, true);
  for (let k = 0; k < n; k++) {
    if (revised[k] === 'neargood') {
      revised[k] = prevR[k] === 'bad' && nextR[k] === 'bad' ? 'bad' : 'good';
    }
  }
  keepSentencesAtProseEdges(units, features, revised, reasons);

  for (let k = 0; k < n; k++) {
    if (revised[k] === 'good' && initial[k] === 'short' && tooFewWords(features[units[k]!]!)) {
      revised[k] = 'bad';
      reasons[k] = 'one or two words';
    }
  }

  const [first, last] = mainSegment(units, features, initial, revised);
  for (let k = 0; k < n; k++) {
    if ((k < first || k > last) && revised[k] === 'good') {
      revised[k] = 'bad';
      reasons[k] = k < first ? 'before the article' : 'after the article';
    }
  }

  rescueListsInArticle(units, features, revised, reasons, first, last);

  const headline = findHeadline(units, features, revised, first);
  if (headline >= 0) {
    revised[headline] = 'good';
    reasons[headline] = 'headline';
  }

  const zones: LineZone[] = features.map(() => ({ initial: 'blank', final: 'blank', reason: 'blank line' }));
  for (let k = 0; k < n; k++) {
    zones[units[k]!] = { initial: initial[k]!, final: revised[k] === 'good' ? 'good' : 'bad', reason: reasons[k]! };
  }
  return zones;
}

/** A complete sentence in a line: capitalised start, three or more words with a function word, a final full stop. */
function sentenceShaped(f: LineFeatures): boolean {
  return f.wordCount >= 3 && f.endsSentence && f.stopwordDensity > 0 && !f.addressesReader && TITLE_LIKE.test(f.text);
}

/**
 * Wire copy ends on one-sentence paragraphs ("Work ends in September."): short
 * complete sentences next to prose, and next to each other, stay with the prose.
 */
function keepSentencesAtProseEdges(units: readonly number[], features: readonly LineFeatures[], cls: UnitClass[], reasons: string[]): void {
  const sweep = (from: number, to: number, step: 1 | -1): void => {
    let besideProse = false;
    for (let k = from; k !== to; k += step) {
      if (cls[k] === 'good') {
        besideProse = true;
      } else if (besideProse && reasons[k] === 'short line at the edge of prose' && sentenceShaped(features[units[k]!]!)) {
        cls[k] = 'good';
        reasons[k] = 'short sentence next to prose';
      } else {
        besideProse = false;
      }
    }
  };
  sweep(0, units.length, 1);
  sweep(units.length - 1, -1, -1);
}

/**
 * The run of units with the most article text net of chrome (maximum-sum subarray):
 * prose counts its length, chrome its length plus a per-line toll, so a long run of
 * menus or teasers cuts the article off from what lies beyond it.
 */
function mainSegment(
  units: readonly number[],
  features: readonly LineFeatures[],
  initial: readonly UnitClass[],
  cls: readonly UnitClass[],
): [number, number] {
  let best = 0;
  let bestFirst = 0;
  let bestLast = -1;
  let sum = 0;
  let first = 0;
  for (let k = 0; k < units.length; k++) {
    const length = features[units[k]!]!.text.length;
    const weight =
      cls[k] === 'good' ? length : initial[k] === 'short' ? -(Math.min(length, CHROME_WEIGHT_CAP) * CHROME_WEIGHT + CHROME_TOLL) : -CHROME_TOLL;
    if (sum <= 0) {
      sum = 0;
      first = k;
    }
    sum += weight;
    if (sum > best) {
      best = sum;
      bestFirst = first;
      bestLast = k;
    }
  }
  return [bestFirst, bestLast];
}

/** How many units away the article's prose may be on both sides for a short line to count as part of it. */
const LIST_REACH = 12;

/**
 * Short lines of three or more words inside the article, with prose a few lines above and
 * below, are its lists and subheadings rather than chrome.
 */
function rescueListsInArticle(
  units: readonly number[],
  features: readonly LineFeatures[],
  cls: UnitClass[],
  reasons: string[],
  first: number,
  last: number,
): void {
  const before = new Array<number>(units.length);
  let lastGood = -Infinity;
  for (let k = first; k <= last; k++) {
    before[k] = k - lastGood;
    if (cls[k] === 'good') {
      lastGood = k;
    }
  }
  let nextGood = Infinity;
  for (let k = last; k >= first; k--) {
    const after = nextGood - k;
    if (cls[k] === 'good') {
      nextGood = k;
      continue;
    }
    const f = features[units[k]!]!;
    const chrome = reasons[k] === 'copyright notice' || reasons[k] === 'menu of short items';
    const sandwiched = f.wordCount >= 1 && before[k]! <= 1 && after <= 1;
    if (!chrome && (sandwiched || (f.wordCount >= 3 && before[k]! <= LIST_REACH && after <= LIST_REACH))) {
      cls[k] = 'good';
      reasons[k] = 'list or subheading inside the article';
    }
  }
}

/** How many lines above the article's first paragraph its headline may stand (date, byline, labels between). */
const HEADLINE_REACH = 8;
const HEADLINE_END = /[.,;:]$/u;

/**
 * The article's headline: the longest title-like line of three or more words just above
 * the first paragraph of the article (scrapers save it first, often before a date or byline).
 */
function findHeadline(units: readonly number[], features: readonly LineFeatures[], cls: readonly UnitClass[], first: number): number {
  let best = -1;
  let bestWords = 0;
  for (let k = first - 1; k >= 0 && k >= first - HEADLINE_REACH; k--) {
    const f = features[units[k]!]!;
    if (cls[k] === 'good') {
      break;
    }
    const titleLike = f.wordCount >= 3 && f.wordCount <= 30 && TITLE_LIKE.test(f.text) && !HEADLINE_END.test(f.text) && !COPYRIGHT.test(f.text) && !isByline(f.text) && !isDateline(f.text);
    // The longest title wins: a desk name or section above the headline is shorter.
    if (titleLike && f.wordCount > bestWords + 2) {
      best = k;
      bestWords = f.wordCount;
    }
  }
  return best;
}

/** For each unit, the class of the nearest unit before (step 1) or after (step -1) that is not short. */
function neighbours(cls: readonly UnitClass[], step: 1 | -1, ignoreNearGood: boolean): ('good' | 'bad' | 'neargood')[] {
  const n = cls.length;
  const out = new Array<'good' | 'bad' | 'neargood'>(n);
  let last: 'good' | 'bad' | 'neargood' = 'bad';
  const from = step === 1 ? 0 : n - 1;
  for (let k = from; k >= 0 && k < n; k += step) {
    out[k] = last;
    const c = cls[k]!;
    if (c !== 'short' && !(ignoreNearGood && c === 'neargood')) {
      last = c;
    }
  }
  return out;
}

/** For each unit, the characters between it and the next context-free good unit. */
function distancesToNextGood(units: readonly number[], features: readonly LineFeatures[], cls: readonly UnitClass[]): number[] {
  const out = new Array<number>(units.length);
  let distance = Number.POSITIVE_INFINITY;
  for (let k = units.length - 1; k >= 0; k--) {
    out[k] = distance;
    if (cls[k] === 'good') {
      distance = 0;
    } else {
      distance += features[units[k]!]!.text.length;
    }
  }
  return out;
}

/** The memo key under which rules share {@link zoneLines}. */
export const LINE_ZONES = 'boilerplate.lineZones';
