/** How statements of a source read in the outline, hovers and the CLI: labels and short excerpts. */
import type { AttributionKind } from '../engine/index.js';

/** A reader's name for each kind of attribution. */
export const ATTRIBUTION_LABELS: Readonly<Record<AttributionKind, string>> = {
  'direct-quote': 'quote',
  indirect: 'reported speech',
  'source-phrase': 'source phrase',
  backward: 'named in the next sentence',
  continuation: 'continued',
};

/**
 * The text on one line (whitespace collapsed), cut at a word boundary to at most `max`
 * characters with an ellipsis; never empty, never splitting a surrogate pair.
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) {
    return flat || '…';
  }
  let cut = flat.lastIndexOf(' ', max - 1);
  if (cut < max / 2) {
    cut = max - 1;
    const code = flat.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) {
      cut--;
    }
  }
  return `${flat.slice(0, cut).trimEnd()}…`;
}
