import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkJson, ENGLISH_SEED, RUSSIAN_SEED, runCli, tempTree } from './helpers.js';
import { LATVIA_EN, LATVIA_RU } from '../fixtures/latvia.js';

interface CheckOutput {
  files: Array<{ path: string; outlet: string | null; diagnostics: Array<{ rule: string; category: string; range: { start: { line: number } } }> }>;
}
interface XrefOutput {
  events: Array<{ mentions: Array<{ path: string; outlet: string | null }> }>;
}

function tree(config: unknown, files: Record<string, string>): string {
  const root = tempTree(files);
  writeFileSync(join(root, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return root;
}

const paths = (r: { json: unknown }): string[] => (r.json as CheckOutput).files.map((f) => f.path.split('\\').join('/')).sort();

describe('--config corpus globs and outlet map', () => {
  it('leaves out the files of a folder that corpus.exclude names, relative to the folder given', () => {
    const root = tree({ corpus: { exclude: ['drafts/**'] } }, { 'seeds/en.txt': ENGLISH_SEED, 'seeds/drafts/ru.txt': RUSSIAN_SEED });
    const r = checkJson(['--config', 'config.json', 'seeds'], root);
    assert.equal(r.stderr, '');
    assert.deepEqual(paths(r), ['seeds/en.txt']);
  });

  it('takes only what corpus.include names, and still checks a file named on the command line', () => {
    const root = tree({ 'sourceReview.corpus.include': ['*.md'] }, { 'seeds/en.txt': ENGLISH_SEED, 'seeds/ru.md': RUSSIAN_SEED });
    assert.deepEqual(paths(checkJson(['--config', 'config.json', 'seeds'], root)), ['seeds/ru.md']);
    assert.deepEqual(paths(checkJson(['--config', 'config.json', 'seeds', 'seeds/en.txt'], root)), ['seeds/en.txt', 'seeds/ru.md']);
  });

  it('reports the outlet the map gives, by path glob first, then by a literal line of the text', () => {
    const config = {
      outlets: [
        { pattern: 'wire/**', outlet: 'Coastal Wire' },
        { signature: 'SUPPORT INDEPENDENT JOURNALISM', outlet: 'Elsmere Echo' },
      ],
    };
    const root = tree(config, { 'seeds/wire/en.txt': ENGLISH_SEED, 'seeds/desk/en.txt': ENGLISH_SEED, 'seeds/desk/ru.txt': RUSSIAN_SEED });
    const files = (checkJson(['--config', 'config.json', 'seeds'], root).json as CheckOutput).files;
    const outletOf = (p: string) => files.find((f) => f.path.split('\\').join('/') === p)?.outlet;
    assert.equal(outletOf('seeds/wire/en.txt'), 'Coastal Wire');
    assert.equal(outletOf('seeds/desk/en.txt'), 'Elsmere Echo');
    assert.notEqual(outletOf('seeds/desk/ru.txt'), 'Elsmere Echo');
  });

  it('gives xref the same outlet map through its own --config', () => {
    const root = tree({ outlets: [{ pattern: 'ru.txt', outlet: 'Rigas Vestnik' }] }, { 'news/en.txt': LATVIA_EN, 'news/ru.txt': LATVIA_RU });
    const r = runCli(['xref', '--format', 'json', '--config', 'config.json', 'news'], { cwd: root });
    assert.equal(r.status, 0, r.stderr);
    const mentions = (JSON.parse(r.stdout) as XrefOutput).events.flatMap((e) => e.mentions);
    assert.ok(mentions.some((m) => m.path.endsWith('ru.txt') && m.outlet === 'Rigas Vestnik'), JSON.stringify(mentions));
    assert.ok(mentions.some((m) => m.path.endsWith('en.txt') && m.outlet !== 'Rigas Vestnik'));
  });

  it('exports only the files the globs take, with the mapped outlet in annotations.jsonl', () => {
    const config = { corpus: { exclude: ['drafts/**'] }, outlets: [{ pattern: 'en.txt', outlet: 'Elsmere Echo' }] };
    const root = tree(config, { 'seeds/en.txt': ENGLISH_SEED, 'seeds/drafts/ru.txt': RUSSIAN_SEED });
    const r = runCli(['export', '--config', 'config.json', '--out', 'clean', 'seeds'], { cwd: root });
    assert.equal(r.status, 0, r.stderr);
    const lines = readFileSync(join(root, 'clean', 'annotations.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; outlet: string | null });
    assert.deepEqual(lines.map((l) => [l.path.split('\\').join('/'), l.outlet]), [['seeds/en.txt', 'Elsmere Echo']]);
  });

  it('names a wrong value and what it expects on stderr, keeps the default for it and applies the rest', () => {
    const root = tree(
      { corpus: { exclude: 'drafts/**', include: ['*.txt'] }, outlets: 'Coastal Wire', extraAttributionCues: [''] },
      { 'seeds/en.txt': ENGLISH_SEED, 'seeds/drafts/ru.txt': RUSSIAN_SEED, 'seeds/notes.md': RUSSIAN_SEED },
    );
    const r = checkJson(['--config', 'config.json', 'seeds'], root);
    assert.match(r.stderr, /corpus\.exclude expects an array of at most 200 globs/u);
    assert.match(r.stderr, /outlets expects an array of at most 500 objects/u);
    assert.match(r.stderr, /extraAttributionCues expects an array/u);
    assert.deepEqual(paths(r), ['seeds/drafts/ru.txt', 'seeds/en.txt'], 'include applies, exclude falls back to none');
    assert.notEqual(r.status, 2);
  });

  it('reports an unknown key inside a nested group by its full name', () => {
    const root = tree({ corpus: { exclud: ['x'] } }, { 'seeds/en.txt': ENGLISH_SEED });
    assert.match(checkJson(['--config', 'config.json', 'seeds'], root).stderr, /unknown setting "corpus\.exclud" ignored/u);
  });

  it('treats a catastrophic-backtracking pattern as literal text in globs, phrases and cues, on a 50 KB line', () => {
    const hostile = `${'a'.repeat(50_000)}!`;
    const article = `${ENGLISH_SEED}\n${hostile}\n\nThe harbour master (a+)+$ that the pier opens in May.\n`;
    const config = {
      corpus: { exclude: ['(a+)+$', '*a*a*a*a*a*a*a*a*a*a*b'] },
      outlets: [{ signature: '(a+)+$', outlet: 'Literal Match' }],
      extraBoilerplatePhrases: ['(a+)+$'],
      extraAttributionCues: ['(a+)+$'],
    };
    const root = tree(config, { [`seeds/${'a'.repeat(120)}.txt`]: article });
    const r = checkJson(['--config', 'config.json', 'seeds'], root);
    assert.equal(r.stderr, '');
    const [file] = (r.json as CheckOutput).files;
    assert.ok(file, 'the file is checked: neither glob matches its name');
    assert.equal(file.outlet, 'Literal Match');
    const literalLine = article.split('\n').findIndex((l) => l.includes('(a+)+$'));
    const phraseLines = file.diagnostics.filter((d) => d.rule === 'boilerplate/extra-phrase').map((d) => d.range.start.line);
    assert.deepEqual(phraseLines, [literalLine], 'only the line holding the phrase matches it, not the 50 KB line of a-s');
  });
});
