import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SETTINGS_SCHEMA } from '../../server/src/settings/schema.js';

const ROOT = join(__dirname, '../..');
const read = (rel: string): string => readFileSync(join(ROOT, rel), 'utf8');

interface Manifest {
  main: string;
  activationEvents: string[];
  contributes: {
    languages: Array<{ id: string; configuration: string }>;
    grammars: Array<{ language: string; path: string; scopeName: string }>;
    commands: Array<{ command: string }>;
    configuration: { properties: Record<string, unknown> };
  };
}

const manifest = JSON.parse(read('package.json')) as Manifest;

describe('the extension manifest', () => {
  it('contributes every server setting under sourceReview, and the trace setting', () => {
    const contributed = Object.keys(manifest.contributes.configuration.properties).sort();
    const expected = [...new Set([...Object.keys(SETTINGS_SCHEMA).map((k) => `sourceReview.${k}`), 'sourceReview.trace.server'])].sort();
    assert.deepEqual(contributed, expected);
  });

  it('declares exactly the commands the client registers', () => {
    const clientSources = readdirSync(join(ROOT, 'client/src')).filter((f) => f.endsWith('.ts')).map((f) => read(`client/src/${f}`));
    const registered = clientSources.flatMap((text) => [...text.matchAll(/registerCommand\(\s*'([^']+)'/gu)].map((m) => m[1])).sort();
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), registered);
  });

  it('starts the bundled client and activates on workspaces with seeds', () => {
    assert.equal(manifest.main, './dist/client.js');
    assert.ok(manifest.activationEvents.some((e) => e.startsWith('workspaceContains:') && e.includes('seeds/')));
  });

  it('points the seed language at a grammar and a language configuration that parse', () => {
    const seed = manifest.contributes.languages.find((l) => l.id === 'seed');
    assert.ok(seed);
    const configuration = JSON.parse(read(seed.configuration)) as { comments: { blockComment: string[] }; autoClosingPairs: Array<{ open: string }> };
    assert.deepEqual(configuration.comments.blockComment, ['<!--', '-->']);
    assert.ok(['«', '“'].every((open) => configuration.autoClosingPairs.some((p) => p.open === open)));
    const grammar = manifest.contributes.grammars.find((g) => g.language === 'seed');
    assert.ok(grammar && existsSync(join(ROOT, grammar.path)));
    const tm = JSON.parse(read(grammar.path)) as { scopeName: string; repository: Record<string, { begin?: string; match?: string; end?: string }> };
    assert.equal(tm.scopeName, grammar.scopeName);
    // Every pattern compiles (as a JavaScript regex, a close-enough check of the Oniguruma syntax used here).
    for (const [name, rule] of Object.entries(tm.repository)) {
      for (const source of [rule.begin, rule.match, rule.end]) {
        if (source !== undefined) {
          assert.doesNotThrow(() => new RegExp(source, 'u'), name);
        }
      }
    }
  });

  it('highlights review tags and quotes in the grammar', () => {
    const tm = JSON.parse(read('syntaxes/seed.tmLanguage.json')) as { repository: Record<string, { begin?: string; match?: string }> };
    const pattern = (name: string): RegExp => new RegExp(tm.repository[name]!.begin ?? tm.repository[name]!.match!, 'u');
    assert.match('<!-- review:boilerplate -->', pattern('review-open'));
    assert.match('<!-- /review -->', pattern('review-close'));
    assert.match('«Новости»', pattern('quote-guillemets'));
    assert.match('“quoted”', pattern('quote-curly'));
    assert.match('he said "yes" then', pattern('quote-straight'));
  });
});
