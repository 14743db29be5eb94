/** CodeLenses "reported by N other outlets" above the body sentences that other documents report too. */
import type { CodeLens } from 'vscode-languageserver';
import type { CorpusEvent } from '../engine/events/index.js';
import type { SeedDocument } from '../engine/index.js';

/**
 * One lens per sentence of `doc` that reports an event with mentions in other documents.
 * Other documents count by outlet (two articles of one outlet are one outlet); a document
 * whose outlet is unknown counts on its own; the document's own outlet does not count.
 */
export function eventLenses(doc: SeedDocument, events: readonly CorpusEvent[]): CodeLens[] {
  const bySentence = new Map<number, Set<string>>();
  for (const event of events) {
    const here = event.mentions.filter((m) => m.uri === doc.uri);
    if (here.length === 0) {
      continue;
    }
    const others = event.mentions.filter((m) => m.uri !== doc.uri && !(m.outlet !== null && m.outlet === doc.outlet));
    for (const m of here) {
      const sources = bySentence.get(m.span.start) ?? new Set<string>();
      others.forEach((o) => sources.add(o.outlet ?? o.uri));
      bySentence.set(m.span.start, sources);
    }
  }
  const lenses: CodeLens[] = [];
  for (const [start, sources] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    if (sources.size === 0) {
      continue;
    }
    const position = doc.lineMap.positionAt(start);
    const title = `reported by ${sources.size} other ${sources.size === 1 ? 'outlet' : 'outlets'}`;
    // An empty command id: VS Code shows the title as text that does nothing when clicked.
    lenses.push({ range: { start: position, end: position }, command: { title, command: '' } });
  }
  return lenses;
}
