// The event-signature code as it was before the performance work (main at eb42e7d), kept verbatim
// as the reference the differential tests (events-signature-*.test.ts) compare the current code with.
/**
 * Named entities of a sentence, as keys that match across scripts and spellings:
 * gazetteer entries (exonyms, acronyms, inflected Russian forms) first, then
 * capitalised word sequences keyed word by word with {@link wordKey}.
 */
import { EN_STOPWORDS } from '../../../server/src/engine/language/en.js';
import { RU_STOPWORDS } from '../../../server/src/engine/language/ru.js';
import { GAZETTEER, type EntityKind, type GazetteerEntry } from '../../../server/src/engine/events/gazetteer.js';
import { isEventWord as eventWord } from './predicates.js';
import { isTitleCase, tokenize, type Token } from './tokens.js';
import { isCyrillic, stemRussianName, wordKey } from '../../../server/src/engine/events/translit.js';

/** One entity named in a sentence. Offsets are into the sentence text. */
export interface EntityMention {
  /** Matching key: a gazetteer id, or the phonetic keys of the words joined by spaces. */
  readonly key: string;
  /** Further keys the entity may be referred to by (a person's surname alone). */
  readonly aliases: readonly string[];
  /** The words as written. */
  readonly surface: string;
  readonly kind: EntityKind;
  /** The state this entity acts for, when known (Moscow, the Kremlin, Putin → russia). */
  readonly actsFor?: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Entity keys known in the rest of a document, so that words capitalised only because
 * they start a sentence or a headline can be told from names.
 */
export interface EntityVocabulary {
  has(key: string): boolean;
}

const MAX_FORM_WORDS = 6;

interface GazetteerIndex {
  readonly byKey: Map<string, GazetteerEntry>;
  /** For each first word key of a multi- or single-word form: the most words a form starting with it has. */
  readonly longestFrom: Map<string, number>;
  readonly acronyms: Map<string, GazetteerEntry>;
  readonly byId: Map<string, GazetteerEntry>;
}

function buildIndex(entries: readonly GazetteerEntry[]): GazetteerIndex {
  const byKey = new Map<string, GazetteerEntry>();
  const acronyms = new Map<string, GazetteerEntry>();
  const byId = new Map<string, GazetteerEntry>();
  const longestFrom = new Map<string, number>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    for (const form of entry.forms) {
      const compact = form.replace(/\./gu, '');
      if (/^\p{Lu}{2,5}$/u.test(compact)) {
        acronyms.set(compact, entry);
      } else {
        const words = tokenize(form).map((t) => gazetteerWordKey(t.text));
        byKey.set(words.join(' '), entry);
        longestFrom.set(words[0]!, Math.max(longestFrom.get(words[0]!) ?? 0, words.length));
      }
    }
  }
  return { byKey, longestFrom, acronyms, byId };
}

let index: GazetteerIndex | undefined;

function gazetteer(): GazetteerIndex {
  index ??= buildIndex(GAZETTEER);
  return index;
}

/** The gazetteer entry with this id, if the key is one. */
export function gazetteerEntry(key: string): GazetteerEntry | undefined {
  return gazetteer().byId.get(key);
}

/**
 * The key under which the gazetteer matches a word: its Russian stem, or the Latin word
 * lower-cased. Stricter than {@link wordKey}: "Ross" must not meet "Россия".
 */
function gazetteerWordKey(word: string): string {
  let key = gazetteerMemo.get(word);
  if (key === undefined) {
    if (gazetteerMemo.size >= 100_000) {
      gazetteerMemo.clear();
    }
    key = computeGazetteerWordKey(word);
    gazetteerMemo.set(word, key);
  }
  return key;
}

const gazetteerMemo = new Map<string, string>();

function computeGazetteerWordKey(word: string): string {
  const clean = word.replace(/['’]s$/u, '').replace(/[’]/gu, "'").toLowerCase();
  return isCyrillic(clean) ? stemRussianName(clean) : clean;
}

/** The key of a sequence of words: each word's {@link wordKey}, joined by spaces. */
export function sequenceKey(words: readonly string[]): string {
  return words.map(wordKey).filter((k) => k !== '').join(' ');
}

const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'da', 'du']);

