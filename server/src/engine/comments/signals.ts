/**
 * Line-level evidence of reader comments, English and Russian: section headers,
 * per-comment metadata (user names, "says:", timestamps), reply/like markers,
 * and lines that close a comment section ("Comments are closed", the reply form).
 */

/** What one line is, as far as reader comments are concerned. */
export type CommentLineKind =
  /** Empty or white space only. */
  | 'blank'
  /** A heading of a comment section: "Comments", "12 Comments", "Комментарии (5)". */
  | 'header'
  /** A line that ends a comment section: "Comments are closed", "Leave a Reply", the form. */
  | 'closing'
  /** Metadata of one comment: "John says:", "March 3, 2022 at 4:15 pm", "Posted by: X". */
  | 'meta'
  /** A UI control under a comment: "Reply", "Like", "Ответить", "Нравится". */
  | 'marker'
  /** Anything else: prose, names, list items. */
  | 'text';

/** How a metadata line relates to the comment text around it. */
export type MetaRole = 'announce' | 'signature' | 'stamp';

/** Evidence found on one line. */
export interface LineSignals {
  readonly kind: CommentLineKind;
  /**
   * For metadata: `announce` introduces the comment after it ("John says:", "пишет:"),
   * `signature` signs the comment before it ("Posted by: X | date", "by X on date"),
   * `stamp` is a name or time that could do either ("Mary March 3, 2022 at 4:15 pm").
   */
  readonly metaRole?: MetaRole;
  /**
   * For metadata: a bare date or clock time ("March 3, 2022", "3:51") is weak
   * evidence alone (teasers and players carry them too); a date with a time,
   * "says:" or "2 hours ago" is strong.
   */
  readonly weakMeta?: boolean;
  /** For metadata: words besides the date and time (a name: "Nathan 07.16.12 at 21:35"). */
  readonly namedMeta?: boolean;
  /** Number of words on the line. */
  readonly words: number;
  /** Leading white space, in columns (a tab counts 4). */
  readonly indent: number;
  /** Number of a "N." item at the line's start, if any. */
  readonly itemNumber?: number;
  /** A teaser's byline ("By Matt Ford") with no date: related-story cards, not comments. */
  readonly byline: boolean;
  /** The line starts with a bullet ("•", "-", "*", "·"). */
  readonly bullet: boolean;
  /** The line is a short name-like line ("bytor104", "Mary Smith", "Know Your Rights"). */
  readonly nameLike: boolean;
  /**
   * The line reads as a person's name or a user name, not a heading: one token, or
   * two or three capitalised tokens none of which is a function word.
   */
  readonly personName: boolean;
  /** First- or second-person informal voice, or a typical opener ("Great post", "Спасибо"). */
  readonly informal: boolean;
  /** A typical comment opener: "Great post", "Thanks for", "@name", "Согласен". */
  readonly opener: boolean;
}

import { EN_STOPWORDS } from '../language/en.js';
import { RU_STOPWORDS } from '../language/ru.js';
import { isLetterOrNumberPair, isLetterOrNumberUnit, isSurrogatePairAt } from '../text.js';

const MONTHS_EN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTHS_RU =
  'январ[яье]|феврал[яье]|март[ае]?|апрел[яье]|ма[яей]|июн[яье]|июл[яье]|август[ае]?|сентябр[яье]|октябр[яье]|ноябр[яье]|декабр[яье]|янв|фев|мар|апр|авг|сен|сент|окт|ноя|дек';

