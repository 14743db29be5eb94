/**
 * The `text` format, for people: files in order, each with its language and outlet, then
 * one line per finding (`line:col  severity  message  rule`, 1-based, columns in UTF-16
 * code units as in editors), the file's counts per category, and a total at the end.
 */
import { CATEGORIES, type Category, type Severity } from '../../engine/index.js';
import { isFailed, type CheckReport, type CheckedFile } from '../report.js';
import { PLAIN, type Style } from './style.js';

/** Renders the report for a terminal or a log. */
export function renderText(report: CheckReport, style: Style = PLAIN): string {
  const out: string[] = [];
  const total = new Map<Category, number>();
  let checked = 0;
  let failed = 0;
  for (const file of report.files) {
    if (isFailed(file)) {
      failed++;
      out.push(style.bold(file.path), `  ${style.red('cannot check:')} ${file.error}`, '');
      continue;
    }
    checked++;
    out.push(...renderFile(file, style), '');
    for (const d of file.diagnostics) {
      total.set(d.category, (total.get(d.category) ?? 0) + 1);
    }
  }
  const findings = [...total.values()].reduce((a, b) => a + b, 0);
  const files = `${checked} ${checked === 1 ? 'file' : 'files'} checked` + (failed > 0 ? `, ${failed} could not be read` : '');
  out.push(style.bold(`${files}: ${plural(findings, 'finding')}${findings > 0 ? ` (${countsByCategory(total)})` : ''}.`));
  return out.join('\n') + '\n';
}

function renderFile(file: CheckedFile, style: Style): string[] {
  const header = `${style.bold(file.path)}  ${style.dim(`${file.language}, ${file.outlet ?? 'outlet unknown'}`)}`;
  const lines = [header];
  if (file.encodingNote !== undefined) {
    lines.push(`  ${style.cyan('note:')} ${file.encodingNote}`);
  }
  const rows = file.diagnostics.map((d) => ({
    at: `${d.range.start.line + 1}:${d.range.start.character + 1}`,
    severity: d.severity,
    message: d.message,
    rule: d.rule,
  }));
  const atWidth = Math.max(0, ...rows.map((r) => r.at.length));
  const severityWidth = Math.max(0, ...rows.map((r) => r.severity.length));
  for (const r of rows) {
    const severity = paint(r.severity, style)(r.severity.padEnd(severityWidth));
    lines.push(`  ${r.at.padEnd(atWidth)}  ${severity}  ${r.message}  ${style.dim(r.rule)}`);
  }
  const counts = new Map<Category, number>();
  for (const d of file.diagnostics) {
    counts.set(d.category, (counts.get(d.category) ?? 0) + 1);
  }
  lines.push(style.dim(file.diagnostics.length === 0 ? '  no findings' : `  ${plural(file.diagnostics.length, 'finding')}: ${countsByCategory(counts)}`));
  return lines;
}

function paint(severity: Severity, style: Style): (text: string) => string {
  switch (severity) {
    case 'error':
      return style.red;
    case 'warning':
      return style.yellow;
    case 'information':
      return style.blue;
    case 'hint':
      return style.dim;
  }
}

/** "3 boilerplate, 1 comment", in the contract's category order. */
function countsByCategory(counts: ReadonlyMap<Category, number>): string {
  return CATEGORIES.filter((c) => (counts.get(c) ?? 0) > 0)
    .map((c) => `${counts.get(c)} ${c}`)
    .join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
