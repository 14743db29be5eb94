/**
 * The `sarif` format: SARIF 2.1.0 (OASIS), one run. Regions are 1-based and counted in
 * UTF-16 code units (`columnKind`), so `endColumn` is the column just after the finding.
 * Files that could not be read become tool execution notifications.
 */
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../engine/index.js';
import { isFailed, type CheckReport } from '../report.js';

/** Who made the report, for `tool.driver`. */
export interface ToolInfo {
  readonly name: string;
  readonly version: string;
  readonly informationUri?: string;
}

/** The SARIF 2.1.0 JSON schema this output follows. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF levels for our severities (SARIF has no "hint"; both lower ones are notes). */
export const SARIF_LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** Renders the report as a SARIF 2.1.0 log. */
export function renderSarif(report: CheckReport, tool: ToolInfo): string {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const results = report.files.flatMap((file) =>
    isFailed(file)
      ? []
      : file.diagnostics.map((d) => ({
          ruleId: d.rule,
          ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
          level: SARIF_LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(file.path) },
                region: {
                  startLine: d.range.start.line + 1,
                  startColumn: d.range.start.character + 1,
                  endLine: d.range.end.line + 1,
                  endColumn: d.range.end.character + 1,
                },
              },
            },
          ],
          properties: { category: d.category },
        })),
  );
  const notifications = report.files.flatMap((file) => {
    const problem = isFailed(file) ? { level: 'error', text: file.error } : file.encodingNote !== undefined ? { level: 'note', text: file.encodingNote } : null;
    return problem
      ? [
          {
            level: problem.level,
            message: { text: `${file.path}: ${problem.text}` },
            locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(file.path) } } }],
          },
        ]
      : [];
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri !== undefined ? { informationUri: tool.informationUri } : {}),
            rules: report.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: firstSentence(r.description) },
              fullDescription: { text: r.description },
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
              properties: { category: r.category },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: !report.files.some(isFailed),
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A URI reference for a path: relative paths stay relative (percent-encoded, `/`-separated). */
export function artifactUri(path: string): string {
  if (isAbsolute(path)) {
    return pathToFileURL(path).href;
  }
  return path
    .split(sep === '\\' ? /[\\/]/u : /\//u)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/su.exec(text);
  return m ? m[0] : text;
}
