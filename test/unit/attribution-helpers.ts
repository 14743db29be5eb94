import { parseSeed, type SeedDocument } from '../../server/src/engine/document.js';
import { createAnalyzer } from '../../server/src/engine/analyzer.js';
import type { Finding } from '../../server/src/engine/types.js';
import type { Rule } from '../../server/src/engine/rules/rule.js';
import { analyseAttribution } from '../../server/src/engine/attribution/analysis.js';
import type { Attribution, AttributionModel } from '../../server/src/engine/attribution/model.js';
import { unattributedClaim } from '../../server/src/engine/rules/attribution/unattributed-claim.js';
import { vagueAttribution } from '../../server/src/engine/rules/attribution/vague-attribution.js';

/** A seed built from paragraphs separated by blank lines. */
export function seed(...paragraphs: string[]): SeedDocument {
  return parseSeed('mem://seeds/test.txt', paragraphs.join('\n\n'));
}

/** The attribution model of a document with no boilerplate or comments. */
export function modelOf(doc: SeedDocument): AttributionModel {
  return analyseAttribution(doc, []);
}

/** The attribution of the body sentence that contains `needle`, failing loudly when there is no such sentence. */
export function attributionOf(doc: SeedDocument, needle: string): Attribution | undefined {
  const model = modelOf(doc);
  const i = model.sentences.findIndex((s) => s.text.includes(needle));
  if (i < 0) {
    throw new Error(`no body sentence contains "${needle}"`);
  }
  return model.bySentence[i];
}

/** The document text under a span. */
export function textOf(doc: SeedDocument, span: { start: number; end: number } | null): string | null {
  return span ? doc.text.slice(span.start, span.end) : null;
}

/** A flagged span: category, severity, the text it covers, and its message. */
export interface Flag {
  readonly start: number;
  readonly end: number;
  readonly category: Finding['category'];
  readonly severity: Finding['severity'];
  readonly text: string;
  readonly message: string;
}

/** Findings of the two attribution rules (plus any `before` rules) on a document. */
export function flags(doc: SeedDocument, before: readonly Rule[] = []): Flag[] {
  const analyzer = createAnalyzer({ rules: [...before, unattributedClaim, vagueAttribution] });
  return analyzer
    .analyze(doc)
    .filter((f) => f.category === 'unattributed-claim' || f.category === 'vague-attribution')
    .map((f) => ({ start: f.start, end: f.end, category: f.category, severity: f.severity, text: doc.text.slice(f.start, f.end), message: f.message }));
}

/** Flags whose text overlaps the sentence containing `needle`. */
export function flagsOn(doc: SeedDocument, needle: string, before: readonly Rule[] = []): Flag[] {
  const at = doc.text.indexOf(needle);
  if (at < 0) {
    throw new Error(`the document does not contain "${needle}"`);
  }
  return flags(doc, before).filter((f) => f.start < at + needle.length && at < f.end);
}
