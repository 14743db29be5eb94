import type { Span } from '../types.js';
import type { AttributionKind, AttributionModel } from './types.js';

/** One statement of a source: the sentence, how it is attributed, and its cue. */
export interface SourceStatement {
  readonly sentence: Span;
  readonly kind: AttributionKind;
  readonly cue: Span;
}

/** A source of the article ("who said what"): its name, where it is named, and its statements. */
export interface SourceSummary {
  /** Display name: the fullest form the article uses ("Foreign Minister Vladislav Deinego"). */
  readonly name: string;
  /** True for attributions to no one in particular ("some say", "сообщается"). */
  readonly vague: boolean;
  /** Where the article names this source (for hovers on the name). */
  readonly mentions: readonly Span[];
  readonly statements: readonly SourceStatement[];
}

/** Shown for statements whose source the model could not tell. */
export const UNNAMED_SOURCE = '(source not named)';

const DETERMINERS = /^(?:the|a|an|his|her|their|its)\s+/iu;
const RUSSIAN_CASE_ENDING = /(?:ого|ему|ому|ым|ом|ой|ою|ей|а|у|е|ы|я|ю)$/u;

/**
 * A key under which two mentions count as the same source: the last capitalised word
 * (a surname or acronym: "Denis Pushilin" = "Pushilin"), Russian case endings dropped
 * ("Пескова" = "Песков"); otherwise the lower-cased phrase without its determiner.
 */
function sourceKey(name: string): string {
  const caps = name.match(/\p{Lu}[\p{L}\p{N}'’-]*/gu);
  const last = caps ? caps[caps.length - 1]! : name.replace(DETERMINERS, '');
  const lower = last.toLowerCase();
  return /[\u0400-\u04ff]/u.test(lower) && lower.length > 4 ? lower.replace(RUSSIAN_CASE_ENDING, '') : lower;
}

/**
 * Groups a document's attributions by source, in order of first appearance, for the
 * outline ("who said what"), hovers on a source's name and the CLI's `sources` list.
 * Pronouns count under the source they resolve to.
 */
export function summariseSources(text: string, model: AttributionModel): SourceSummary[] {
  const groups = new Map<string, { name: string; vague: boolean; mentions: Span[]; statements: SourceStatement[] }>();
  for (const a of model.attributions) {
    const sentence = model.sentences[a.sentence]!;
    const vague = a.vague;
    const name = vague ? text.slice(a.cue.start, a.cue.end) : (a.sourceName ?? UNNAMED_SOURCE);
    const key = vague ? `vague:${name.toLowerCase()}` : a.sourceName === null ? UNNAMED_SOURCE : sourceKey(name);
    let group = groups.get(key);
    if (!group) {
      group = { name, vague, mentions: [], statements: [] };
      groups.set(key, group);
    }
    if (name.length > group.name.length && !vague && a.sourceName !== null) {
      group.name = name;
    }
    const mention = a.source;
    if (mention && a.cueSentence === a.sentence && !group.mentions.some((m) => m.start === mention.start)) {
      group.mentions.push(mention);
    }
    group.statements.push({ sentence: { start: sentence.start, end: sentence.end }, kind: a.kind, cue: a.cue });
  }
  return [...groups.values()];
}