const TIME = /(?:^|[^\d:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?\b)?/u;
const TIME_STRICT = /(?:^|[^\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?![\p{L}])/u;
const DATE_EN = new RegExp(
  `\\b(?:${MONTHS_EN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(?:${MONTHS_EN})\\b|\\b(?:${MONTHS_EN})\\.?,?\\s+\\d{4}\\b`,
  'u',
);
const DATE_RU = new RegExp(`(?:^|[^\\p{L}\\d])\\d{1,2}\\s+(?:${MONTHS_RU})\\.?(?![\\p{L}])`, 'u');
const DATE_NUMERIC = /(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/u;
const RELATIVE_TIME =
  /\b\d+\s*(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|[smhdwy])\s+ago\b|\b(?:an?|one)\s+(?:hour|day|week|month|year)\s+ago\b|\byesterday\s+at\b|\btoday\s+at\b/u;
const RELATIVE_TIME_RU =
  /(?:^|[^\p{L}])(?:\d+\s*)?(?:секунд[уы]?|сек\.?|минут[уы]?|мин\.?|час[аов]*|ч\.?|дн[яей]|день|дн\.?|недел[июь]|нед\.?|месяц[аев]*|мес\.?|год[а]?|лет)\s+назад(?![\p{L}])|(?:^|[^\p{L}])(?:вчера|сегодня)\s*(?:в|,)\s*\d{1,2}[:.]\d{2}/u;

const SAYS_END =
  /(?:\b(?:says|said|wrote|writes|replied|replies|commented|responds|responded)\b|(?:^|[^\p{L}])(?:пишет|написал[аи]?|сказал[аи]?|ответил[аи]?|говорит|комментирует))\s*(?::|,|\.\.\.|…|:\s*[»"”])\s*$/u;
const SAYS_THEN_DATE = /\b(?:says|said|wrote)\s*:\s*(?:on\s+)?(?:\p{L}|\d)/u;
/** Words a timestamp is made of, besides the name next to it. */
const STAMP_WORDS = new RegExp(
  `^(?:${MONTHS_EN}|${MONTHS_RU}|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|at|on|in|of|am|pm|a\\.m|p\\.m|utc|gmt|edt|est|pst|pdt|cet|msk|et|pt|в|г|года|год|мск)$`,
  'u',
);

/** Words of a line that are not part of a date or time. */
function nonStampWords(text: string): number {
  return (text.match(/\p{L}[\p{L}'’_-]*/gu) ?? []).filter((w) => !STAMP_WORDS.test(w)).length;
}
/** Ends like a sentence of prose ("… had failed."), not like a stamp ("4:15 pm."). */
const PROSE_END = /\p{Ll}{3}[.!?]["”»]?\s*$/u;
const POSTED_BY = /^(?:posted|written|submitted|comment(?:ed)?|added|reply|replied|опубликовал[аи]?|добавил[аи]?|автор)\s*(?:by|on|at|:|—|-)?\s*[:\s]/u;
const BY_NAME = /^(?:by|от)\s+\S+/u;
const AVATAR = /\bavatar\b|'s picture$|\(#\d{5,}\)|\(\d{3,}\)\s*$|\banonymous coward\b|^anonymous\s+said|аватар/u;

/** A web address then a name: "http://twitter.com/jane Jane Doe". */
const URL_NAME = /^(?:https?:\/\/|www\.)\S+\s+[\p{L}@][^.!?]{0,40}$/u;
/** A thread's reply lines: "Re:", "2 replies beneath your current threshold.", "Показать ещё 5 ответов". */
const REPLY_LINE =
  /^re:\s*\S?.{0,60}$|^\d+\s+(?:repl(?:y|ies)|answers?|ответ(?:а|ов)?)\b.{0,40}$|^(?:show|view|load|see|показать|ещё|еще)\s+(?:more\s+|all\s+|ещё\s+|еще\s+|все\s+)?\d*\s*(?:repl(?:y|ies)|ответ\p{L}*)$/u;

const MARKER_WORDS = new Set(
  `reply replies like likes liked unlike dislike report abuse flag permalink link quote share edit delete
  recommend recommended vote votes upvote downvote up down helpful thumbs log login in to this comment
  comments view hide show more less parent thread collapse expand cancel retweet favorite favourite
  ответить ответ ответы нравится лайк пожаловаться жалоба цитировать цитата ссылка удалить изменить
  поделиться рекомендовать скрыть показать ещё еще свернуть развернуть комментарий комментарии`.split(/\s+/u),
);
const MARKER_ANCHORS = /\b(?:reply|like|report|permalink|flag|quote|recommend|vote|upvote)\b|(?:^|[^\p{L}])(?:ответить|нравится|пожаловаться|цитировать|лайк)(?![\p{L}])/u;

const HEADER =
  /^(?:\d+\s+)?(?:reader'?s?'?\s+|user\s+|visitor\s+)?(?:comments?|responses?|replies|reactions?|discussion|thoughts?)(?:\s*[:(\[]?\s*\d+\s*[)\]]?)?\s*:?$|^\d+\s+(?:comments?|responses?|replies|thoughts?)\s+(?:on|to)\s|^(?:join|start)\s+the\s+(?:discussion|conversation)\b|^what\s+(?:do\s+)?(?:you|readers)\s+(?:think|say)\b|^have\s+your\s+say\b|^(?:\d+\s+)?(?:комментари[ийея]в?|отзыв(?:ы|ов)|обсуждение|ответ(?:ы|ов)|мнения\s+читателей)(?:\s+читателей)?(?:\s*[:(\[]?\s*\d+\s*[)\]]?)?\s*:?$/u;

/** "6 thoughts on “Title”", "12 Responses to “Title”", "59 Comments on “Title”". */
const COUNTED_HEADER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|replies|thoughts?|reactions?)\s+(?:on|to)\s+\S/u;

/** A sentence saying comments are off: "We have turned off comments, but you can …". */
const CLOSING_SENTENCE =
  /^(?:we(?:'ve|’ve|\s+have)\s+)?(?:turned\s+off|closed|disabled)\s+(?:the\s+)?comments\b|^comments\s+(?:are|have\s+been)\s+(?:turned\s+off|closed|disabled)\b|^(?:мы\s+)?(?:закрыли|отключили)\s+комментарии|^комментарии\s+(?:к\s+(?:этой|этому|данной|данному)\s+\p{L}+\s+)?(?:закрыты|отключены)/u;

/** Trackbacks and pingbacks: links from other blogs, not reader comments. */
const TRACKBACK = /^(?:tracked\s+on|pingback|trackback)\b/u;

const CLOSING =
  /^(?:the\s+)?comments?\s+(?:are|is|have\s+been)?\s*(?:now\s+)?(?:closed|disabled|turned\s+off)\b|^comments?\s+(?:for|on)\s+this\s+(?:post|article|entry|story|page)\s+(?:are|is|have\s+been)\s+closed|^commenting\s+(?:is\s+)?(?:closed|disabled)|^(?:leave|post|add|write|submit|make)\s+(?:a|your|an?)\s+(?:reply|comment|response)(?:\b|cancel)|^you\s+must\s+be\s+logged\s+in\s+to\s+(?:post|leave)\s+a\s+comment|^your\s+email\s+address\s+will\s+not\s+be\s+published|^notify\s+me\s+of\s+(?:follow-?up|new)\s+comments|^cancel\s+reply$|^комментарии\s+(?:закрыты|отключены)|^обсуждение\s+(?:закрыто|завершено)|^(?:оставить|оставьте|добавить|написать|напишите)\s+(?:свой\s+|ваш\s+)?(?:комментарий|отзыв|ответ)|^(?:ваш|ваше)\s+(?:комментарий|имя)|^(?:чтобы|для\s+того\s+чтобы)\s+(?:оставить|написать|добавить)\s+комментарий|^(?:войдите|авторизуйтесь|зарегистрируйтесь)[,.]?\s+чтобы\s+(?:оставить|написать|комментировать)/u;

const OPENER =
  /^(?:@\S+|(?:great|nice|good|excellent|interesting|wonderful|awesome|fantastic|brilliant|lovely|cool|fun)\s+(?:post|article|piece|read|write-?up|story|blog|idea|job|tip|list|stuff|photos?|pics?|recipe)\b|(?:thanks|thank\s+you|thx)\b|(?:hi|hey|hello|dear)\s+\p{L}|(?:lol|haha|wow|omg|yes|no|agreed|so\s+true|well\s+said|amen|\+1|love\s+(?:this|it|that|the))\b|i\s+(?:agree|disagree|totally|completely|love\s+(?:this|it|that|your)|can't\s+wait)\b|(?:спасибо|согласен|согласна|не\s+согласен|автор|автору|браво|отличн|хорош|прекрасн|интересн|ну\s+и|да\s+уж)|\p{L}[\p{L}'-]{1,20}\s*(?:,|–|—)\s+(?:you|your|i|thanks|thank|great|that|this|спасибо|вы|ты|я))/u;

/**
 * First- or second-person voice and chat marks, on lower-cased text. The original single
 * pattern was the alternation of these four; a line matches it exactly when it matches one
 * of them. Scanning for the Russian pronouns behind their consuming word boundary is slow,
 * so the pronouns alone are looked for first (a line without them cannot match).
 */
const FIRST_SECOND_PERSON_EN = /\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|you|your|you're|you’re|u|ur|lol|imo|imho)\b/u;
const RU_PRONOUNS = '(?:я|мне|меня|мой|моя|моё|мое|мои|вы|вам|вас|ваш|ваша|ты|тебе|тебя|твой|имхо)(?![\\p{L}])';
const FIRST_SECOND_PERSON_RU_LOOSE = new RegExp(RU_PRONOUNS, 'u');
const FIRST_SECOND_PERSON_RU = new RegExp(`(?:^|[^\\p{L}])${RU_PRONOUNS}`, 'u');
const CHAT_MARKS = /[!?]{2,}|:\)|:-\)|;\)|:D|\)\)+\s*$/u;

/** Whether lower-cased `text` speaks in the first or second person or has chat marks ("!!", ":)"). */
export function firstOrSecondPerson(text: string): boolean {
  return (
    FIRST_SECOND_PERSON_EN.test(text) ||
    (FIRST_SECOND_PERSON_RU_LOOSE.test(text) && FIRST_SECOND_PERSON_RU.test(text)) ||
    CHAT_MARKS.test(text)
  );
}

const BULLET = /^\s*(?:[•·▪◦●‣∙]|[-*+–—](?=\s))\s*/u;
const ITEM_NUMBER = /^\s*(\d{1,3})[.)]\s+\S/u;
const NAME_LIKE = /^[@\p{L}][\p{L}\p{N}_.'’@&-]*(?:\s+[\p{L}\p{N}_.'’@&-]+){0,3}$/u;

function isPersonName(text: string): boolean {
  const tokens = text.split(/\s+/u);
  if (tokens.length === 1) {
    return text.length <= 30;
  }
  if (tokens.length > 3) {
    return false;
  }
  return tokens.every((t) => {
    const lower = t.toLowerCase();
    return /^[@\p{Lu}]/u.test(t) && !EN_STOPWORDS.has(lower) && !RU_STOPWORDS.has(lower);
  });
}

/**
 * Number of words of a line: what `text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*\/gu)` counts
 * (a letter or number, then letters, numbers, apostrophes, `_` and `-`), in one pass
 * without building the matches.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letterOrNumber: boolean;
    if (isSurrogatePairAt(text, i)) {
      letterOrNumber = isLetterOrNumberPair(text.slice(i, i + 2));
      i++;
    } else {
      letterOrNumber = isLetterOrNumberUnit(c);
    }
    if (letterOrNumber) {
      if (!inWord) {
        count++;
        inWord = true;
      }
    } else if (!inWord || !isWordJoiner(c)) {
      inWord = false;
    }
  }
  return count;
}

/** `'`, `’`, `_` and `-`: they carry on a word already started. */
function isWordJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x5f || c === 0x2d;
}

function indentOf(line: string): number {
  let n = 0;
  for (const c of line) {
    if (c === ' ') {
      n += 1;
    } else if (c === '\t') {
      n += 4;
    } else {
      break;
    }
  }
  return n;
}

function hasDate(text: string): boolean {
  return DATE_EN.test(text) || DATE_RU.test(text) || DATE_NUMERIC.test(text);
}

/**
 * A short line made only of UI words ("Reply", "Like · 3", "Ответить Нравится").
 * ("Like this:" with its colon labels a share widget instead; the caller checks.)
 */
function isMarker(text: string, words: number): boolean {
  if (words === 0 || words > 6 || !MARKER_ANCHORS.test(text)) {
    return false;
  }
  const tokens = text.match(/[\p{L}]+/gu) ?? [];
  return tokens.length > 0 && tokens.every((t) => MARKER_WORDS.has(t));
}

/** Metadata of one comment: a short line with a name-and-time shape. */
function metaRole(text: string, original: string, allWords: number): { role: MetaRole; weak: boolean } | null {
  const role = metaShape(text, original, allWords);
  if (role === null || typeof role === 'object') {
    return role;
  }
  return { role, weak: false };
}

/** `text` is the lower-cased line (the patterns are lower-case); `original` keeps its case. */
function metaShape(text: string, original: string, allWords: number): MetaRole | { role: MetaRole; weak: true } | null {
  if (allWords > 24) {
    return null;
  }
  // Digits of dates and times do not make a line longer in the sense that matters here.
  const words = (text.match(/\p{L}[\p{L}'’_-]*/gu) ?? []).length;
  if (words > 16) {
    return null;
  }
  if (words <= 10 && SAYS_END.test(text) && !/[.!?]["”»]?\s*$/u.test(text.replace(/\.\.\.$|…$/u, ''))) {
    return 'announce';
  }
  const time = TIME_STRICT.test(text) || (TIME.test(text) && hasDate(text));
  const date = hasDate(text);
  if (SAYS_THEN_DATE.test(text) && (time || date) && words <= 14) {
    return 'announce';
  }
  if (POSTED_BY.test(text) && (date || time) && words <= 16) {
    return 'signature';
  }
  if (BY_NAME.test(text) && (date || time) && words <= 14) {
    return 'signature';
  }
  if (RELATIVE_TIME.test(text) || RELATIVE_TIME_RU.test(text)) {
    return words <= 10 ? 'stamp' : null;
  }
  if (time && date && nonStampWords(text) <= 6 && !PROSE_END.test(original)) {
    return 'stamp';
  }
  if ((time || date) && nonStampWords(text) <= 3 && !PROSE_END.test(original) && /\d/u.test(text)) {
    return { role: 'stamp', weak: true };
  }
  if (URL_NAME.test(text) && words <= 8) {
    return 'stamp';
  }
  if (AVATAR.test(text) && words <= 10) {
    return 'stamp';
  }
  if (BY_NAME.test(text) && /\(\d+\)/u.test(text) && words <= 14) {
    return 'stamp';
  }
  return null;
}

/** Longest line that can be a header, marker or closing line (longer ones skip those checks). */
const MAX_UI_WORDS = 40;
const UI_PUNCTUATION = new Set([' ', '\t', '|', '·', '•', ':', '–', '—', '-']);

/**
 * Strips separators around a UI line ("— Reply |"). A loop, not /[…]+$/: that pattern
 * is quadratic on a long run of separators.
 */
function stripUiPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && UI_PUNCTUATION.has(text[start]!) && text[start] !== ':') {
    start++;
  }
  while (end > start && UI_PUNCTUATION.has(text[end - 1]!)) {
    end--;
  }
  return text.slice(start, end);
}

/** Reads the comment evidence of one line. */
export function lineSignals(raw: string): LineSignals {
  const text = raw.trim();
  const words = countWords(text);
  const itemMatch = ITEM_NUMBER.exec(raw);
  const body = text.replace(BULLET, '').replace(/^\d{1,3}[.)]\s+/u, '');
  // Case-insensitive patterns are written in lower case and run on lower-cased text
  // (V8's /iu regular expressions are several times slower).
  const lowerBody = body.toLowerCase();
  const opener = text !== '' && OPENER.test(lowerBody);
  // A name may end with an initial ("Сергей К.", "Amy D."), not with other punctuation.
  const nameLike =
    words >= 1 && words <= 4 && NAME_LIKE.test(body) && (!/[.!?:;,]$/u.test(body) || /\s\p{Lu}\.$/u.test(body));
  const plain = words <= MAX_UI_WORDS ? stripUiPunctuation(lowerBody) : lowerBody;
  let kind: CommentLineKind = 'text';
  let meta: { role: MetaRole; weak: boolean } | null = null;
  if (text === '') {
    kind = 'blank';
  } else if ((words <= 9 && CLOSING.test(plain)) || (words <= 24 && CLOSING_SENTENCE.test(plain))) {
    kind = 'closing';
  } else if ((words <= 9 && HEADER.test(plain)) || (words <= 40 && COUNTED_HEADER.test(plain))) {
    kind = 'header';
  } else if ((isMarker(plain, words) && !/:\s*$/u.test(text)) || REPLY_LINE.test(plain)) {
    kind = 'marker';
  } else if (!TRACKBACK.test(plain)) {
    meta = metaRole(lowerBody, body, words);
    if (meta) {
      kind = 'meta';
    }
  }
  // One object literal of one shape: spreading varied shapes is slow on long documents.
  return {
    kind,
    words,
    indent: indentOf(raw),
    itemNumber: itemMatch ? Number(itemMatch[1]) : undefined,
    bullet: BULLET.test(raw),
    nameLike: kind !== 'blank' && nameLike,
    personName: kind !== 'blank' && nameLike && isPersonName(body),
    byline:
      kind !== 'blank' &&
      words <= 10 &&
      /^(?:[Bb]y|BY|[Оо]т|[Аа]втор:?)\s+\p{Lu}/u.test(text) &&
      !hasDate(lowerBody) &&
      !/\(\d+\)/u.test(text),
    informal: opener || firstOrSecondPerson(lowerBody),
    opener,
    metaRole: meta?.role,
    weakMeta: meta?.weak,
    namedMeta: meta ? nonStampWords(lowerBody) > 0 : undefined,
  };
}
