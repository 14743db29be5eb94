import type { LineSignals } from './signals.js';
import type { CommentLines } from './split.js';

/** A line that reads as a finished sentence (teaser headlines do not). */
const SENTENCE_END = /[.!?…)"”»]\s*$|[:;]-?[)D(]\s*$|\){2,}\s*$/u;
/** Name heads needed before a recurring name may stand in for timestamps. */
const MIN_NAME_HEADS = 3;
/** A line this long counts as prose even without final punctuation. */
const LONG_LINE = 25;

/** Three or more names heading comments, one of them twice: people talking to each other. */
function recurringCommenter(texts: readonly string[], nameHeads: ReadonlySet<number>): boolean {
  if (nameHeads.size < MIN_NAME_HEADS) {
    return false;
  }
  const seen = new Set<string>();
  for (const i of nameHeads) {
    const name = texts[i]!.trim();
    if (seen.has(name)) {
      return true;
    }
    seen.add(name);
  }
  return false;
}

/**
 * Checks that a run of metadata really carries reader comments and not a teaser list
 * ("Related stories": title, author, date): at least one decisive comment signal (a
 * time-stamped or "says:" line, a reply marker, a commenter who comes back), two
 * comments or a decisive header, a name, marker or personal voice (not a news feed of
 * times and headlines),
 * comment bodies that mostly read as sentences, and few "By Author" bylines.
 */
export function looksLikeComments(
  signals: readonly LineSignals[],
  texts: readonly string[],
  comments: readonly CommentLines[],
  nameHeads: ReadonlySet<number> = new Set(),
  nameLines: ReadonlySet<number> = new Set(),
  headed = false,
): boolean {
  if (comments.length === 0) {
    return false;
  }
  let decisive = false;
  // A "Comments" header announces even a single comment.
  let announced = headed;
  let personal = nameHeads.size > 0 || nameLines.size > 0;
  let informalUnits = 0;
  let withSentence = 0;
  let withByline = 0;
  for (const c of comments) {
    let sentence = false;
    let byline = false;
    let voice = false;
    for (let i = c.firstLine; i <= c.lastLine; i++) {
      const s = signals[i]!;
      byline ||= s.byline;
      if ((s.kind === 'meta' && !s.weakMeta) || s.kind === 'marker') {
        decisive = true;
      }
      if (s.kind === 'marker' || s.metaRole === 'announce') {
        announced = true;
      }
      if (s.kind === 'marker' || (s.kind === 'meta' && s.namedMeta)) {
        personal = true;
      }
      voice ||= s.kind === 'text' && s.informal;
      if (s.kind === 'text' && (SENTENCE_END.test(texts[i]!) || s.words >= LONG_LINE || s.informal)) {
        sentence = true;
      }
    }
    if (sentence) {
      withSentence++;
    }
    if (byline) {
      withByline++;
    }
    if (voice) {
      informalUnits++;
    }
  }
  // A news feed pairs bare times with headlines; comments carry a name, a "Reply"
  // or a first- or second-person voice.
  if (!personal && informalUnits * 2 < comments.length) {
    return false;
  }
  // Story cards carry "By Author" lines; comments do not.
  if (withByline * 2 >= comments.length) {
    return false;
  }
  if (!decisive && !recurringCommenter(texts, nameHeads)) {
    return false;
  }
  if (comments.length < 2 && !announced) {
    return false;
  }
  return withSentence * 2 >= comments.length;
}

/** Words that make a line article prose for {@link articleContinues}. */
const ARTICLE_WORDS = 12;
/** How many lines below the section are read, and how many of them must be article prose. */
const LOOK_BELOW = 8;
const PROSE_BELOW = 3;

/**
 * True when the article goes on right below the candidate section (an embedded post or
 * a quoted exchange in the middle of the story): several full prose sentences follow
 * at once, where a real comment section is followed by a form, footer or nothing.
 */
export function articleContinues(signals: readonly LineSignals[], texts: readonly string[], last: number): boolean {
  let seen = 0;
  let prose = 0;
  for (let i = last + 1; i < signals.length && seen < LOOK_BELOW; i++) {
    const s = signals[i]!;
    if (s.kind === 'blank') {
      continue;
    }
    if (s.kind === 'closing') {
      break;
    }
    seen++;
    if (s.kind === 'text' && s.words >= ARTICLE_WORDS && SENTENCE_END.test(texts[i]!)) {
      prose++;
    }
  }
  return prose >= PROSE_BELOW;
}
