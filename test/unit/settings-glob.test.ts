import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileGlob, type Glob } from '../../server/src/settings/glob.js';

function glob(pattern: string): Glob {
  const g = compileGlob(pattern);
  assert.ok(!('error' in g), pattern);
  return g;
}

test('a glob with no slash matches the file name at any depth', () => {
  assert.ok(glob('*.md').matches('notes.md'));
  assert.ok(glob('*.md').matches('a/b/notes.md'));
  assert.ok(!glob('*.md').matches('a/notes.txt'));
});

test('a single star stays within one folder and a double star crosses folders', () => {
  assert.ok(glob('news/*.txt').matches('news/a.txt'));
  assert.ok(!glob('news/*.txt').matches('news/2024/a.txt'));
  assert.ok(glob('news/**/*.txt').matches('news/2024/05/a.txt'));
  assert.ok(glob('news/**/*.txt').matches('news/a.txt'));
  assert.ok(glob('drafts/**').matches('drafts/x/y.md'));
  assert.ok(!glob('drafts/**').matches('final/drafts.md'));
});

test('braces, classes and question marks', () => {
  assert.ok(glob('{ru,uk}/*.txt').matches('uk/a.txt'));
  assert.ok(!glob('{ru,uk}/*.txt').matches('en/a.txt'));
  assert.ok(glob('day-[0-9].md').matches('x/day-7.md'));
  assert.ok(!glob('day-[!0-9].md').matches('x/day-7.md'));
  assert.ok(glob('a?c.txt').matches('abc.txt'));
  assert.ok(!glob('a?c.txt').matches('a/c.txt'));
});

test('regular-expression syntax in a glob is literal text', () => {
  assert.ok(glob('(a+)+$').matches('dir/(a+)+$'));
  assert.ok(!glob('(a+)+$').matches('aaaa'));
  assert.ok(glob('a.b').matches('a.b') && !glob('a.b').matches('axb'));
});

test('a glob built to make backtracking matchers explode is answered on a long name', () => {
  const hostile = glob('*a*a*a*a*a*a*a*a*a*a*b');
  assert.equal(hostile.matches(`${'a'.repeat(50_000)}`), false);
  assert.equal(hostile.matches(`${'a'.repeat(50_000)}b`), true);
  assert.equal(glob('**/**/**/**/**/**/x').matches(`${'d/'.repeat(5_000)}y`), false);
});

test('an empty, overlong or over-branching glob is refused with a reason', () => {
  assert.match((compileGlob('') as { error: string }).error, /empty/u);
  assert.match((compileGlob('a'.repeat(257)) as { error: string }).error, /256/u);
  assert.match((compileGlob('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}') as { error: string }).error, /alternatives/u);
});
