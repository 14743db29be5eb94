/**
 * Regex building blocks shared by the English and Russian lexicons. JavaScript's `\b`
 * only knows ASCII letters, so word edges are spelled out with Unicode classes.
 */

/** Lookbehind: no letter, digit or joining hyphen right before ("US-backed" holds no cue). */
export const WORD_START = '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)';
/** Lookahead: no letter or digit right after, nor a hyphen going on into a word. */
export const WORD_END = '(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])';

/** A case-insensitive, Unicode, global regex matching any alternative as whole words. */
export function wordsRegex(alternatives: readonly string[]): RegExp {
  return new RegExp(`${WORD_START}(?:${alternatives.join('|')})${WORD_END}`, 'giu');
}

/**
 * The regular English verb forms of `base`: base, third person, past and -ing.
 * A trailing `*` doubles the final consonant ("admit*" → admitted); irregular
 * verbs are given as `say|says|said|saying`.
 */
export function englishVerbForms(entry: string): string[] {
  if (entry.includes('|')) {
    return entry.split('|').filter(Boolean);
  }
  const double = entry.endsWith('*');
  const base = double ? entry.slice(0, -1) : entry;
  if (double) {
    const last = base[base.length - 1]!;
    return [base, `${base}s`, `${base}${last}ed`, `${base}${last}ing`];
  }
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    return [base, `${stem}ies`, `${stem}ied`, `${base}ing`];
  }
  if (base.endsWith('e')) {
    return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  }
  if (/(?:s|sh|ch|x|z)$/.test(base)) {
    return [base, `${base}es`, `${base}ed`, `${base}ing`];
  }
  return [base, `${base}s`, `${base}ed`, `${base}ing`];
}

/** Every match of a global regex in `text`, as offsets relative to `text`. */
export function allMatches(regex: RegExp, text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * Words of `text` found (lower-cased) in each of `sets`, as matches relative to `text`,
 * in one pass; hyphenated compounds count as one word ("US-backed" is not "backed").
 */
export function wordMatches(text: string, ...sets: ReadonlySet<string>[]): { start: number; end: number; text: string }[][] {
  const out = sets.map(() => [] as { start: number; end: number; text: string }[]);
  if (sets.every((s) => s.size === 0)) {
    return out;
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const lower = m[0].toLowerCase();
    sets.forEach((set, k) => {
      if (set.has(lower)) {
        out[k]!.push({ start: m!.index, end: m!.index + m![0].length, text: m![0] });
      }
    });
  }
  return out;
}

/** True when more of the letters of `text` are Cyrillic than Latin. */
export function isMostlyCyrillic(text: string): boolean {
  let cyr = 0;
  let lat = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      lat++;
    }
  }
  return cyr > lat;
}
