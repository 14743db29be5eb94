/**
 * The bench corpus: N seeded, deterministic news articles, about 60% English and 40% Russian,
 * 2–12 KB each, with outlet chrome (section labels, newsletter blocks, appeals, share
 * prompts), some reader-comment sections, some reprints, and events told by 2–6 documents
 * in both languages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from './random.js';
import {
  CHROME, COMMENTS, DAYS, EVENT_KINDS, EVENT_SENTENCES, FILLER_SENTENCES, HANDLES, ORGS, OUTLETS,
  PLACE_ENDINGS, ROLES, SURNAME_ENDINGS, SYLLABLES, type Bilingual,
} from './vocabulary.js';

/** Language of a generated article. */
export type BenchLanguage = 'en' | 'ru';

/** One generated article. */
export interface Article {
  /** File name, unique in the corpus. */
  readonly name: string;
  readonly language: BenchLanguage;
  readonly text: string;
}

/** One event several articles tell. */
interface BenchEvent {
  readonly kind: (typeof EVENT_KINDS)[number];
  readonly person: Bilingual;
  readonly role: Bilingual;
  readonly place: Bilingual;
  readonly org: Bilingual;
  readonly day: Bilingual;
  readonly count: number;
}

/** Share of articles in English. */
const ENGLISH_SHARE = 0.6;
/** Chance that an article starts a group of 2–6 articles about one event. */
const SHARED_EVENT_CHANCE = 0.45;
/** Chance that an article is a reprint of an earlier one, under another outlet's chrome. */
const REPRINT_CHANCE = 0.05;
/** Chance of a reader-comment section. */
const COMMENTS_CHANCE = 0.3;

/** Generates `count` articles from `seed`; the same arguments always give the same texts. */
export function generateCorpus(count: number, seed = 20261122): Article[] {
  const random = new Random(seed);
  const plan = planEvents(random, count);
  const articles: Article[] = [];
  const originals: Article[] = [];
  for (let i = 0; i < count; i++) {
    const { event, language } = plan[i]!;
    const earlier = originals.length > 0 && random.chance(REPRINT_CHANCE) ? random.pick(originals) : undefined;
    const text = earlier
      ? reprint(random, earlier)
      : article(random, language, event, random.int(2000, 12000));
    const made = { name: `article-${String(i).padStart(5, '0')}.txt`, language: earlier?.language ?? language, text };
    articles.push(made);
    if (!earlier) {
      originals.push(made);
    }
  }
  return articles;
}

/**
 * Writes `articles` under `root/seeds/` in parts of the given cumulative sizes, so the first
 * parts together are the smaller corpora (parts [0] = 1k, [0,1] = 2k, …). Returns the part folders.
 */
export function writeCorpus(root: string, articles: readonly Article[], sizes: readonly number[]): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const size of sizes) {
    const folder = join(root, 'seeds', `part-${parts.length}`);
    mkdirSync(folder, { recursive: true });
    for (const a of articles.slice(from, size)) {
      writeFileSync(join(folder, a.name), a.text);
    }
    parts.push(folder);
    from = size;
  }
  return parts;
}

/** Which event and language each article gets: runs of 2–6 neighbours share an event, mixing languages. */
function planEvents(random: Random, count: number): { event: BenchEvent; language: BenchLanguage }[] {
  const plan: { event: BenchEvent; language: BenchLanguage }[] = [];
  while (plan.length < count) {
    const event = newEvent(random);
    const size = random.chance(SHARED_EVENT_CHANCE) ? random.int(2, 6) : 1;
    for (let j = 0; j < size && plan.length < count; j++) {
      // A shared event is told at least once in each language.
      const language: BenchLanguage = size > 1 && j < 2 ? (j === 0 ? 'en' : 'ru') : random.chance(ENGLISH_SHARE) ? 'en' : 'ru';
      plan.push({ event, language });
    }
  }
  return plan;
}

function newEvent(random: Random): BenchEvent {
  return {
    kind: random.pick(EVENT_KINDS),
    person: personName(random),
    role: random.pick(ROLES),
    place: word(random, 2, PLACE_ENDINGS),
    org: random.pick(ORGS),
    day: random.pick(DAYS),
    count: random.int(3, 900),
  };
}

/** A name spelt in both scripts from shared syllables. */
function word(random: Random, syllables: number, endings: readonly Bilingual[]): Bilingual {
  let en = '';
  let ru = '';
  for (let i = 0; i < syllables; i++) {
    const s = random.pick(SYLLABLES);
    en += s.en;
    ru += s.ru;
  }
  const end = random.pick(endings);
  return { en: capitalise(en + end.en), ru: capitalise(ru + end.ru) };
}

