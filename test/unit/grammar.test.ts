/**
 * The TextMate grammar, tested by `vscode-tmgrammar-test` (the real vscode-textmate engine with
 * Oniguruma) on the scope assertions in `test/grammar/*.seed`, and the language configuration.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '../..');
const GRAMMAR = join(ROOT, 'syntaxes/seed.tmLanguage.json');
const CASES = join(ROOT, 'test/grammar');
const requireFromRoot = createRequire(join(ROOT, 'package.json'));
const TOOL = join(dirname(requireFromRoot.resolve('vscode-tmgrammar-test/package.json')), 'dist/unit.js');

/** Runs the grammar tester on `files`; its exit status and everything it printed. */
function runGrammarTests(files: readonly string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [TOOL, '--compact', '--grammar', GRAMMAR, ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const caseFiles = readdirSync(CASES)
  .filter((name) => name.endsWith('.seed'))
  .map((name) => join(CASES, name));

describe('the seed grammar', () => {
  it('has grammar test files for review tags and for English and Russian prose', () => {
    const names = caseFiles.map((f) => f.slice(CASES.length + 1)).sort();
    assert.deepEqual(names, ['quotes-cues-en.seed', 'quotes-cues-ru.seed', 'review-tags.seed']);
  });

  it('scopes every token the grammar test files assert on as they say', () => {
    const { status, output } = runGrammarTests(caseFiles);
    assert.equal(status, 0, output);
    for (const file of caseFiles) {
      // The tool's own spelling; a file it skipped or could not parse has no such line.
      assert.ok(output.includes(`${file} run successfuly`), output);
    }
  });

  it('fails a grammar test that asserts a wrong scope, so the passing run means something', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-grammar-'));
    try {
      const wrong = join(dir, 'wrong.seed');
      writeFileSync(
        wrong,
        [
          '<!-- SYNTAX TEST "text.seed" "a plain word is not a quotation"',
          'The council met on Friday and said nothing new.',
          '<!--        ^^^ string.quoted.double.seed',
          'Совет заявил, что заседание перенесено.',
          '<!--  ^^^^^^ keyword.other.reporting-cue.en.seed',
          '',
        ].join('\n'),
      );
      const { status, output } = runGrammarTests([wrong]);
      assert.notEqual(status, 0, output);
      assert.match(output, /string\.quoted\.double\.seed/u);
      assert.match(output, /keyword\.other\.reporting-cue\.en\.seed/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

interface LanguageConfiguration {
  comments: { blockComment: [string, string] };
  autoClosingPairs: Array<{ open: string; close: string; notIn?: string[] }>;
  surroundingPairs: Array<[string, string]>;
  brackets: Array<[string, string]>;
  folding: { markers: { start: string; end: string } };
}

describe('the seed language configuration', () => {
  const configuration = JSON.parse(readFileSync(join(ROOT, 'syntaxes/language-configuration.json'), 'utf8')) as LanguageConfiguration;

  it('makes Toggle Block Comment write an HTML comment', () => {
    assert.deepEqual(configuration.comments.blockComment, ['<!--', '-->']);
  });

  it('auto-closes and surrounds with guillemets, curly and low quotes, and brackets', () => {
    const pairs: Array<[string, string]> = [
      ['«', '»'],
      ['“', '”'],
      ['„', '“'],
      ['(', ')'],
      ['[', ']'],
    ];
    for (const [open, close] of pairs) {
      assert.ok(
        configuration.autoClosingPairs.some((p) => p.open === open && p.close === close),
        `auto-closing ${open}${close}`,
      );
      assert.ok(
        configuration.surroundingPairs.some(([o, c]) => o === open && c === close),
        `surrounding ${open}${close}`,
      );
    }
  });

  it('folds a block-form review tag, whatever its case and spacing', () => {
    const start = new RegExp(configuration.folding.markers.start, 'u');
    const end = new RegExp(configuration.folding.markers.end, 'u');
    assert.match('<!-- review:comment -->', start);
    assert.match('<!--Review : note note="check" -->', start);
    assert.match('  <!-- / REVIEW -->', end);
    assert.doesNotMatch('<!-- an ordinary comment -->', start);
    assert.doesNotMatch('<!-- review:comment -->', end);
  });
});
