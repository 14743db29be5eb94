/**
 * Turning a file's bytes into text, or into a clear refusal. Pure: bytes in, text out.
 *
 * Policy: UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are. Bytes that are
 * not valid UTF-8 are tried as the two legacy Russian encodings, Windows-1251 and KOI8-R; when one
 * of them gives plausible Russian text the file is decoded with it and a note says so. Anything
 * else — NUL bytes (binary), undecodable bytes — is refused with a message.
 */

/** The outcome of {@link decodeSeed}. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly note?: string }
  | { readonly ok: false; readonly error: string };

/** Files larger than this many bytes are refused outright (before decoding). */
export const MAX_SEED_BYTES = 32 * 1024 * 1024;

/** Decodes a seed file's bytes; see the module comment for the policy. */
export function decodeSeed(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_SEED_BYTES) {
    return { ok: false, error: `File is too large (${bytes.length} bytes; the limit is ${MAX_SEED_BYTES}).` };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', note: 'Decoded as UTF-16LE (byte order mark).' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', note: 'Decoded as UTF-16BE (byte order mark).' };
  }
  if (bytes.indexOf(0) !== -1) {
    return looksLikeBomlessUtf16(bytes)
      ? { ok: false, error: 'Looks like UTF-16 text without a byte order mark (NUL bytes at every other position): save it as UTF-8, or as UTF-16 with a BOM. Skipped.' }
      : { ok: false, error: 'Binary file (contains NUL bytes): skipped.' };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8', ...(hasBom ? { note: 'UTF-8 byte order mark removed.' } : {}) };
  } catch {
    // Not UTF-8: try the legacy Cyrillic code pages below.
  }
  const utf8 = utf8Census(bytes);
  // Mostly well-formed multi-byte UTF-8 with a few bad bytes is damaged UTF-8, not a legacy code page.
  const best = utf8.multiByte > utf8.invalid ? null : legacyCyrillic(bytes);
  if (best) {
    return {
      ok: true,
      text: best.text,
      encoding: best.encoding,
      note: `Not UTF-8: decoded as ${best.label}. Save the file as UTF-8 to silence this note.`,
    };
  }
  const bad = utf8.firstInvalid;
  const where = bad === undefined ? '' : ` (first bad byte at offset ${bad.offset}, line ${bad.line})`;
  return { ok: false, error: `Not valid UTF-8${where}, and not recognisable as Windows-1251 or KOI8-R text: skipped.` };
}

/** How much of `bytes` is well-formed multi-byte UTF-8, how much is not, and where the first bad byte is. */
function utf8Census(bytes: Uint8Array): { multiByte: number; invalid: number; firstInvalid?: { offset: number; line: number } } {
  let line = 1;
  let multiByte = 0;
  let invalid = 0;
  let firstInvalid: { offset: number; line: number } | undefined;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] === 0x0a) {
      line++;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      invalid++;
      firstInvalid ??= { offset: i, line };
      i++;
    } else {
      multiByte += length > 1 ? 1 : 0;
      i += length;
    }
  }
  return { multiByte, invalid, ...(firstInvalid ? { firstInvalid } : {}) };
}

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) {
    return 1;
  }
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) {
    return cont(1) ? 2 : 0;
  }
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * True when NUL bytes sit almost only at even or only at odd offsets and are frequent: the
 * high (or low) bytes of Latin text in UTF-16. Binary formats scatter their NULs.
 */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const zeros = [0, 0];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      zeros[i & 1]!++;
    }
  }
  const [even, odd] = zeros as [number, number];
  const all = even + odd;
  return bytes.length >= 8 && all >= bytes.length / 8 && Math.max(even, odd) >= 0.95 * all;
}

const LEGACY = [
  { encoding: 'windows-1251', label: 'Windows-1251 (Cyrillic)' },
  { encoding: 'koi8-r', label: 'KOI8-R (Cyrillic)' },
] as const;

/** Frequent Russian letters; real Russian text decoded correctly is mostly lower case and rich in these. */
const COMMON_RU = new Set('оеаинтсрвлкмдпу');

function legacyCyrillic(bytes: Uint8Array): { text: string; encoding: string; label: string } | null {
  let best: { text: string; encoding: string; label: string; score: number } | null = null;
  for (const { encoding, label } of LEGACY) {
    const text = new TextDecoder(encoding).decode(bytes);
    const score = russianScore(text);
    if (score > 0.5 && mostlyWholeCyrillicWords(text) && (!best || score > best.score)) {
      best = { text, encoding, label, score };
    }
  }
  return best;
}

/**
 * True when the words that contain Cyrillic letters are mostly all Cyrillic. Latin-1 text
 * (Spanish, French) misread as Windows-1251 gives words like "niсo", Latin with a stray
 * Cyrillic letter; real Russian keeps its words in one script, even beside Latin names.
 */
function mostlyWholeCyrillicWords(text: string): boolean {
  let withCyrillic = 0;
  let whole = 0;
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    const cyrillic = word.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
    if (cyrillic > 0) {
      withCyrillic++;
      if (cyrillic === [...word].length) {
        whole++;
      }
    }
  }
  return withCyrillic > 0 && whole / withCyrillic >= 0.8;
}

/** Share of Cyrillic letters that are frequent lower-case Russian letters (0..1). */
function russianScore(text: string): number {
  let cyrillic = 0;
  let common = 0;
  for (const ch of text) {
    if (/\p{Script=Cyrillic}/u.test(ch)) {
      cyrillic++;
      if (COMMON_RU.has(ch)) {
        common++;
      }
    }
  }
  return cyrillic < 3 ? 0 : common / cyrillic;
}
