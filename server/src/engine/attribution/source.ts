import type { Span } from '../types.js';
import type { AttributionLexicon } from './lexicon.js';

const TOKEN = /[\p{L}\p{N}]+(?:[.'’\-&/][\p{L}\p{N}]+)*/gu;
const SOFT_GAP = /^[\s.]*$/u;
const MAX_WORDS = 9;
const WINDOW = 160;

// Nouns that can name a source without a capital letter ("the ministry said", "заявил министр").
const ROLE =
  /^(?:minist|president|premier|prime|spokes|official|government|department|agency|statement|report|poll|survey|study|document|decree|order|court|judge|police|military|army|campaign|party|committee|group|organi[sz]ation|company|firm|leader|chief|head|secretary|director|analyst|expert|researcher|economist|officer|lawmaker|senator|governor|mayor|ambassador|diplomat|source|aide|adviser|advisor|data|figure|observer|critic|resident|witness|investigator|prosecutor|lawyer|attorney|board|council|commission|office|administration|kremlin|white|union|bank|ministry|service|staff|team|member|voter|democrat|republican|candidate|nominee|author|writer|editor|newspaper|paper|website|network|channel|broadcaster|letter|memo|email|filing|complaint|lawsuit|indictment|order|law|bill|treaty|agreement|navy|force|troop|embassy|cabinet|parliament|legislat|congress|senate|mission|delegat|authorit|regulator|watchdog|hospital|universit|institute|cent(?:re|er)|foundation|charit|association|federation|coalition|alliance|camp|rebel|militant|separatist|protester|activist|worker|farmer|doctor|scientist|teacher|student|owner|manager|executive|founder|chair|host|moderator|governor|commander|general|colonel|captain|soldier|guard|agent|spy|министр|глав|президент|премьер|спикер|депутат|сенатор|губернатор|мэр|посол|представител|пресс|ведомств|министерств|мид|минобороны|правительств|кремл|эксперт|аналитик|директор|руководител|председател|лидер|командующ|генерал|официальн|источник|агентств|издани|газет|телеканал|документ|указ|заявлени|сообщени|штаб|служб|суд|прокурор|адвокат|полици|армия|армии|замест|секретар|партия|партии|комитет|совет|администраци|журналист|корреспондент|автор|обозревател|политолог|участник|жител|очевид|свидетел|власт|флот|войск|посольств|кабинет|парламент|дум|сенат|миссия|делегац|ведомств|регулятор|больниц|университет|институт|центр|фонд|ассоциац|федерац|коалиц|альянс|боевик|ополчен|повстанц|активист|рабоч|фермер|врач|учен|учител|студент|владел|менеджер|основател|ведущ|губернатор|командир|генерал|полковник|капитан|военн|солдат|охран|агент|шпион|мэр|глава|пресс-служб)/iu;

const ASIDE =
  /,\s*(?:however|meanwhile|though|too|also|in turn|for (?:his|her|its|their) part|for example|for instance|in particular|однако|впрочем|в свою очередь|в частности|тем временем|в частности)\s*,\s*$/iu;
// Dates and counts that trail a subject ("Президент России 24 февраля объявил").
const TIME_WORD =
  /^(?:\d+|год[ау]?|г|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[яй]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*|раз|ранее|позже|затем|вчера|сегодня|более|менее|около|почти|свыше|больше|earlier|later|then|now|over|more|than|about|nearly|almost|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]|воскресенье|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/iu;

const TIME_PREPOSITION = /^(?:on|in|at|last|this|early|late|в|во|на|к)$/iu;

interface Token extends Span {
  readonly text: string;
}

function tokens(text: string, from: number, to: number): Token[] {
  const slice = text.slice(from, to);
  const out: Token[] = [];
  for (const m of slice.matchAll(TOKEN)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const isCapitalised = (t: string): boolean => /^[\p{Lu}\p{N}]/u.test(t);

/** A noun phrase fit to be a source: a name, a pronoun or a role noun ("the ministry"). */
function plausible(words: readonly Token[], lex: AttributionLexicon): boolean {
  return words.some((w) => isCapitalised(w.text) || lex.pronouns.has(w.text.toLowerCase()) || ROLE.test(w.text));
}

// Channels are not speakers: "в своём телеграм-канале губернатор написал", "in an interview the minister said".
const CHANNEL_WORD = /^(?:interview|statement|tweet|speech|address|briefing|канал\p{L}*|\p{L}+-канал\p{L}*|интервью|эфир\p{L}*|заявлени\p{L}*|обращени\p{L}*|брифинг\p{L}*)$/iu;

function breaks(word: Token, left: Token | undefined, right: Token | undefined, lex: AttributionLexicon, hasPicked: boolean): boolean {
  const lower = word.text.toLowerCase();
  if (hasPicked && CHANNEL_WORD.test(lower)) {
    return true;
  }
  if (!lex.phraseBreakers.has(lower)) {
    return false;
  }
  // "Secretary of State", "the Foreign Ministry in Moscow", "Sanders and Clinton": inner words of a name.
  const joiner = /^(?:of|in|for|at|and|de|von|van|al|bin|и)$/u.test(lower);
  return !(joiner && left && right && (isCapitalised(left.text) || ROLE.test(left.text)) && isCapitalised(right.text));
}

/**
 * The source standing before a cue at `cueStart` ("the Foreign Ministry in Moscow said"):
 * words read leftwards until punctuation or a clause word, auxiliaries next to the cue skipped.
 */
export function sourceBefore(text: string, floor: number, cueStart: number, lex: AttributionLexicon): Span | null {
  const toks = tokens(text, Math.max(floor, cueStart - WINDOW), cueStart);
  let i = toks.length - 1;
  let edge = cueStart;
  while (i >= 0 && (lex.cueModifiers.has(toks[i]!.text.toLowerCase()) || /^\p{Ll}+ly$/u.test(toks[i]!.text))) {
    if (!SOFT_GAP.test(text.slice(toks[i]!.end, edge))) {
      return null;
    }
    edge = toks[i]!.start;
    i--;
  }
  // "The Kremlin, however, has denied": step over a parenthetical aside.
  const aside = ASIDE.exec(text.slice(Math.max(floor, edge - 40), edge));
  if (aside) {
    edge -= aside[0].length;
    while (i >= 0 && toks[i]!.end > edge) {
      i--;
    }
  }
  // "Russia on Tuesday said", "Минобороны в понедельник сообщило": step over a time adjunct.
  let j = i;
  while (j >= 0 && TIME_WORD.test(toks[j]!.text)) {
    j--;
  }
  if (j < i && j >= 0 && TIME_PREPOSITION.test(toks[j]!.text)) {
    j--;
  }
  if (j < i && j >= 0 && /^[\s,]*$/u.test(text.slice(toks[j]!.end, toks[j + 1]!.start))) {
    edge = toks[j + 1]!.start;
    i = j;
  }
  const picked: Token[] = [];
  for (; i >= 0 && picked.length < MAX_WORDS; i--) {
    const t = toks[i]!;
    if (!SOFT_GAP.test(text.slice(t.end, edge)) || breaks(t, toks[i - 1], picked[0], lex, picked.length > 0)) {
      break;
    }
    picked.unshift(t);
    edge = t.start;
  }
  while (picked.length > 1 && TIME_WORD.test(picked[picked.length - 1]!.text)) {
    picked.pop();
  }
  while (picked.length > 1 && TIME_WORD.test(picked[0]!.text)) {
    picked.shift();
  }
  if (picked.length === 0 || !plausible(picked, lex)) {
    return null;
  }
  return { start: picked[0]!.start, end: picked[picked.length - 1]!.end };
}

/**
 * The source standing after a cue ending at `cueEnd` ("according to the UN", "said Smith",
 * "заявил министр иностранных дел Иван Петров", "сказал он").
 */
export function sourceAfter(text: string, cueEnd: number, ceiling: number, lex: AttributionLexicon): Span | null {
  const toks = tokens(text, cueEnd, Math.min(ceiling, cueEnd + WINDOW));
  const picked: Token[] = [];
  let edge = cueEnd;
  let i = 0;
  // "уточнили в пресс-службе губернатора", "говорится в сообщении ведомства": the body named after "в".
  if (toks.length > 1 && /^(?:в|во|на)$/iu.test(toks[0]!.text) && (ROLE.test(toks[1]!.text) || isCapitalised(toks[1]!.text))) {
    edge = toks[0]!.end;
    i = 1;
  }
  for (; i < toks.length && picked.length < MAX_WORDS; i++) {
    const t = toks[i]!;
    if (!SOFT_GAP.test(text.slice(edge, t.start)) || breaks(t, picked[picked.length - 1], toks[i + 1], lex, picked.length > 0)) {
      break;
    }
    picked.push(t);
    edge = t.end;
    if (picked.length === 1 && lex.pronouns.has(t.text.toLowerCase())) {
      break;
    }
  }
  if (picked.length === 0 || !plausible(picked, lex)) {
    return null;
  }
  return { start: picked[0]!.start, end: picked[picked.length - 1]!.end };
}

/** True when `word` is one of the lexicon's pronouns. */
export function isPronoun(word: string, lex: AttributionLexicon): boolean {
  return lex.pronouns.has(word.trim().toLowerCase());
}
