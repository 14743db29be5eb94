/**
 * The standoff export in the W3C Web Annotation Data Model (JSON-LD): one annotation per kept
 * tag and finding, targeting the clean file with a TextQuoteSelector (exact text, with up to
 * 32 characters of prefix and suffix) and a TextPositionSelector. As the model requires,
 * positions count Unicode code points, not UTF-16 units. Ids and sources are IRI references
 * relative to `annotations.jsonld`, which sits in the output folder beside the clean files.
 */
import { codePointOffsets } from './codePoints.js';
import type { CleanDocument, CleanSpan } from './cleanDocument.js';

/** The JSON-LD context of the model. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** UTF-16 units of context kept on each side by a TextQuoteSelector. */
const CONTEXT_LENGTH = 32;

/** One Web Annotation as a plain object. */
export type WebAnnotation = Record<string, unknown>;

/** The annotations of one document, ids numbered `#d<docIndex>-t<n>` (tags) and `#d<docIndex>-f<n>` (findings). */
export function webAnnotations(cleanPath: string, docIndex: number, clean: CleanDocument): WebAnnotation[] {
  const points = codePointOffsets(clean.text);
  const source = relativeIri(cleanPath);
  const target = (span: CleanSpan) => ({
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: span.text, prefix: prefixOf(clean.text, span.start), suffix: suffixOf(clean.text, span.end) },
      { type: 'TextPositionSelector', start: points(span.start), end: points(span.end) },
    ],
  });
  const tags = clean.tags.map((t, n) => ({
    id: `#d${docIndex}-t${n + 1}`,
    type: 'Annotation',
    motivation: t.kind === 'note' ? 'commenting' : 'tagging',
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: `review:${t.kind}` },
      ...(t.note !== undefined ? [{ type: 'TextualBody', purpose: 'commenting', value: t.note }] : []),
    ],
    target: target(t),
  }));
  const findings = clean.findings.map((f, n) => ({
    id: `#d${docIndex}-f${n + 1}`,
    type: 'Annotation',
    motivation: 'assessing',
    body: [
      { type: 'TextualBody', purpose: 'classifying', value: f.category },
      { type: 'TextualBody', purpose: 'tagging', value: f.rule },
      { type: 'TextualBody', purpose: 'describing', value: f.message },
    ],
    target: target(f),
  }));
  return [...tags, ...findings];
}

/** A relative IRI reference for a `/`-separated path: each segment percent-encoded. */
export function relativeIri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function prefixOf(text: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(from))) {
    from++;
  }
  return text.slice(from, start);
}

function suffixOf(text: string, end: number): string {
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) {
    to--;
  }
  return text.slice(end, to);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
