/**
 * One line of `annotations.jsonl`: a document's outlet, language, clean file, and its tags and
 * findings as UTF-16 offsets into the clean text (as JavaScript, LSP and VS Code count), each
 * with its text, so `clean.slice(start, end) === text`. `sourceStart`/`sourceEnd` are offsets
 * into the source file's decoded text. What the export removed is listed under `removed`.
 */
import type { LanguageCode } from '../types.js';
import type { CleanDocument } from './cleanDocument.js';

/** The document-level fields of a line. */
export interface DocumentInfo {
  /** The source path as given (CLI) or relative to the workspace (editor). */
  readonly path: string;
  readonly outlet: string | null;
  readonly language: LanguageCode;
  /** The clean file, relative to the output folder, with `/` separators. */
  readonly cleanPath: string;
  /** Set when the source was decoded from a legacy encoding. */
  readonly encodingNote?: string;
}

/** A line of `annotations.jsonl` as a plain object (`JSON.stringify` it). */
export function annotationLine(info: DocumentInfo, clean: CleanDocument): Record<string, unknown> {
  const note = (n: string | undefined) => (n !== undefined ? { note: n } : {});
  return {
    path: info.path,
    outlet: info.outlet,
    language: info.language,
    cleanPath: info.cleanPath,
    ...(info.encodingNote !== undefined ? { encodingNote: info.encodingNote } : {}),
    tags: clean.tags.map((t) => ({ kind: t.kind, ...note(t.note), start: t.start, end: t.end, text: t.text, sourceStart: t.source.start, sourceEnd: t.source.end })),
    findings: clean.findings.map((f) => ({
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      message: f.message,
      start: f.start,
      end: f.end,
      text: f.text,
      sourceStart: f.source.start,
      sourceEnd: f.source.end,
    })),
    removed: {
      tags: clean.removed.tags.map((t) => ({ kind: t.kind, ...note(t.note), reason: t.reason, sourceStart: t.source.start, sourceEnd: t.source.end, text: t.text })),
      findings: clean.removed.findings.map((f) => ({
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        message: f.message,
        reason: f.reason,
        sourceStart: f.source.start,
        sourceEnd: f.source.end,
        text: f.text,
      })),
    },
  };
}
