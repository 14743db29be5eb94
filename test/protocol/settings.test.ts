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

/** An article with one line of site chrome and a claim without a source. */
const SHOP_ARTICLE = [
  '# Bakery on the corner closes after forty years',
  '',
  'The family bakery on Mill Street will close at the end of the month after forty years of trade in the old market town.',
  'Rising flour prices and the cost of heating the ovens have made the early morning bread round unprofitable for the family, the owner let slip to regulars on Friday.',
  'Customers have until Saturday to use their loyalty cards, and the shop will sell its last loaves at half price.',
  '',
  'Subscribe to our newsletter for more local news.',
  '',
].join('\n');

describe('rules changed over the protocol', { timeout: 60_000 }, () => {
  let server: ServerHarness;
  let root: string;
  const categoryOf = (d: Diagnostic): string | undefined => (d.data as { category?: string } | undefined)?.category;

  before(async () => {
    root = tempWorkspace({});
    ({ server } = await ServerHarness.start({ workspace: root, settings: {} }));
    await server.indexed();
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  const reconfigure = async (uri: string, settings: unknown): Promise<Diagnostic[]> => {
    server.settings = settings;
    server.forget();
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    return (await server.diagnostics(uri, () => true)).diagnostics;
  };

  it('drops a category turned off and brings it back at the severity set, without a restart', async () => {
    const uri = fileUri(join(root, 'bakery.seed'));
    await server.open(uri, SHOP_ARTICLE);
    const first = (await server.diagnostics(uri)).diagnostics;
    assert.ok(first.some((d) => categoryOf(d) === 'boilerplate'), JSON.stringify(first));
    const off = await reconfigure(uri, { rules: { boilerplate: false } });
    assert.ok(!off.some((d) => categoryOf(d) === 'boilerplate'), JSON.stringify(off));
    assert.ok(off.length > 0, 'the other categories stay');
    const loud = await reconfigure(uri, { rules: { boilerplate: 'error' } });
    const chrome = loud.filter((d) => categoryOf(d) === 'boilerplate');
    assert.ok(chrome.length > 0 && chrome.every((d) => d.severity === 1), JSON.stringify(loud));
  });

  it('warns about a rules key that names no rule or category', async () => {
    const uri = fileUri(join(root, 'bakery.seed'));
    await reconfigure(uri, { rules: { 'boilerplate/no-such-rule': false } });
    const shown = await server.message('show', /boilerplate\/no-such-rule/u);
    assert.match(shown, /neither a category nor a rule id/u);
  });

  it('attributes a sentence once its reporting phrase is listed as an extra cue', async () => {
    const uri = fileUri(join(root, 'bakery.seed'));
    const line = 3;
    const before = await reconfigure(uri, {});
    assert.ok(before.some((d) => categoryOf(d) === 'unattributed-claim' && d.range.start.line === line), JSON.stringify(before));
    const cued = await reconfigure(uri, { extraAttributionCues: ['Let slip to'] });
    assert.ok(!cued.some((d) => categoryOf(d) === 'unattributed-claim' && d.range.start.line === line), JSON.stringify(cued));
  });
});
