/**
 * Transliteration of Russian (and Ukrainian) Cyrillic to Latin as the press spells names,
 * a crude Russian case-ending stemmer for names, and a phonetic key under which
 * spellings of one name across scripts and romanisation schemes meet
 * (Pasechnik/Пасечник, Zelensky/Zelenskyy/Зеленский, Kharkov/Харьков).
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/** Romanises Cyrillic letters (lower case out); other characters pass through lower-cased. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    out += CYRILLIC[ch] ?? ch;
  }
  return out;
}

/** True when the word is written in Cyrillic. */
export function isCyrillic(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x0400 && c <= 0x052f) {
      return true;
    }
  }
  return false;
}

// Longest first: the stemmer strips the first ending that leaves at least three letters.
const RU_ENDINGS = [
  'иями', 'ями', 'ами', 'ией', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'иях', 'ию', 'ия', 'ии', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя',
  'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ых', 'их', 'ым', 'им', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ы', 'и', 'а', 'я', 'у', 'ю', 'е', 'о', 'ь', 'й',
];

const ADJECTIVAL = new Set(['ого', 'его', 'ому', 'ему']);

/**
 * Strips a Russian case ending from a word (Путина → путин, Луганской → луганск,
 * России → росси). -ого/-его go only after an adjectival stem: Дейнего is a surname.
 */
export function stemRussianName(word: string): string {
  const w = word.toLowerCase().replace(/ё/gu, 'е');
  for (const end of RU_ENDINGS) {
    if (ADJECTIVAL.has(end) && !/(?:ск|цк|ов|ев|ин|ьн)$/u.test(w.slice(0, -end.length))) {
      continue;
    }
    if (w.endsWith(end) && w.length - end.length >= 3) {
      return w.slice(0, -end.length);
    }
  }
  return w;
}

/**
 * A phonetic key of one Latin-script word: digraphs folded (kh→h, ts→c, ch→c, sh→s,
 * zh→z, ph→f), y/j merged into i, w into v, x into ks, doubled letters collapsed,
 * and trailing vowels dropped, so that case endings and -y/-iy/-yy variants meet.
 */
export function phoneticKey(latin: string): string {
  let s = latin.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').replace(/[^a-z]/gu, '');
  s = s
    .replace(/shch/gu, 's')
    .replace(/sch/gu, 's')
    .replace(/kh/gu, 'h')
    .replace(/ts|tz|tc/gu, 'c')
    .replace(/ch/gu, 'c')
    .replace(/sh/gu, 's')
    .replace(/zh/gu, 'z')
    .replace(/ph/gu, 'f')
    .replace(/ck/gu, 'k')
    .replace(/x/gu, 'ks')
    .replace(/q/gu, 'k')
    .replace(/w/gu, 'v')
    .replace(/[yj]/gu, 'i')
    .replace(/(.)\1+/gu, '$1');
  const trimmed = s.replace(/[aeiou]+$/u, '');
  return trimmed.length >= 2 ? trimmed : s;
}

const MEMO_LIMIT = 100_000;
const memo = new Map<string, string>();

/** The key of one word in any script: stemmed if Cyrillic, romanised, then {@link phoneticKey}. */
export function wordKey(word: string): string {
  let key = memo.get(word);
  if (key === undefined) {
    // A pure cache: words repeat across a corpus; cleared wholesale when full.
    if (memo.size >= MEMO_LIMIT) {
      memo.clear();
    }
    key = computeWordKey(word);
    memo.set(word, key);
  }
  return key;
}

function computeWordKey(word: string): string {
  const clean = word.replace(/['’]s$/u, '').replace(/['’]/gu, '');
  if (isCyrillic(clean)) {
    return phoneticKey(transliterate(stemRussianName(clean)));
  }
  // English plurals meet their singular ("Republics", "Republic"); -ss, -us, -is stay.
  return phoneticKey(clean.length >= 5 ? clean.replace(/(?<![sui])s$/iu, '') : clean);
}