/** Capitalised words that are titles or roles, not names. */
const TITLES = new Set(
  `president prime minister foreign defence defense secretary general chancellor king queen prince pope governor mayor
  senator sen rep representative judge officer chief head leader director coach mr mrs ms dr sir lord lady saint st
  deputy vice acting former ambassador spokesman spokeswoman spokesperson commander colonel col gen lt sgt captain capt
  sheriff detective police minister's president's`.split(/\s+/),
);

/** Capitalised words that only start sentences or headlines. */
const COMMON_STARTERS = new Set(
  `earlier later meanwhile however but and the a an in on at after before when while as this that these those it its
  his her their our we they he she there here according despite although though since until if yet still now then
  today yesterday tomorrow last next early late some many most several both each every all no not more less
  breaking update updated watch read video photo photos exclusive analysis opinion`.split(/\s+/),
);

const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[йяе]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*|понедельник\p{L}*|вторник\p{L}*|сред\p{L}*|четверг\p{L}*|пятниц\p{L}*|суббот\p{L}*|воскресен\p{L}*)$/u;

const ORG_HEADS = new Set(
  `university college school church cathedral center centre department ministry police party company inc corp corporation
  bank council court committee commission agency hospital clinic club team navy army forces force association union
  institute office service group network times news post journal tribune herald press television tv radio airlines
  airport station stadium hotel league conference association federation holdings holding brewery industries partners
  capital fund motors energy systems technologies labs llc plc ltd gmbh foundation trust institute society museum theatre theater prison jail republic parliament assembly congress senate house republics
  университет церковь центр министерство полиция партия компания банк совет суд комитет комиссия агентство больница
  клуб армия институт служба группа газета телеканал республика парламент собрание`.split(/\s+/),
);

function isStopword(lower: string): boolean {
  return EN_STOPWORDS.has(lower) || RU_STOPWORDS.has(lower);
}

