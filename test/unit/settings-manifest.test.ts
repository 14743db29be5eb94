import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, createAnalyzer } from '../../server/src/engine/index.js';
import { configurationBlock } from '../../server/src/settings/manifest.js';
import { SETTINGS_KEYS, SETTINGS_SCHEMA, parseSettings, type SettingsKey } from '../../server/src/settings/schema.js';

const ROOT = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, Record<string, unknown>> } };
};
const properties = manifest.contributes.configuration.properties;
const REGENERATE = 'run `node --import tsx scripts/settings-manifest.ts` to rewrite the block';

test('the manifest configuration block is exactly what the settings keys and the rule registry give', () => {
  assert.deepEqual(manifest.contributes.configuration, configurationBlock(createAnalyzer().rules), REGENERATE);
});

test('the rules setting lists every category and every rule id of the registry, and nothing else', () => {
  const listed = Object.keys((properties['sourceReview.rules']!['properties'] ?? {}) as Record<string, unknown>).sort();
  const expected = [...CATEGORIES, ...createAnalyzer().rules.map((r) => r.id)].sort();
  assert.deepEqual(listed, expected, REGENERATE);
  assert.equal(properties['sourceReview.rules']!['additionalProperties'], false, 'a misspelt rule id is marked in settings.json');
});

test('the manifest and the zod schema have the same keys', () => {
  assert.deepEqual(Object.keys(properties).sort(), SETTINGS_KEYS.map((k) => `sourceReview.${k}`).sort());
});

test('every manifest setting has a description, a type, a scope and the default the schema falls back to', () => {
  for (const key of SETTINGS_KEYS) {
    const p = properties[`sourceReview.${key}`]!;
    assert.ok(typeof (p['description'] ?? p['markdownDescription']) === 'string', `${key}: description`);
    assert.ok(typeof p['type'] === 'string', `${key}: type`);
    assert.ok(p['scope'] === 'resource' || p['scope'] === 'window', `${key}: scope`);
    assert.deepEqual(p['default'], SETTINGS_SCHEMA[key as SettingsKey].parse(undefined), `${key}: default`);
  }
});

test('the manifest default of every key passes the schema without a problem', () => {
  const defaults: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) {
    defaults[key] = properties[`sourceReview.${key}`]!['default'];
  }
  assert.deepEqual(parseSettings(defaults).problems, []);
});

/** The rows of the README's settings table: key, type and default as written. */
function readmeSettingsRows(): Map<string, { type: string; default: string }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Settings'));
  const rows = new Map<string, { type: string; default: string }>();
  for (const line of section.slice(0, section.indexOf('\n\n', section.indexOf('| --- |'))).split('\n')) {
    const cells = line.split(' | ');
    const key = /^\| `(sourceReview\.[^`]+)`$/u.exec(cells[0] ?? '')?.[1];
    if (key !== undefined) {
      rows.set(key, { type: cells[1]!, default: cells[2]! });
    }
  }
  return rows;
}

test('the README settings table lists exactly the manifest keys, each with its type and default', () => {
  const rows = readmeSettingsRows();
  assert.deepEqual([...rows.keys()].sort(), Object.keys(properties).sort());
  const typeName = (p: Record<string, unknown>): string => (p['type'] === 'array' ? `${(p['items'] as { type: string }).type}[]` : String(p['type']));
  for (const [key, row] of rows) {
    const p = properties[key]!;
    assert.equal(row.type, typeName(p), `${key}: type`);
    assert.equal(row.default, `\`${JSON.stringify(p['default'])}\``, `${key}: default`);
  }
});
