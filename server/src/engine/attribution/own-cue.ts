import type { Span } from '../types.js';
import type { BodySentence } from './body.js';
import type { AttributionLexicon } from './lexicon.js';
import type { SentenceFacts } from './types.js';
import { EN_LEXICON } from './cues-en.js';
import { RU_LEXICON } from './cues-ru.js';
import { allMatches, wordMatches } from './patterns.js';
import { isPronoun, sourceAfter, sourceBefore } from './source.js';

/** The attribution a sentence carries by itself; spans are document offsets. */
export interface OwnCue {
  readonly kind: 'indirect' | 'source-phrase';
  readonly cue: Span;
  readonly source: Span | null;
  readonly vague: boolean;
}

// A speaker that starts within this many characters after a vague cue is part of it ("источник в правительстве").
const VAGUE_REACH = 24;

/** The lexicon of a sentence's language. */
export function lexiconOf(russian: boolean): AttributionLexicon {
  return russian ? RU_LEXICON : EN_LEXICON;
}

// A short capitalised name before a colon opens a headline or a lead with its source: "RT: Putin has …".
const COLON_SOURCE = /^((?:\p{Lu}[\p{L}\p{N}.&'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}):\s+\S/u;
const NOT_A_SOURCE =
  /^(?:update[ds]?|breaking|watch|previously|note|photo|video|read|see|also|abstract|full text|editor[’']?s note|related|exclusive|analysis|opinion|live|listen|comment|correction|warning|q|a|обновлено|фото|видео|читайте|важно|мнение|комментарий|справка)$/iu;

const FRAMED_AFTER = /^(?:\s+(?:on|last|this|earlier|late|in|at)\s+\p{L}+(?:\s+\p{L}+)?)?\s*(?:that|что|,|:|[“"«„‘]|''|[—–]|\.?\s*$)/iu;
// After a closing quote: '…," he added', '«…», — добавил он'.
// Or after a comma that closes the reported clause: "…, the statement added", "…, he noted".
const FRAMED_BEFORE =
  /(?:(?:,\s*[”"»’]|[”"»’]\s*,|''|[”"»]\s*[—–-])\s*(?:[—–-]+\s*)?(?:[\p{L}.'’-]+\s+){0,5}|,\s+(?!(?:which|who|whom|that|and|but|while|as|where|when|if|because|since|although|though|after|before|который|которая|которые|что|и|а|но|когда)\s)(?:[\p{L}.'’-]+\s+){0,4})$/iu;
const QUOTE_SOON = /^(?:\s+[\p{L}\p{N}'’.-]+){1,6}\s*(?:[“"«„]|'')/u;
// Documents and counts that speak for themselves: "the poll showed", "данные показали".
const DOCUMENT_SUBJECT =
  /(?<![\p{L}\p{N}])(?:poll|survey|study|report|data|figures|statistics|analysis|research|document|census|estimate|tally|audit|investigation|inquiry|probe|ruling|verdict|filing|memo|letter|decree|опрос|исследовани|доклад|отч[её]т|данные|документ|указ|статистик|расследовани|постановлени)\p{L}*(?![\p{L}\p{N}])/iu;

/** The words of the clause that leads up to `at`: back to a semicolon, colon, dash or the sentence start. */
function clauseBefore(u: string, at: number): string {
  const before = u.slice(Math.max(0, at - 120), at);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'), before.lastIndexOf(' – '));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** A verb like "added" or "found" reports speech when a clause, quote or speaker frame surrounds it. */
function isFramed(sentence: string, m: Span): boolean {
  const after = sentence.slice(m.end, m.end + 80);
  // "With all precincts reporting, …": a participle before a comma is an adjunct, not a report.
  const participleAdjunct = /ing$/iu.test(sentence.slice(m.start, m.end)) && /^\s*,/u.test(after);
  return (FRAMED_AFTER.test(after) && !participleAdjunct) || QUOTE_SOON.test(after) || FRAMED_BEFORE.test(sentence.slice(Math.max(0, m.start - 60), m.start));
}

/** The attribution a sentence carries by itself (its own cue, outside its quotes), or `null`. */
export function findOwnCue(s: BodySentence, f: SentenceFacts): OwnCue | null {
  const lex = lexiconOf(f.russian);
  const u = f.unquoted;
  const abs = (span: Span | null): Span | null => (span ? { start: s.start + span.start, end: s.start + span.end } : null);
  const candidates: { cue: Span; source: Span | null; kind: OwnCue['kind']; rank: number }[] = [];

  const colon = COLON_SOURCE.exec(u);
  if (colon && !NOT_A_SOURCE.test(colon[1]!)) {
    const span = { start: 0, end: colon[1]!.length };
    candidates.push({ cue: { start: span.end, end: span.end + 1 }, source: span, kind: 'source-phrase', rank: 0 });
  }
  for (const m of allMatches(lex.sourcePhrases, u)) {
    candidates.push({ cue: m, source: sourceAfter(u, m.end, u.length, lex), kind: 'source-phrase', rank: 1 });
  }
  const [strongWords, framedWords] = wordMatches(u, lex.strongWords, lex.framedWords);
  for (const m of [...strongWords!, ...allMatches(lex.strongCues, u)]) {
    candidates.push({ cue: m, source: sourceOf(u, m, lex, f.russian), kind: 'indirect', rank: 2 });
  }
  for (const m of [...framedWords!, ...allMatches(lex.framedCues, u)]) {
    if (isFramed(s.text, m) || DOCUMENT_SUBJECT.test(clauseBefore(u, m.start))) {
      candidates.push({ cue: m, source: sourceOf(u, m, lex, f.russian), kind: 'indirect', rank: 3 });
    }
  }
  for (const m of allMatches(lex.channelCues, u)) {
    candidates.push({ cue: m, source: null, kind: 'source-phrase', rank: 4 });
  }
  const vague = f.vagueCues.map((v) => ({ start: v.start - s.start, end: v.end - s.start }));
  // A vague phrase stands unless another cue names someone: a source phrase, a channel, or a speaker who is not a pronoun.
  const named = candidates.filter(
    (c) =>
      !vague.some((v) => v.start <= c.cue.start && c.cue.end <= v.end) &&
      (vague.length === 0 ||
        c.kind === 'source-phrase' ||
        (c.source !== null &&
          !isPronoun(u.slice(c.source.start, c.source.end), lex) &&
          !vague.some((v) => c.source!.start < v.end + VAGUE_REACH && v.start < c.source!.end))),
  );
  if (named.length > 0) {
    named.sort((a, b) => a.rank - b.rank || a.cue.start - b.cue.start);
    const best = named[0]!;
    return { kind: best.kind, cue: abs(best.cue)!, source: abs(best.source), vague: false };
  }
  if (vague.length > 0) {
    return { kind: 'indirect', cue: abs(vague[0]!)!, source: null, vague: true };
  }
  return null;
}

// The speaker follows the verb after a quote or dash ('…," said Smith', '— заявил министр'),
// at the head of a sentence, or after "Об этом …" / "Как …".
const INVERTED_BEFORE = /(?:^|[,:;—–-]|(?:^|\s)(?:об?\s+этом|как|это|так)(?:\s+\S+){0,6})\s*$/iu;

function sourceOf(u: string, cue: Span, lex: AttributionLexicon, russian: boolean): Span | null {
  const before = u.slice(0, cue.start);
  const inverted = INVERTED_BEFORE.test(before.trimEnd() === '' ? '' : before);
  if (inverted) {
    const after = sourceAfter(u, cue.end, u.length, lex);
    if (after && (russian || !/^it$/iu.test(u.slice(after.start, after.end)))) {
      return after;
    }
  }
  return sourceBefore(u, 0, cue.start, lex) ?? subjectWithAside(before) ?? (russian ? sourceAfter(u, cue.end, u.length, lex) : null);
}

// "Scarborough, who served in the House, has denied …": a named subject, an aside between commas, then the verb.
const SUBJECT_WITH_ASIDE = /^(\s*)(\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+[\p{L}\p{N}.'’-]+){0,4}),\s+[^,]{2,160},\s+(?:\p{Ll}+\s+){0,2}$/u;

function subjectWithAside(before: string): Span | null {
  const m = SUBJECT_WITH_ASIDE.exec(before);
  return m ? { start: m[1]!.length, end: m[1]!.length + m[2]!.length } : null;
}
