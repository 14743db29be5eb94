import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkJson, tempTree } from './helpers.js';

interface Output {
  files: Array<{ path: string; error?: string }>;
}
const paths = (r: { json: unknown }) => (r.json as Output).files.map((f) => f.path);
const LINE = 'A short note about the ferry pier.\n';

describe('discovery', () => {
  it('searches folders recursively for .txt, .md and .seed files, in sorted order', () => {
    const root = tempTree({
      'corpus/b.txt': LINE,
      'corpus/a.md': LINE,
      'corpus/deep/er/c.seed': LINE,
      'corpus/notes.json': '{}',
      'corpus/picture.png': 'not a seed',
      'corpus/README': LINE,
    });
    assert.deepEqual(paths(checkJson(['corpus'], root)), [
      join('corpus', 'a.md'),
      join('corpus', 'b.txt'),
      join('corpus', 'deep', 'er', 'c.seed'),
    ]);
  });

  it('skips hidden folders and node_modules, but not hidden files given by name', () => {
    const root = tempTree({
      'corpus/.git/objects.txt': LINE,
      'corpus/.cache/x.md': LINE,
      'corpus/node_modules/pkg/README.md': LINE,
      'corpus/kept.txt': LINE,
      'corpus/.hidden/explicit.txt': LINE,
    });
    assert.deepEqual(paths(checkJson(['corpus'], root)), [join('corpus', 'kept.txt')]);
    assert.deepEqual(paths(checkJson([join('corpus', '.hidden', 'explicit.txt')], root)), [join('corpus', '.hidden', 'explicit.txt')]);
  });

  it('checks a file named on the command line whatever its name', () => {
    const root = tempTree({ 'article.html.bak': LINE, 'NOTES': LINE });
    const r = checkJson(['article.html.bak', 'NOTES'], root);
    assert.deepEqual(paths(r), ['article.html.bak', 'NOTES']);
    assert.notEqual(r.status, 2, r.stderr);
  });

  it('keeps the order of the arguments', () => {
    const root = tempTree({ 'z.txt': LINE, 'a/y.txt': LINE });
    assert.deepEqual(paths(checkJson(['z.txt', 'a'], root)), ['z.txt', join('a', 'y.txt')]);
  });

  it('walks a folder reached through a symbolic link loop only once', () => {
    const root = tempTree({ 'corpus/inner/a.txt': LINE });
    symlinkSync('..', join(root, 'corpus', 'inner', 'up'));
    symlinkSync('.', join(root, 'corpus', 'self'));
    const r = checkJson(['corpus'], root);
    assert.notEqual(r.status, 2, r.stderr);
    assert.deepEqual(paths(r), [join('corpus', 'inner', 'a.txt')]);
  });

  it('follows symbolic links to seed files and folders, once each', () => {
    const root = tempTree({ 'store/a.txt': LINE, 'store/more/b.txt': LINE });
    mkdirSync(join(root, 'corpus'));
    symlinkSync(join(root, 'store', 'a.txt'), join(root, 'corpus', 'linked.txt'));
    symlinkSync(join(root, 'store', 'more'), join(root, 'corpus', 'more'));
    assert.deepEqual(paths(checkJson(['corpus'], root)), [join('corpus', 'linked.txt'), join('corpus', 'more', 'b.txt')]);
  });

  it('notes a folder without any seed file on stderr, without failing', () => {
    const root = tempTree({ 'corpus/a.txt': LINE, 'pictures/cat.png': 'not a seed', 'pictures/.hidden/b.txt': LINE });
    const r = checkJson(['corpus', 'pictures'], root);
    assert.notEqual(r.status, 2, r.stderr);
    assert.equal(r.stderr, 'source-review: note: pictures: No seed files (*.txt, *.md, *.seed) in this folder.\n');
    assert.deepEqual(paths(r), [join('corpus', 'a.txt')]);
  });
});