function personName(random: Random): Bilingual {
  const first = word(random, 2, [{ en: 'a', ru: 'а' }, { en: 'or', ru: 'ор' }, { en: 'il', ru: 'ил' }]);
  const last = word(random, 2, SURNAME_ENDINGS);
  return { en: `${first.en} ${last.en}`, ru: `${first.ru} ${last.ru}` };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fills a template's slots. */
function fill(template: string, lang: BenchLanguage, event: BenchEvent, random: Random): string {
  const kind = event.kind[lang];
  const verb = (lang === 'en' ? event.kind.enVerb : event.kind.ruVerb).replace('{n}', String(event.count));
  const text = template
    .replace('{person}', event.person[lang])
    .replace('{role}', event.role[lang])
    .replace(/\{place\}/gu, event.place[lang])
    .replace(/\{kind\}/gu, kind)
    .replace('{verb}', verb)
    .replace('{day}', event.day[lang])
    .replace(/\{org\}/gu, event.org[lang])
    .replace('{n}', String(random.int(2, 400)));
  return capitalise(text);
}

/** A new article of about `target` UTF-8 bytes. */
function article(random: Random, lang: BenchLanguage, event: BenchEvent, target: number): string {
  const chrome = CHROME[lang];
  const outlet = random.pick(OUTLETS[lang]);
  const lines: string[] = [];
  if (random.chance(0.7)) {
    lines.push(random.pick(chrome.sections));
  }
  lines.push(capitalise(lang === 'en'
    ? `${event.kind.en} in ${event.place.en}: ${event.person.en} under pressure`
    : `${event.kind.ru} в ${event.place.ru}: ${event.person.ru} под давлением`));
  lines.push(lang === 'en' ? `By ${personName(random).en}, ${outlet}` : `${personName(random).ru}, «${outlet}»`);
  if (random.chance(0.5)) {
    lines.push(random.pick(chrome.share));
  }
  const body = bodyParagraphs(random, lang, event, Math.max(target - 1200, 1800));
  const newsletterAt = random.chance(0.5) ? random.int(1, Math.max(1, body.length - 1)) : -1;
  body.forEach((paragraph, i) => {
    if (i === newsletterAt) {
      lines.push(...random.pick<readonly string[]>(chrome.newsletter), random.pick(chrome.privacy));
    }
    lines.push(paragraph);
    if (random.chance(0.08)) {
      lines.push(random.pick(chrome.share));
    }
  });
  if (random.chance(0.6)) {
    lines.push(random.pick(chrome.appeals));
  }
  if (random.chance(0.4)) {
    lines.push(random.pick(chrome.share), random.pick(chrome.share));
  }
  if (random.chance(COMMENTS_CHANCE)) {
    lines.push(...commentSection(random, lang));
  }
  return `${lines.join('\n')}\n`;
}

/** Body paragraphs (one per line, as scrapers save them) until about `target` bytes. */
function bodyParagraphs(random: Random, lang: BenchLanguage, event: BenchEvent, target: number): string[] {
  const paragraphs: string[] = [];
  let bytes = 0;
  const eventSentences = EVENT_SENTENCES[lang];
  const filler = FILLER_SENTENCES[lang];
  while (bytes < target) {
    const sentences: string[] = [];
    const count = random.int(2, 4);
    for (let i = 0; i < count; i++) {
      // Event sentences first, background later, as news is written.
      const aboutEvent = random.chance(paragraphs.length < 3 ? 0.8 : 0.35);
      const filled = fill(random.pick(aboutEvent ? eventSentences : filler), lang, aboutEvent ? event : newEvent(random), random);
      sentences.push(filled);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 1;
  }
  return paragraphs;
}

function commentSection(random: Random, lang: BenchLanguage): string[] {
  const chrome = CHROME[lang];
  const n = random.int(2, 8);
  const lines = [random.pick(chrome.comments).replace('{n}', String(n))];
  for (let i = 0; i < n; i++) {
    lines.push(random.pick(HANDLES), random.pick(chrome.ago).replace('{n}', String(random.int(1, 23))), random.pick(COMMENTS[lang]));
    if (random.chance(0.5)) {
      lines.push(random.pick(chrome.replies));
    }
  }
  return lines;
}

/** The same story under another outlet: its chrome swapped for a reprint credit. */
function reprint(random: Random, original: Article): string {
  const lang = original.language;
  const credit = random.pick(CHROME[lang].reprint).replace('{outlet}', random.pick(OUTLETS[lang]));
  const lines = original.text.trimEnd().split('\n');
  return `${[random.pick(CHROME[lang].sections), ...lines.slice(0, -2), credit].join('\n')}\n`;
}
