import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DidChangeConfigurationNotification, type Diagnostic } from 'vscode-languageserver-protocol';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';

/** A plain article phrase, flagged only once the user declares it boilerplate. */
const PHRASE = 'the lighthouse keeper';

const CLUB_ARTICLE = [
  'The chess club of the island met on Monday evening in the old school hall for its spring tournament.',
  'Among the players was the lighthouse keeper, who won four of his five games against younger rivals.',
  'The club plans a match against the mainland team in June, its secretary told members after the final round.',
  '',
].join('\n');

describe('settings over the protocol', { timeout: 60_000 }, () => {
  let server: ServerHarness;
  let root: string;

  before(async () => {
    root = tempWorkspace({});
    ({ server } = await ServerHarness.start({
      workspace: root,
      settings: { extraBoilerplatePhrases: 'not a list', rules: { boilerplate: 'loud' } },
    }));
    await server.indexed(); // so that no re-analysis after indexing interleaves with the tests' own
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('warns once per bad key, naming it, and keeps working with the defaults', async () => {
    const uri = fileUri(join(root, 'club.seed'));
    await server.open(uri, CLUB_ARTICLE);
    await server.diagnostics(uri);
    const shown = server.received.flatMap((m) => (m.kind === 'show' ? [m.message] : []));
    assert.equal(shown.filter((m) => m.includes('sourceReview.extraBoilerplatePhrases')).length, 1, shown.join('\n'));
    assert.equal(shown.filter((m) => m.includes('sourceReview.rules.boilerplate')).length, 1, shown.join('\n'));
    await server.message('log', /sourceReview\.extraBoilerplatePhrases/u);
  });

  it('re-analyses open documents when the configuration changes', async () => {
    const uri = fileUri(join(root, 'club.seed'));
    const isBoilerplateOnLine1 = (d: Diagnostic): boolean => d.range.start.line === 1 && (d.data as { category?: string }).category === 'boilerplate';
    const before = await server.diagnostics(uri);
    assert.ok(!before.diagnostics.some(isBoilerplateOnLine1), 'the phrase is not flagged yet');
    server.settings = { extraBoilerplatePhrases: [PHRASE] };
    server.forget();
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const after = await server.diagnostics(uri, () => true);
    assert.ok(after.diagnostics.some(isBoilerplateOnLine1), `the newly declared phrase is flagged: ${JSON.stringify(after.diagnostics)}`);
    assert.equal(server.received.filter((m) => m.kind === 'show').length, 0, 'valid settings raise no warning');
  });

  it('registers for configuration changes of its section', async () => {
    const registration = server.registrations.find((r) => r.method === 'workspace/didChangeConfiguration');
    assert.deepEqual(registration?.registerOptions, { section: 'sourceReview' });
  });
});
