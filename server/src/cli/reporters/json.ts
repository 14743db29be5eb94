/** The `json` format: exactly the contract's `check` shape, version 1. */
import { isFailed, type CheckReport } from '../report.js';

/**
 * Renders the report as the contract's JSON. A file that could not be read or decoded has
 * `path`, `error` and an empty `diagnostics`; the encoding note of a legacy-encoded file goes
 * to stderr only, because the contract has no key for it.
 */
export function renderJson(report: CheckReport): string {
  const files = report.files.map((file) =>
    isFailed(file)
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
        },
  );
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}
