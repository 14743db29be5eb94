import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from './helpers.js';

/** What may ship, inside the `.vsix`'s `extension/` folder. */
const ALLOWED = /^(?:dist\/(?:client|server|worker)\.js|syntaxes\/(?:seed\.tmLanguage|language-configuration)\.json|images\/icon\.png|package\.json|readme\.md|LICENSE(?:\.txt)?)$/iu;

/** What must ship. */
const NEEDED = ['dist/client.js', 'dist/server.js', 'dist/worker.js', 'package.json', 'syntaxes/seed.tmLanguage.json', 'syntaxes/language-configuration.json', 'images/icon.png'];

/** The names of a zip archive's entries, from its central directory. */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'the file is a zip archive');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

describe('the .vsix package', () => {
  let dir: string;
  let entries: string[];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'source-review-vsix-'));
    const vsix = join(dir, 'source-review.vsix');
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(
      process.execPath,
      [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(r.status, 0, `vsce package failed:\n${r.stdout}\n${r.stderr}`);
    entries = zipEntries(readFileSync(vsix));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds only the bundles, the grammar, the language configuration, the manifest, README, LICENSE and the icon', () => {
    const shipped = entries.filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length));
    assert.deepEqual(shipped.filter((f) => !ALLOWED.test(f)), [], 'nothing else: no sources, tests, seeds, maps or node_modules');
    for (const needed of NEEDED) {
      assert.ok(shipped.includes(needed), `${needed} is in the package: ${shipped.join(', ')}`);
    }
    assert.ok(shipped.some((f) => /^readme\.md$/iu.test(f)) && shipped.some((f) => /^license/iu.test(f)));
  });

  it('has nothing outside extension/ but the package manifests', () => {
    assert.deepEqual(entries.filter((e) => !e.startsWith('extension/')).sort(), ['[Content_Types].xml', 'extension.vsixmanifest']);
  });

  it('names a 128×128 PNG icon in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { icon?: string };
    assert.equal(manifest.icon, 'images/icon.png');
    const png = readFileSync(join(ROOT, manifest.icon));
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG signature');
    assert.equal(png.readUInt32BE(16), 128, 'width');
    assert.equal(png.readUInt32BE(20), 128, 'height');
  });
});
