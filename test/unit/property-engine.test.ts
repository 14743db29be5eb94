import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anySeedText, fcParams, hostileText, markdownSeed } from '../fuzz/arbitraries.js';
import { analyseText, checkText, positionedFindings } from '../fuzz/engineProperties.js';

// Bounded runs keep `npm test` fast; `npm run fuzz` runs the same properties for minutes.
// A failure's message carries fast-check's seed and path: replay with FC_SEED=<seed>.

describe('engine properties over arbitrary text', () => {
  it('never throws, and keeps every range inside the text and off surrogate halves, on hostile Unicode', () => {
    // Examples: cases earlier fuzz runs found (a leading byte order mark shifted Markdown offsets).
    fc.assert(fc.property(hostileText(), (text) => checkText(text)), { ...fcParams<[string]>(200), examples: [['\uFEFF\u{10000}'], ['\uFEFF- a\n- b😀'], ['\uFEFF\uFEFF# x']] });
  });

  it('never throws, and keeps every range inside the text, on Markdown-shaped English and Russian seeds', () => {
    fc.assert(fc.property(markdownSeed(), (text) => checkText(text)), fcParams(150));
  });

  it('gives the same findings for a text beside a neighbour in the corpus, every time', () => {
    fc.assert(fc.property(anySeedText(), markdownSeed(6), (text, neighbour) => checkText(text, neighbour)), fcParams(100));
  });

  it('finds the same things at the same line positions whether lines end in LF, CRLF or CR', () => {
    fc.assert(
      fc.property(markdownSeed(), (text) => {
        const lf = text.replace(/\r\n?/gu, '\n');
        const expected = positionedFindings(lf);
        assert.deepEqual(positionedFindings(lf.replace(/\n/gu, '\r\n')), expected, 'CRLF');
        assert.deepEqual(positionedFindings(lf.replace(/\n/gu, '\r')), expected, 'CR');
      }),
      { ...fcParams<[string]>(60), examples: [['Мэр сказал.\n\n# The according ferry.\n\n«The the.» — the мэр. «Эксперты.» — эксперты\n']] },
    );
  });

  it('finds nothing in a text of white space only, whatever kind of space or line break', () => {
    const space = fc.constantFrom(' ', '\t', '\n', '\r\n', '\r', '\u00A0', '\u2003', '\u3000', '\u2028', '\u200B', '\uFEFF', '\f', '\v');
    fc.assert(
      fc.property(fc.array(space, { maxLength: 40 }).map((s) => s.join('')), (text) => {
        assert.deepEqual(analyseText(text).findings, []);
      }),
      { ...fcParams<[string]>(200), examples: [[' \n\t\n\r\n\u00A0\u3000\n']] },
    );
  });

  it('survives the generators themselves: the Markdown generator yields EN and RU text with line breaks', () => {
    const samples = fc.sample(markdownSeed(), { numRuns: 200, seed: 42 });
    assert.ok(samples.some((s) => /[а-яё]/u.test(s)) && samples.some((s) => /[a-z]/u.test(s)));
    assert.ok(samples.some((s) => s.includes('\r\n')) && samples.some((s) => /^> /mu.test(s)) && samples.some((s) => /^ {2}- /mu.test(s)));
  });
});