function isNameWord(t: Token): boolean {
  if (!t.capitalised || t.numeric) {
    return false;
  }
  const lower = t.lower.replace(/'s$/u, '');
  return !CALENDAR.test(lower) && !TITLES.has(lower) && !isStopword(lower);
}

const PLACE_HEADS = new Set(
  `county city state province region island islands river mountain mount mt street st avenue road park valley lake bay gulf
  sea ocean district oblast krai territory peninsula coast beach village town square bridge heights hills
  область край район город остров река море залив округ улица площадь`.split(/\s+/),
);

function kindOf(words: readonly Token[]): EntityKind {
  const lower = words.map((w) => w.lower.replace(/'s$/u, ''));
  if (lower.some((w) => ORG_HEADS.has(w))) {
    return 'organisation';
  }
  if (lower.some((w) => PLACE_HEADS.has(w))) {
    return 'place';
  }
  return words.length >= 2 && words.length <= 4 ? 'person' : 'other';
}

function mention(text: string, words: readonly Token[]): EntityMention {
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  const nameWords = words.filter((w) => !CONNECTORS.has(w.lower));
  const key = sequenceKey(nameWords.map((w) => w.text));
  const kind = kindOf(nameWords);
  const aliases: string[] = [];
  if (nameWords.length >= 2) {
    const last = nameWords[nameWords.length - 1]!;
    if (kind === 'person') {
      aliases.push(wordKey(last.text));
    } else if (kind === 'organisation') {
      // "Betty Ford Center" is also "Betty Ford".
      const core = nameWords.filter((w) => !ORG_HEADS.has(w.lower.replace(/'s$/u, '')));
      if (core.length > 0 && core.length < nameWords.length) {
        aliases.push(sequenceKey(core.map((w) => w.text)));
      }
    }
  }
  return { key, aliases, surface: text.slice(start, end), kind, start, end };
}

/**
 * Finds the entities of one sentence. With a `vocabulary` of the document's entity keys,
 * a capitalised word that only starts the sentence counts when the document names it
 * elsewhere, and in a headline (most words capitalised) only known names count.
 */
export function findEntities(text: string, vocabulary?: EntityVocabulary, tokens: readonly Token[] = tokenize(text)): EntityMention[] {
  const { byKey, longestFrom, acronyms } = gazetteer();
  const out: EntityMention[] = [];
  const used = new Array<boolean>(tokens.length).fill(false);
  const gazetteerKeys: string[] = [];
  const gazetteerKey = (j: number): string => (gazetteerKeys[j] ??= gazetteerWordKey(tokens[j]!.text));
  const headline = isTitleCase(tokens, text) || tokens.filter((t) => !t.numeric).every((t) => t.allCaps || t.lower.length < 3);

  // 1. Gazetteer: longest forms first; Latin forms must be capitalised, Cyrillic ones may be lower case (adjectives).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const compact = t.text.replace(/\./gu, '');
    const acronym = t.allCaps ? acronyms.get(compact) : undefined;
    let matched = false;
    // Only forms that start with this word can match, and none is longer than the longest of them.
    const longest = t.capitalised || isCyrillic(t.text) ? (longestFrom.get(gazetteerKey(i)) ?? 0) : 0;
    for (let n = Math.min(MAX_FORM_WORDS, longest, tokens.length - i); n >= 1 && !matched; n--) {
      if (t.allCaps && n === 1 && compact.length <= 5) {
        break;
      }
      let key = gazetteerKey(i);
      for (let j = i + 1; j < i + n; j++) {
        key += ` ${gazetteerKey(j)}`;
      }
      const entry = byKey.get(key);
      if (entry) {
        const end = tokens[i + n - 1]!.end;
        out.push({ key: entry.id, aliases: [], surface: text.slice(t.start, end), kind: entry.kind, ...(entry.actsFor ? { actsFor: entry.actsFor } : {}), start: t.start, end });
        used.fill(true, i, i + n);
        i += n - 1;
        matched = true;
      }
    }
    if (!matched && acronym) {
      out.push({ key: acronym.id, aliases: [], surface: t.text, kind: acronym.kind, ...(acronym.actsFor ? { actsFor: acronym.actsFor } : {}), start: t.start, end: t.end });
      used[i] = true;
    }
  }

  // 2. In a headline capitals say little: names the document uses elsewhere, and runs of
  // two or more capitalised words that are neither function words nor event words.
  if (headline) {
    for (let i = 0; i < tokens.length; i++) {
      for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
        const slice = tokens.slice(i, i + n);
        if (slice.some((_, j) => used[i + j]) || !slice.every((w) => isNameWord(w) && !eventWord(w.lower))) {
          continue;
        }
        if (slice.some((w, j) => j > 0 && /[^\s]/u.test(text.slice(slice[j - 1]!.end, w.start)))) {
          continue;
        }
        const key = sequenceKey(slice.map((w) => w.text));
        const known = vocabulary?.has(key) ?? false;
        const adjacentFree = (i === 0 || used[i - 1] || !isNameWord(tokens[i - 1]!) || eventWord(tokens[i - 1]!.lower)) &&
          (i + n >= tokens.length || used[i + n] || !isNameWord(tokens[i + n]!) || eventWord(tokens[i + n]!.lower));
        if (key !== '' && (known || (n >= 2 && adjacentFree && vocabulary !== undefined))) {
          out.push(mention(text, slice));
          used.fill(true, i, i + n);
          i += n - 1;
          break;
        }
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  // 3. Capitalised sequences, with connectors inside ("Bank of America").
  let run: number[] = [];
  const flush = (): void => {
    while (run.length > 0 && CONNECTORS.has(tokens[run[run.length - 1]!]!.lower)) {
      run.pop();
    }
    if (run.length > 0) {
      const words = run.map((j) => tokens[j]!);
      const first = run[0]!;
      const sentenceStart = first === 0 || /^[\s"'“„«(\[—–-]*$/u.test(text.slice(0, words[0]!.start));
      if (sentenceStart) {
        const lower = words[0]!.lower.replace(/'s$/u, '');
        const known = vocabulary?.has(wordKey(tokens[first]!.text)) ?? false;
        if (!known && (COMMON_STARTERS.has(lower) || /ly$/u.test(lower) || run.length === 1)) {
          words.shift();
        }
      }
      if (words.length > 0) {
        out.push(mention(text, words));
      }
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (used[i]) {
      flush();
      continue;
    }
    const prev = run.length > 0 ? tokens[run[run.length - 1]!]! : undefined;
    if (prev && /[^\s]/u.test(text.slice(prev.end, t.start))) {
      flush();
    }
    if (isNameWord(t) && !(t.allCaps && t.text.length > 6)) {
      run.push(i);
    } else if (run.length > 0 && CONNECTORS.has(t.lower) && i + 1 < tokens.length && isNameWord(tokens[i + 1]!) && !used[i + 1]) {
      run.push(i);
    } else {
      flush();
    }
  }
  flush();
  return out.sort((a, b) => a.start - b.start);
}
