import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseSeed, type Finding } from '../../server/src/engine/index.js';
import { annotationLine, cleanDocument, relativeIri, webAnnotations } from '../../server/src/engine/export/index.js';
import { cleanPaths } from '../../server/src/cli/exportLayout.js';

const TEXT = 'Подпишитесь на канал!\n\n🌊🌊 Власти сообщили, что дамба выдержит паводок 🌊, но жители сомневаются.\n';

function exported() {
  const doc = parseSeed('file:///ru.seed', TEXT);
  const at = (phrase: string, category: Finding['category']): Finding => {
    const start = TEXT.indexOf(phrase);
    return { start, end: start + phrase.length, rule: `test/${category}`, category, severity: 'warning', message: 'Test.' };
  };
  return cleanDocument(doc, [at('Подпишитесь на канал!', 'boilerplate'), at('дамба выдержит паводок 🌊', 'unattributed-claim')], { tags: [], problems: [] });
}

describe('the annotations.jsonl line', () => {
  it('carries the document fields, kept findings in clean offsets and removed ones with their source text', () => {
    const clean = exported();
    const line = annotationLine({ path: 'seeds/ru.txt', outlet: null, language: 'ru', cleanPath: 'seeds/ru.txt' }, clean) as {
      findings: Array<{ start: number; end: number; text: string; sourceStart: number }>;
      removed: { findings: Array<{ text: string; reason: string; sourceStart: number }> };
    };
    assert.deepEqual(Object.keys(line), ['path', 'outlet', 'language', 'cleanPath', 'tags', 'findings', 'removed']);
    const [claim] = line.findings;
    assert.equal(clean.text.slice(claim!.start, claim!.end), 'дамба выдержит паводок 🌊');
    assert.equal(claim!.sourceStart, TEXT.indexOf('дамба'));
    assert.deepEqual(line.removed.findings.map((f) => [f.text, f.reason, f.sourceStart]), [['Подпишитесь на канал!', 'removed-kind', 0]]);
  });
});

describe('the W3C Web Annotation export', () => {
  it('counts TextPositionSelector offsets in code points and quotes the exact text', () => {
    const [annotation] = webAnnotations('seeds/ru.txt', 0, exported()) as Array<{
      target: { source: string; selector: Array<{ type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }> };
    }>;
    const quote = annotation!.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
    const position = annotation!.target.selector.find((s) => s.type === 'TextPositionSelector')!;
    const points = [...exported().text];
    assert.equal(quote.exact, 'дамба выдержит паводок 🌊');
    assert.equal(points.slice(position.start, position.end).join(''), quote.exact);
    assert.ok(position.start! < exported().text.indexOf('дамба'), 'two surrogate pairs before the span count one each');
    assert.equal(annotation!.target.source, 'seeds/ru.txt');
  });

  it('never cuts a surrogate pair at the edge of a quote’s prefix or suffix', () => {
    const doc = parseSeed('file:///e.seed', `${'🌊'.repeat(40)} The dam held. ${'🌊'.repeat(40)}\n`);
    const start = doc.text.indexOf('The dam held.');
    const clean = cleanDocument(doc, [{ start, end: start + 13, rule: 'test/v', category: 'vague-attribution', severity: 'hint', message: 'T.' }], { tags: [], problems: [] });
    for (const offset of [0, 1]) {
      const shifted = { ...clean, findings: clean.findings.map((f) => ({ ...f, start: f.start - offset, end: f.end + offset, text: clean.text.slice(f.start - offset, f.end + offset) })) };
      const [a] = webAnnotations('e.seed', 0, shifted) as Array<{ target: { selector: Array<{ prefix?: string; suffix?: string }> } }>;
      const { prefix, suffix } = a!.target.selector[0]!;
      assert.doesNotMatch(prefix!, /^[\uDC00-\uDFFF]/u);
      assert.doesNotMatch(suffix!, /[\uD800-\uDBFF]$/u);
    }
  });

  it('writes sources as relative IRI references, segment by segment', () => {
    assert.equal(relativeIri('seeds/Новости дня #1.txt'), 'seeds/%D0%9D%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8%20%D0%B4%D0%BD%D1%8F%20%231.txt');
  });
});

describe('the layout of exported files', () => {
  it('places files relative to the preferred folder when all lie inside it', () => {
    const base = join('/corpus', 'project');
    assert.deepEqual(cleanPaths([join(base, 'seeds/a.txt'), join(base, 'more/b.md')], base), ['seeds/a.txt', 'more/b.md']);
  });

  it('falls back to the deepest common folder when a file lies outside the preferred one', () => {
    assert.deepEqual(cleanPaths(['/data/news/en/a.txt', '/data/news/ru/b.txt'], '/home/reviewer'), ['en/a.txt', 'ru/b.txt']);
    assert.deepEqual(cleanPaths(['/data/news/en/a.txt']), ['a.txt']);
  });
});
