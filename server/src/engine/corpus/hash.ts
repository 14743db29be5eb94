/**
 * A 53-bit hash of a string (two FNV-1a variants combined), so that line keys of a
 * large corpus can be kept as numbers instead of strings.
 */
export function hash53(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

/**
 * {@link hash53} of `words[from..to)` joined by single spaces, without building the string
 * (the same number as `hash53(words.slice(from, to).join(' '))`).
 */
export function hash53Joined(words: readonly string[], from: number, to: number): number {
  let length = Math.max(0, to - from - 1);
  for (let w = from; w < to; w++) {
    length += words[w]!.length;
  }
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ length;
  for (let w = from; w < to; w++) {
    if (w > from) {
      h1 = Math.imul(h1 ^ 32, 0x01000193);
      h2 = Math.imul(h2 ^ 32, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    const s = words[w]!;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}
