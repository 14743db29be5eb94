/**
 * The canonical spelling of review tags, used by every edit that writes one, and the
 * guess of the kind a misspelt tag meant.
 */
import { TAG_KINDS, type TagKind } from './types.js';

/** The closing tag, as edits write it. */
export const CLOSE_TAG = '<!-- /review -->';

/**
 * The opening tag of `kind`, with `note` when given: `<!-- review:comment note="…" -->`.
 * The note is escaped so that the comment reads back to exactly the same note.
 */
export function formatOpenTag(kind: TagKind | string, note?: string): string {
  return note === undefined ? `<!-- review:${kind} -->` : `<!-- review:${kind} note="${escapeNote(note)}" -->`;
}

/**
 * Escapes a note for `note="…"`: backslash and double quote get a backslash, and so do
 * the `>` of `-->` and the `!` of `<!--`, which would otherwise end or confuse the comment.
 * The parser reads a backslash followed by any character as that character.
 */
export function escapeNote(note: string): string {
  return note
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/--(?=>)/g, '--\\')
    .replace(/<!/g, '<\\!');
}

/** The kind a misspelt or unknown kind most likely meant; `note` (which silences nothing) when nothing is close. */
export function nearestKind(written: string): TagKind {
  const w = written.toLowerCase();
  if (w === '') {
    return 'note';
  }
  const prefixed = TAG_KINDS.filter((k) => k.startsWith(w) || w.startsWith(k));
  if (prefixed.length > 0) {
    // 'attrib' starts both 'attributed'…; prefer the one closest in length.
    return prefixed.reduce((a, b) => (Math.abs(a.length - w.length) <= Math.abs(b.length - w.length) ? a : b));
  }
  let best: TagKind = 'note';
  let bestDistance = Infinity;
  for (const kind of TAG_KINDS) {
    const d = editDistance(w.slice(0, 40), kind);
    if (d < bestDistance) {
      best = kind;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : 'note';
}

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
