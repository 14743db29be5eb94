/** UTF-16 offsets to Unicode code point offsets, for formats that count code points (W3C Web Annotation). */

/**
 * A function from UTF-16 offsets of `text` to code point offsets. Built in one pass; each
 * lookup is constant time. An offset inside a surrogate pair counts the pair as one.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const counts = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    counts[i] = points;
    const c = text.charCodeAt(i);
    const pairStart = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const next = pairStart ? text.charCodeAt(i + 1) : 0;
    if (pairStart && next >= 0xdc00 && next <= 0xdfff) {
      counts[i + 1] = points;
      i++;
    }
    points++;
  }
  counts[text.length] = points;
  return (offset) => counts[Math.max(0, Math.min(offset, text.length))]!;
}
