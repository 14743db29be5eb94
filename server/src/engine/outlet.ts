import type { Line } from './text.js';

/** A capitalised name of one to six words ("The Moscow Times", "РИА Новости", "RT"). */
const TOKEN = String.raw`[\p{Lu}\p{N}](?:[\p{L}\p{N}&'’\-]|\.(?=\p{L}))*`;
const NAME = String.raw`((?:The |the )?${TOKEN}(?: (?:of |de |and |& )?${TOKEN}){0,5})`;

interface OutletCue {
  readonly pattern: RegExp;
  readonly weight: number;
  /** Only lines this close to the head (or tail) of the document are looked at. */
  readonly where: 'head' | 'tail' | 'edges' | 'anywhere';
}

const NOT_OUTLETS = new Set([
  'update', 'updated', 'breaking', 'watch', 'read', 'note', 'editor', "editor's note", 'photo', 'video',
  'opinion', 'analysis', 'live', 'exclusive', 'warning', 'q', 'a', 'us', 'our work', 'independent journalism',
  'this', 'it', 'them', 'him', 'her', 'me',
]);

const CUES: readonly OutletCue[] = [
  // "Support The Moscow Times!" — a publisher's own appeal names it.
  { pattern: new RegExp(String.raw`^\s*(?:Please )?[Ss]upport ${NAME}\s*[!.]?\s*$`, 'u'), weight: 3, where: 'edges' },
  { pattern: new RegExp(String.raw`^\s*A [Mm]essage [Ff]rom ${NAME}\s*:?\s*$`, 'u'), weight: 3, where: 'anywhere' },
  { pattern: new RegExp(String.raw`(?:^|\s)(?:[Ww]e,? the (?:journalists|editors|team) (?:of|at) )${NAME}`, 'u'), weight: 2, where: 'anywhere' },
  // "RT: Russian President …" — a source prefix on a paragraph of the article.
  { pattern: /^\s*((?:\p{Lu}{2,6})|(?:[\p{Lu}][\p{Ll}]+ ){0,2}(?:News|Times|Post|Агентство))\s?:\s+\p{Lu}/u, weight: 2, where: 'head' },
  // "MOSCOW, Feb 22 (Reuters) -" datelines.
  { pattern: /^\s*\p{Lu}[\p{Lu}\s.,'’\-]{2,40},?[^()\n]{0,40}\((\p{Lu}[\p{L}\s.]{1,30})\)\s*[-–—]/u, weight: 3, where: 'head' },
  // "МОСКВА, 22 февраля. /ТАСС/." and "MOSCOW, February 22. /TASS/."
  { pattern: /^\s*\p{Lu}[\p{Lu}\s\-]{2,40},[^/\n]{0,40}\/\s*(\p{Lu}[\p{L}\s\-]{1,30}?)\s*\/\.?/u, weight: 3, where: 'head' },
  { pattern: new RegExp(String.raw`(?:©|\([Cc]\)|Copyright|Все права защищены\.?\s*©?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?${NAME}`, 'u'), weight: 2, where: 'tail' },
  { pattern: new RegExp(String.raw`^\s*(?:Subscribe to|Sign up for) ${NAME}(?:'s|’s)? (?:newsletter|daily|weekly)`, 'u'), weight: 1, where: 'edges' },
  { pattern: new RegExp(String.raw`^\s*(?:Поддержите|Подпишитесь на) ${NAME}\s*[!.]?\s*$`, 'u'), weight: 2, where: 'edges' },
];

const EDGE = 15;

/**
 * The outlet a text says it comes from, from its own signature lines, appeals
 * ("Support X!", "A Message from X"), source prefixes ("RT: …"), datelines
 * ("(Reuters) -", "/ТАСС/") and copyright lines; `null` when it says nothing.
 */
export function detectOutlet(lines: readonly Line[]): string | null {
  const votes = new Map<string, { score: number; first: number }>();
  const count = lines.length;
  for (const line of lines) {
    if (line.text.length > 400 && line.index > EDGE) {
      continue;
    }
    const nearHead = line.index < EDGE;
    const nearTail = line.index >= count - 3 * EDGE;
    for (const cue of CUES) {
      const allowed =
        cue.where === 'anywhere' ||
        (cue.where === 'head' && nearHead) ||
        (cue.where === 'tail' && nearTail) ||
        (cue.where === 'edges' && (nearHead || nearTail));
      if (!allowed) {
        continue;
      }
      const m = cue.pattern.exec(line.text);
      const name = m?.[1] ? cleanName(m[1]) : null;
      if (!name) {
        continue;
      }
      const v = votes.get(name) ?? { score: 0, first: line.index };
      v.score += cue.weight;
      votes.set(name, v);
    }
  }
  let best: string | null = null;
  let bestVote = { score: 0, first: Infinity };
  for (const [name, v] of votes) {
    if (v.score > bestVote.score || (v.score === bestVote.score && v.first < bestVote.first)) {
      best = name;
      bestVote = v;
    }
  }
  return best;
}

function cleanName(raw: string): string | null {
  const name = raw
    .trim()
    .replace(/[.,:;!'’\-]+$/u, '')
    .replace(/(?:'s|’s)$/u, '')
    .replace(/^the /u, 'The ')
    .trim();
  if (name.length < 2 || name.length > 60 || NOT_OUTLETS.has(name.toLowerCase())) {
    return null;
  }
  return name;
}
