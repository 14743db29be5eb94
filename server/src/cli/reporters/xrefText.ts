/**
 * The `text` format of `xref`, for people: per event its summary, then one line per mention
 * (`path:line  outlet, language`, 1-based line) followed by the sentence, indented.
 */
import type { XrefReport } from '../../engine/events/index.js';
import { PLAIN, type Style } from './style.js';

/** Renders the `xref` report for a terminal or a log. */
export function renderXrefText(report: XrefReport, style: Style = PLAIN): string {
  const out: string[] = [];
  for (const event of report.events) {
    const outlets = new Set(event.mentions.map((m) => m.path)).size;
    out.push(`${style.bold(event.summary)}  ${style.dim(`${event.id}, ${outlets} documents`)}`);
    for (const m of event.mentions) {
      out.push(`  ${style.cyan(`${m.path}:${m.range.start.line + 1}`)}  ${style.dim(`${m.outlet ?? 'outlet unknown'}, ${m.language}`)}`);
      out.push(`    ${oneLine(m.text)}`);
    }
    out.push('');
  }
  const n = report.events.length;
  out.push(style.bold(n === 0 ? 'No event is reported by more than one document.' : `${n} ${n === 1 ? 'event' : 'events'} reported by more than one document.`));
  return out.join('\n') + '\n';
}

/** A sentence on one line: a sentence spanning lines would break the layout. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
