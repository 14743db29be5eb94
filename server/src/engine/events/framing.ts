/**
 * What differs in framing between two mentions of one event: words one outlet puts in
 * quotation marks and the other does not ("peacekeepers"), spelling variants of one name
 * (Kiev / Kyiv), and loaded words only one of them uses ("regime", "так называемая").
 */
import { findEntities } from './entities.js';
import { isCyrillic, stemRussianName } from './translit.js';

/** One difference in framing between mention `a` and mention `b`. */
export interface FramingDifference {
  readonly kind: 'quoted' | 'spelling' | 'loaded';
  /** Which mention has the word or spelling ("both" for a spelling that differs). */
  readonly side: 'a' | 'b' | 'both';
  /** The word or phrase in `a` (for `a` and `both`). */
  readonly inA?: string;
  /** The word or phrase in `b` (for `b` and `both`). */
  readonly inB?: string;
  /** One line for a hover. */
  readonly message: string;
}

/** The minimum a mention needs here: its sentence. */
export interface MentionText {
  readonly text: string;
}

// Quotation marks, not apostrophes: no letter right outside them ("Russia's" is no quote).
const QUOTED = /(?<!\p{L})["“„«‘`']{1,2}([^"“”„«»‘’`']{2,60}?)["”»’']{1,2}(?!\p{L})/gu;

/** Loaded words and labels, English and Russian, as stems (lower case). */
const LOADED: readonly string[] = [
  'regime', 'junta', 'terrorist', 'militant', 'rebel', 'separatist', 'insurgent', 'freedom fighter', 'puppet', 'so-called',
  'self-proclaimed', 'self-declared', 'breakaway', 'invasion', 'invade', 'special military operation', 'liberat', 'aggression',
  'aggressor', 'neo-nazi', 'nazi', 'coup', 'russophob', 'genocide', 'occupier', 'occupation', 'annex', 'martyr', 'thug', 'propaganda',
  'режим', 'хунт', 'террорист', 'боевик', 'сепаратист', 'ополчен', 'марионеточн', 'так называем', 'самопровозглашен',
  'непризнанн', 'вторжени', 'спецоперац', 'специальн военн операц', 'освобожд', 'освобод', 'агресси', 'неонацист', 'нацист',
  'переворот', 'русофоб', 'геноцид', 'оккупант', 'оккупац', 'аннекси', 'силовик', 'каратель', 'пропаганд',
];

function normalise(s: string): string {
  return s.toLowerCase().replace(/ё/gu, 'е').replace(/[^\p{L}\p{N}\s-]+/gu, ' ').replace(/\s+/gu, ' ').trim();
}

function quotedPhrases(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1]!.trim();
    // A whole quoted statement is attribution, not a framing word: keep short phrases.
    if (inner.split(/\s+/u).length <= 4 && /\p{L}/u.test(inner)) {
      out.push(inner);
    }
  }
  return out;
}

function loadedIn(text: string): Set<string> {
  const words = ` ${normalise(text)} `;
  const found = new Set<string>();
  for (const stem of LOADED) {
    const parts = stem.split(' ');
    const re = new RegExp(`(?<![\\p{L}])${parts.map((p) => `${p}\\p{L}*`).join('\\s+')}`, 'u');
    if (re.test(words)) {
      found.add(stem);
    }
  }
  return found;
}

/** Lists the framing differences between two mentions of one event. */
export function framingDifferences(a: MentionText, b: MentionText): FramingDifference[] {
  const out: FramingDifference[] = [];
  const textA = normalise(a.text);
  const textB = normalise(b.text);
  const quotedA = quotedPhrases(a.text);
  const quotedB = quotedPhrases(b.text);
  const quotedNormB = new Set(quotedB.map(normalise));
  const quotedNormA = new Set(quotedA.map(normalise));
  for (const q of quotedA) {
    const n = normalise(q);
    if (!quotedNormB.has(n)) {
      const plain = textB.includes(n);
      out.push({ kind: 'quoted', side: 'a', inA: q, message: plain ? `“${q}” is in quotation marks here, not in the other report.` : `Quotes “${q}”; the other report does not.` });
    }
  }
  for (const q of quotedB) {
    const n = normalise(q);
    if (!quotedNormA.has(n)) {
      const plain = textA.includes(n);
      out.push({ kind: 'quoted', side: 'b', inB: q, message: plain ? `The other report puts “${q}” in quotation marks.` : `The other report quotes “${q}”.` });
    }
  }
  const entitiesB = findEntities(b.text);
  const seen = new Set<string>();
  for (const ea of findEntities(a.text)) {
    for (const eb of entitiesB) {
      const sa = ea.surface.replace(/['’]s$/u, '');
      const sb = eb.surface.replace(/['’]s$/u, '');
      if (ea.key !== eb.key || isCyrillic(sa) !== isCyrillic(sb) || sa.toLowerCase() === sb.toLowerCase() || seen.has(ea.key)) {
        continue;
      }
      // Inflection is not spelling: Россия and России share a stem; Kiev and Kyiv do not.
      if (isCyrillic(sa) && sa.split(/\s+/u).map(stemRussianName).join(' ') === sb.split(/\s+/u).map(stemRussianName).join(' ')) {
        continue;
      }
      if (sa.split(/\s+/u).length !== sb.split(/\s+/u).length) {
        continue;
      }
      seen.add(ea.key);
      out.push({ kind: 'spelling', side: 'both', inA: sa, inB: sb, message: `${sa} here, ${sb} in the other report.` });
    }
  }
  const loadedA = loadedIn(a.text);
  const loadedB = loadedIn(b.text);
  for (const w of loadedA) {
    if (!loadedB.has(w)) {
      out.push({ kind: 'loaded', side: 'a', inA: w, message: `Uses “${w}…”; the other report does not.` });
    }
  }
  for (const w of loadedB) {
    if (!loadedA.has(w)) {
      out.push({ kind: 'loaded', side: 'b', inB: w, message: `The other report uses “${w}…”.` });
    }
  }
  return out;
}
