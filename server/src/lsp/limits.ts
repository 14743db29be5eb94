/** Size limits that keep the server responsive. */

/** Documents longer than this many UTF-16 units are not analysed and stay out of the corpus. */
export const MAX_ANALYSED_CHARS = 2_000_000;

/** The diagnostic code of the notice on a document too large to analyse. */
export const TOO_LARGE_CODE = 'document/too-large';

/** The notice shown on a document too large to analyse. */
export function tooLargeMessage(length: number): string {
  const mb = (length / 1_000_000).toFixed(1);
  return `Document too large to analyse (${mb} million characters; the limit is ${MAX_ANALYSED_CHARS / 1_000_000} million): Source Review skipped it.`;
}

/** The diagnostic code of the notice on a document the engine failed on (a bug, logged in full). */
export const FAILED_CODE = 'document/analysis-failed';

/** The notice shown when parsing or analysis threw. */
export function failedMessage(stage: 'parsing' | 'analysis', error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Source Review could not analyse this document (${stage} failed: ${reason}). Details are in the "Source Review" output.`;
}

/** The diagnostic code of the notice on a file the editor decoded with the wrong encoding. */
export const ENCODING_CODE = 'document/encoding';

/** The notice shown when the file's bytes are not the UTF-8 the editor assumed. */
export function encodingMessage(note: string): string {
  return `The editor shows replacement characters (\uFFFD) because this file's bytes are not UTF-8. ${note} Use "Reopen with Encoding" to read it correctly; until then the findings may be wrong.`;
}
