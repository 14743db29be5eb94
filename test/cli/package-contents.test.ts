import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.js';

describe('the .vsix package', () => {
  it('holds only the bundles, the grammar, the manifest, README and LICENSE (.vscodeignore)', () => {
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').filter((line) => line.trim() !== '').sort();
    const allowed = /^(?:dist\/(?:client|server)\.js|syntaxes\/[^/]+\.json|package\.json|README\.md|LICENSE)$/u;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), [], 'nothing else: no sources, tests, seeds, maps or node_modules');
    for (const needed of ['dist/client.js', 'dist/server.js', 'package.json', 'README.md', 'LICENSE', 'syntaxes/seed.tmLanguage.json']) {
      assert.ok(files.includes(needed), needed);
    }
  });
});
