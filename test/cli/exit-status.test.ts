import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkJson, ENGLISH_SEED, RUSSIAN_SEED, runCli, tempTree } from './helpers.js';

const ALL_OFF = { rules: { boilerplate: false, comment: false, 'unattributed-claim': false, 'vague-attribution': false, tag: false } };

function corpusWithConfig(config: unknown): string {
  const root = tempTree({ 'seeds/en.txt': ENGLISH_SEED, 'seeds/ru.txt': RUSSIAN_SEED });
  writeFileSync(join(root, 'config.json'), JSON.stringify(config));
  return root;
}

describe('exit status', () => {
  it('is 1 when there are findings at the default failing severity (warning)', () => {
    const root = corpusWithConfig({ rules: { boilerplate: 'warning', comment: 'warning' } });
    const r = runCli(['check', '--config', 'config.json', 'seeds'], { cwd: root });
    assert.equal(r.status, 1, r.stderr);
  });

  it('is 0 when every category is turned off', () => {
    const root = corpusWithConfig(ALL_OFF);
    const r = runCli(['check', '--config', 'config.json', 'seeds'], { cwd: root });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /2 files checked: 0 findings\./u);
  });

  it('follows --fail-on: findings below the failing severity do not fail', () => {
    const root = corpusWithConfig({ rules: { boilerplate: 'information', comment: 'information' } });
    const json = checkJson(['--config', 'config.json', 'seeds'], root).json as { files: Array<{ diagnostics: Array<{ severity: string }> }> };
    const severities = new Set(json.files.flatMap((f) => f.diagnostics.map((d) => d.severity)));
    assert.ok(severities.has('information'), 'the corpus has information findings');
    const status = (failOn: string) => runCli(['check', '--config', 'config.json', '--fail-on', failOn, 'seeds'], { cwd: root }).status;
    assert.equal(status('warning'), severities.has('warning') || severities.has('error') ? 1 : 0);
    assert.equal(status('information'), 1);
    assert.equal(status('hint'), 1);
    assert.equal(status('none'), 0);
  });

  it('is 2 for an input error even when other files have findings, and the others are still reported', () => {
    const root = tempTree({ 'seeds/en.txt': ENGLISH_SEED, 'seeds/binary.txt': Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13) });
    const r = checkJson(['seeds'], root);
    assert.equal(r.status, 2);
    const files = (r.json as { files: Array<{ path: string; error?: string; diagnostics: unknown[] }> }).files;
    assert.equal(files.length, 2);
    assert.ok(files.find((f) => f.path.endsWith('en.txt'))!.diagnostics.length > 0);
    assert.match(r.stderr, /binary\.txt: Binary file/u);
  });

  it('is 2 for a path that does not exist, naming it', () => {
    const root = tempTree({ 'seeds/en.txt': ENGLISH_SEED });
    const r = checkJson(['seeds', 'missing-folder'], root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /missing-folder: No such file or folder/u);
    assert.equal((r.json as { files: unknown[] }).files.length, 2);
  });
});

describe('usage', () => {
  const usage = (args: string[], pattern: RegExp) => {
    const r = runCli(args);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, pattern);
    assert.match(r.stderr, /Usage: source-review/u);
  };

  it('rejects a missing command', () => usage([], /No command given/u));
  it('rejects an unknown command', () => usage(['lint', 'seeds'], /Unknown command "lint"/u));
  it('rejects an unknown option', () => usage(['check', '--colour', 'seeds'], /Unknown option "--colour"/u));
  it('rejects an unknown format', () => usage(['check', '--format', 'xml', 'seeds'], /--format must be one of text, json, sarif/u));
  it('rejects an unknown failing severity', () => usage(['check', '--fail-on', 'fatal', 'seeds'], /--fail-on must be one of/u));
  it('rejects an option without its value', () => usage(['check', 'seeds', '--format'], /--format needs a value/u));
  it('rejects check without a path', () => usage(['check', '--format', 'json'], /at least one PATH/u));

  it('accepts --option=value and paths after --', () => {
    const root = tempTree({ '--odd.txt': 'A note about a harbour.\n' });
    const r = runCli(['check', '--format=json', '--', '--odd.txt'], { cwd: root });
    assert.notEqual(r.status, 2, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files[0]!.path, '--odd.txt');
  });

  it('prints help on stdout with status 0, naming every command', () => {
    const r = runCli(['--help']);
    assert.equal(r.status, 0);
    for (const word of ['check', 'lsp', 'xref', 'export', '--format', '--config', '--fail-on', 'Exit status']) {
      assert.ok(r.stdout.includes(word), word);
    }
  });

  it('prints the version from the manifest', () => {
    const r = runCli(['--version']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/u);
  });

  it('says that export needs --out, with status 2 and nothing written', () => {
    const r = runCli(['export', 'seeds']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /export needs --out DIR/u);
  });
});
