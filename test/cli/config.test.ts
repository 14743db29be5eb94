import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkJson, ENGLISH_SEED, runCli, tempTree } from './helpers.js';

interface Output {
  files: Array<{ diagnostics: Array<{ category: string; severity: string; rule: string }> }>;
}

function withConfig(config: string): string {
  const root = tempTree({ 'seeds/en.txt': ENGLISH_SEED });
  writeFileSync(join(root, 'config.json'), config);
  return root;
}

const diagnostics = (r: { json: unknown }) => (r.json as Output).files.flatMap((f) => f.diagnostics);

describe('--config', () => {
  it('applies severities and switches from the file', () => {
    const root = withConfig(JSON.stringify({ rules: { boilerplate: 'error', comment: false } }));
    const found = diagnostics(checkJson(['--config', 'config.json', 'seeds'], root));
    assert.ok(found.some((d) => d.category === 'boilerplate'), 'boilerplate is still reported');
    assert.ok(found.filter((d) => d.category === 'boilerplate').every((d) => d.severity === 'error'));
    assert.ok(!found.some((d) => d.category === 'comment'));
  });

  it('accepts keys prefixed with sourceReview., as in VS Code settings', () => {
    const root = withConfig(JSON.stringify({ 'sourceReview.rules': { boilerplate: 'hint' } }));
    const r = checkJson(['--config', 'config.json', 'seeds'], root);
    assert.equal(r.stderr, '');
    const boilerplate = diagnostics(r).filter((d) => d.category === 'boilerplate');
    assert.ok(boilerplate.length > 0 && boilerplate.every((d) => d.severity === 'hint'));
  });

  it('warns about an unknown key and a bad value by name, and keeps the defaults', () => {
    const root = withConfig(JSON.stringify({ colour: true, rules: { boilerplate: 'loud' } }));
    const r = checkJson(['--config', 'config.json', 'seeds'], root);
    assert.match(r.stderr, /unknown setting "colour"/u);
    assert.match(r.stderr, /rules\.boilerplate/u);
    const boilerplate = diagnostics(r).filter((d) => d.category === 'boilerplate');
    assert.ok(boilerplate.length > 0, 'boilerplate is reported with the default settings');
    assert.notEqual(r.status, 2);
  });

  it('warns about a rule override that names no rule or category', () => {
    const root = withConfig(JSON.stringify({ rules: { 'boilerplate/no-such-rule': false } }));
    const r = checkJson(['--config', 'config.json', 'seeds'], root);
    assert.match(r.stderr, /"boilerplate\/no-such-rule", which is neither a category nor a rule id/u);
  });

  it('stops with status 2 on a file that is not JSON, saying so', () => {
    const root = withConfig('{ "rules": { "boilerplate": false, } ');
    const r = runCli(['check', '--config', 'config.json', 'seeds'], { cwd: root });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Config file config\.json is not valid JSON/u);
  });

  it('stops with status 2 on a JSON value that is not an object', () => {
    const root = withConfig('["rules"]');
    const r = runCli(['check', '--config', 'config.json', 'seeds'], { cwd: root });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /must hold a JSON object/u);
  });

  it('stops with status 2 on a missing file, naming it', () => {
    const root = withConfig('{}');
    const r = runCli(['check', '--config', 'nowhere.json', 'seeds'], { cwd: root });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Cannot read config file nowhere\.json: No such file or folder/u);
  });
});
