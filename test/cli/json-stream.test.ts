import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FileReport } from '../../server/src/cli/report.js';
import { jsonReportWriter, renderJson } from '../../server/src/cli/reporters/json.js';

const at = (line: number, character: number) => ({ line, character });

/** Files of every kind: with findings and sources, failed, clean, with text that needs escaping. */
const FILES: FileReport[] = [
  {
    path: 'seeds/ferry.txt',
    language: 'en',
    outlet: 'Harbour Post',
    diagnostics: [
      { rule: 'boilerplate/newsletter', category: 'boilerplate', severity: 'warning', message: 'Newsletter prompt.', range: { start: at(2, 0), end: at(2, 31) } },
      { rule: 'comment/reader-comment', category: 'comment', severity: 'information', message: 'Says "who"?\nLine two.', range: { start: at(5, 4), end: at(6, 0) } },
    ],
    sources: [],
  },
  { path: 'seeds/broken.txt', error: 'Binary file (contains NUL bytes): skipped.' },
  { path: 'seeds/мост.txt', language: 'ru', outlet: null, diagnostics: [] },
];

/** Everything a writer writes, joined. */
function streamed(files: readonly FileReport[]): { text: string; chunks: number } {
  const chunks: string[] = [];
  const writer = jsonReportWriter((chunk) => chunks.push(chunk));
  files.forEach((f) => writer.file(f));
  writer.end();
  return { text: chunks.join(''), chunks: chunks.length };
}

describe('the streamed JSON report', () => {
  it('writes byte for byte what the whole-report renderer returns', () => {
    assert.equal(streamed(FILES).text, renderJson({ files: FILES, rules: [] }));
  });

  it('writes each file as its own chunk, between an opening and a closing chunk', () => {
    assert.equal(streamed(FILES).chunks, FILES.length + 2);
  });

  it('writes an empty file list like the renderer', () => {
    assert.equal(streamed([]).text, renderJson({ files: [], rules: [] }));
  });

  it('writes a single file like the renderer', () => {
    assert.equal(streamed(FILES.slice(2)).text, renderJson({ files: FILES.slice(2), rules: [] }));
  });
});
