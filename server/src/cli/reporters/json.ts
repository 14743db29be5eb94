/** The `json` format: exactly the contract's `check` shape, version 1. */
import { isFailed, type CheckReport, type FileReport } from '../report.js';

/**
 * Renders the report as the contract's JSON. A file that could not be read or decoded has
 * `path`, `error` and an empty `diagnostics`; the encoding note of a legacy-encoded file goes
 * to stderr only, because the contract has no key for it.
 */
export function renderJson(report: CheckReport): string {
  return JSON.stringify({ version: 1, files: report.files.map(jsonFile) }, null, 2) + '\n';
}

/** Writes the same JSON as {@link renderJson}, one file's entry at a time. */
export interface JsonReportWriter {
  /** Writes the next file's entry. */
  file(file: FileReport): void;
  /** Writes the next file's entry, already rendered by {@link jsonFileEntry} (on a worker thread). */
  entry(rendered: string): void;
  /** Closes the document (once, after the last file). */
  end(): void;
}

/** What {@link renderJson} writes before the first file's entry and after the last one. */
const HEAD = '{\n  "version": 1,\n  "files": [\n';
const TAIL = '\n  ]\n}';

/**
 * A writer that streams the report: byte for byte what {@link renderJson} returns for
 * the same files, without holding the whole report or the whole text in memory.
 */
export function jsonReportWriter(write: (chunk: string) => void): JsonReportWriter {
  let count = 0;
  write('{\n  "version": 1,\n  "files": [');
  const entry = (rendered: string): void => write((count++ === 0 ? '\n' : ',\n') + rendered);
  return {
    file: (file) => entry(jsonFileEntry(file)),
    entry,
    end() {
      write(count === 0 ? ']\n}\n' : '\n  ]\n}\n');
    },
  };
}

/** One file's entry of the report, indented as inside the whole report, without a separator. */
export function jsonFileEntry(file: FileReport): string {
  // Stringified at its real depth (inside `files`), then cut out.
  const whole = JSON.stringify({ version: 1, files: [jsonFile(file)] }, null, 2);
  return whole.slice(HEAD.length, whole.length - TAIL.length);
}

/** One file's entry of the contract's shape. */
function jsonFile(file: FileReport): object {
  return isFailed(file)
    ? { path: file.path, error: file.error, diagnostics: [] }
    : {
        path: file.path,
        language: file.language,
        outlet: file.outlet,
        diagnostics: file.diagnostics.map((d) => ({
          rule: d.rule,
          category: d.category,
          severity: d.severity,
          message: d.message,
          range: d.range,
        })),
        sources: file.sources ?? [],
      };
}
