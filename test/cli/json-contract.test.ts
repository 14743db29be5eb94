import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { checkJson, ENGLISH_SEED, ROOT, RUSSIAN_SEED, tempTree } from './helpers.js';
import { sourcesSchema } from './sourcesSchema.js';

/** The contract's `check --format json` shape (design/contract.md), strict: no extra keys. */
const position = z.strictObject({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });
const diagnostic = z.strictObject({
  rule: z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/u),
  category: z.enum(['boilerplate', 'comment', 'unattributed-claim', 'vague-attribution', 'tag']),
  severity: z.enum(['error', 'warning', 'information', 'hint']),
  message: z.string().min(1),
  range: z.strictObject({ start: position, end: position }),
});
const checkedFile = z.strictObject({
  path: z.string().min(1),
  language: z.string().regex(/^(?:[a-z]{2}|und)$/u),
  outlet: z.string().min(1).nullable(),
  diagnostics: z.array(diagnostic),
  sources: sourcesSchema,
});
const failedFile = z.strictObject({ path: z.string().min(1), error: z.string().min(1), diagnostics: z.array(diagnostic).max(0) });
const checkOutput = z.strictObject({ version: z.literal(1), files: z.array(z.union([checkedFile, failedFile])) });

describe('check --format json', () => {
  it('matches the contract on the bundled seeds', () => {
    const run = checkJson(['seeds']);
    const out = checkOutput.parse(run.json);
    assert.equal(out.files.length, 5);
    assert.ok(out.files.every((f) => f.path.startsWith('seeds/') && f.path.endsWith('.txt')));
    assert.equal(run.stderr, '');
  });

  it('matches the contract on fresh English and Russian seeds, with findings positioned inside the text', () => {
    const root = tempTree({ 'seeds/en.txt': ENGLISH_SEED, 'seeds/ru.txt': RUSSIAN_SEED });
    const out = checkOutput.parse(checkJson(['seeds'], root).json);
    const byPath = new Map(out.files.map((f) => [f.path, f]));
    const en = byPath.get(join('seeds', 'en.txt'));
    const ru = byPath.get(join('seeds', 'ru.txt'));
    assert.ok(en && 'language' in en && ru && 'language' in ru);
    assert.equal(en.language, 'en');
    assert.equal(ru.language, 'ru');
    for (const [file, text] of [
      [en, ENGLISH_SEED],
      [ru, RUSSIAN_SEED],
    ] as const) {
      const lines = text.split('\n');
      assert.ok(file.diagnostics.length > 0, `${file.path} has findings`);
      for (const d of file.diagnostics) {
        const { start, end } = d.range;
        assert.ok(start.line < lines.length && end.line < lines.length, `${d.rule} inside the document`);
        assert.ok(start.character <= lines[start.line]!.length && end.character <= lines[end.line]!.length, `${d.rule} inside its lines`);
        assert.ok(start.line < end.line || (start.line === end.line && start.character < end.character), `${d.rule} is not empty`);
      }
    }
  });

  it('keeps relative paths relative and joins them with the found file as given', () => {
    const root = tempTree({ 'corpus/a.txt': 'A short line of text about a harbour.\n' });
    const plain = checkOutput.parse(checkJson(['corpus'], root).json);
    assert.deepEqual(plain.files.map((f) => f.path), [join('corpus', 'a.txt')]);
    const dotted = checkOutput.parse(checkJson(['./corpus/'], root).json);
    assert.deepEqual(dotted.files.map((f) => f.path), ['./corpus/a.txt']);
    const absolute = checkOutput.parse(checkJson([join(root, 'corpus')], root).json);
    assert.deepEqual(absolute.files.map((f) => f.path), [join(root, 'corpus', 'a.txt')]);
  });

  it('reports each file once when arguments overlap', () => {
    const root = tempTree({ 'corpus/a.txt': 'One line.\n', 'corpus/b.md': 'Another line.\n' });
    const out = checkOutput.parse(checkJson(['corpus', join('corpus', 'b.md')], root).json);
    assert.deepEqual(out.files.map((f) => f.path), [join('corpus', 'a.txt'), join('corpus', 'b.md')]);
  });

  it('writes a large report through a pipe without truncating it', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) {
      files[`seeds/document-${String(i).padStart(4, '0')}.txt`] = `Line ${i} of a short note about the harbour.\n`;
    }
    const root = tempTree(files);
    const run = checkJson(['seeds'], root);
    assert.ok(run.stdout.length > 64 * 1024, 'the report is larger than a pipe buffer');
    assert.equal(checkOutput.parse(run.json).files.length, 1000);
  });

  it('stops quietly when the reader closes the pipe early (| head)', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1500; i++) {
      files[`seeds/note-${i}.txt`] = `Note ${i} about a pier.\n`;
    }
    const root = tempTree(files);
    const child = spawn(process.execPath, [join(ROOT, 'bin/source-review.js'), 'check', '--format', 'json', 'seeds'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.doesNotMatch(stderr, /EPIPE|Unhandled/u);
    assert.notEqual(code, 2);
  });
});
