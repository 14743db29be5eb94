/**
 * Properties of the engine and of the ranges the server derives from it, checked on one text:
 * shared by the bounded property tests and the long fuzz run.
 */
import assert from 'node:assert/strict';
import { CorpusIndex, createAnalyzer, parseSeed, type Finding, type SeedDocument, type Span } from '../../server/src/engine/index.js';
import { sourcesOf } from '../../server/src/lsp/documentSources.js';
import { foldingRanges } from '../../server/src/lsp/folding.js';
import { sourceSymbols } from '../../server/src/lsp/symbols.js';
import type { DocumentSymbol, Range } from 'vscode-languageserver';

const analyzer = createAnalyzer();

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Asserts a span is non-empty, inside the text and on whole code points. */
export function assertSpanInside(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: [${span.start}, ${span.end}) inside 0..${text.length}`);
  assert.ok(!splitsPair(text, span.start), `${what}: start ${span.start} splits a surrogate pair`);
  assert.ok(!splitsPair(text, span.end), `${what}: end ${span.end} splits a surrogate pair`);
}

/** Asserts an LSP range lies inside the document's lines and maps back to whole code points. */
export function assertRangeInside(doc: SeedDocument, range: Range, what: string): void {
  for (const p of [range.start, range.end]) {
    const line = doc.lineMap.lines[p.line];
    assert.ok(line, `${what}: line ${p.line} exists (of ${doc.lineMap.lines.length})`);
    assert.ok(p.character >= 0 && p.character <= line.text.length, `${what}: character ${p.character} inside line ${p.line} (length ${line.text.length})`);
    assert.ok(!splitsPair(doc.text, line.start + p.character), `${what}: ${p.line}:${p.character} splits a surrogate pair`);
  }
  assert.ok(range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character), `${what}: start before end`);
}

function allSymbols(symbols: readonly DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...allSymbols(s.children ?? [])]);
}

/** Parses and analyses `text`, alone and beside a neighbour in a corpus; returns the lone findings. */
export function analyseText(text: string, neighbour?: string): { doc: SeedDocument; findings: Finding[]; withCorpus: Finding[] } {
  const doc = parseSeed('file:///fuzz/doc.seed', text);
  const findings = analyzer.analyze(doc);
  const corpus = new CorpusIndex();
  corpus.set(doc);
  if (neighbour !== undefined) {
    corpus.set(parseSeed('file:///fuzz/neighbour.seed', neighbour));
  }
  return { doc, findings, withCorpus: analyzer.analyze(doc, corpus) };
}

/**
 * The engine does not throw on `text`; every finding, sentence, block, symbol and folding
 * range lies inside it on whole code points; analysing it again gives the same findings.
 */
export function checkText(text: string, neighbour?: string): void {
  const { doc, findings, withCorpus } = analyseText(text, neighbour);
  assert.equal(doc.text, text);
  for (const f of [...findings, ...withCorpus]) {
    assertSpanInside(text, f, `finding ${f.rule}`);
    assert.ok(f.end > f.start, `finding ${f.rule} is not empty`);
    assert.equal(typeof f.message, 'string');
    const start = doc.lineMap.positionAt(f.start);
    const end = doc.lineMap.positionAt(f.end);
    assertRangeInside(doc, { start, end }, `finding ${f.rule}`);
  }
  for (const s of doc.sentences) {
    assertSpanInside(text, s, 'sentence');
  }
  for (const b of doc.blocks) {
    assert.ok(b.firstLine >= 0 && b.firstLine <= b.lastLine && b.lastLine < doc.lines.length, `block ${b.index} lines inside the document`);
  }
  for (const symbol of allSymbols(sourceSymbols(doc, sourcesOf(doc, withCorpus)))) {
    assertRangeInside(doc, symbol.range, `symbol ${symbol.name}`);
    assertRangeInside(doc, symbol.selectionRange, `symbol ${symbol.name} selection`);
  }
  for (const r of foldingRanges(doc)) {
    assert.ok(r.startLine >= 0 && r.startLine <= r.endLine && r.endLine < doc.lines.length, 'folding range inside the document');
  }
  const again = analyseText(text, neighbour);
  assert.deepEqual(again.findings, findings, 'the same text gives the same findings');
  assert.deepEqual(again.withCorpus, withCorpus, 'the same text and corpus give the same findings');
}

/** Findings as line:character ranges and rules, to compare texts that differ only in line breaks. */
export function positionedFindings(text: string): string[] {
  const { doc, findings } = analyseText(text);
  return findings.map((f) => {
    const s = doc.lineMap.positionAt(f.start);
    const e = doc.lineMap.positionAt(f.end);
    return `${f.rule} ${s.line}:${s.character}-${e.line}:${e.character}`;
  });
}
