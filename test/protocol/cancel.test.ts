import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CodeLensRequest,
  DocumentSymbolRequest,
  HoverRequest,
  LSPErrorCodes,
  ResponseError,
} from 'vscode-languageserver-protocol';
import type { Rule } from '../../server/src/engine/index.js';
import { ENGLISH_ARTICLE } from './fixtures.js';
import { ServerHarness } from './harness.js';

/** About 1.9 million characters of varied English and Russian prose with page chrome: under the size limit, slow to analyse. */
function bigSeed(): string {
  const paragraphs = [
    'The district council said on Monday that the new ferry pier would open in spring, after two years of delays.',
    'Residents complained that the harbour road had been closed for months without any warning from officials.',
    'Support our journalism! Donate now to keep local news free.',
    'По словам мэра, строительство моста через реку завершится к осени, если подрядчик уложится в сроки.',
    'Эксперты считают, что цены на жильё в районе вырастут после открытия новой линии метро.',
    'Read more',
  ];
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < 1_900_000; i++) {
    const p = `${paragraphs[i % paragraphs.length]!} (${i})`;
    out.push(p);
    length += p.length + 2;
  }
  return out.join('\n\n');
}

const BIG = 'untitled:big-seed';
const SMALL = 'untitled:small-seed';
/** Logged when a big document's stepwise analysis begins. */
const STEPWISE = /analysing untitled:big-seed \(\d+ characters\) rule by rule/u;

describe('a huge document being analysed', { timeout: 180_000 }, () => {
  let server: ServerHarness;
  let donateLine: number;

  before(async () => {
    ({ server } = await ServerHarness.start({}));
    await server.open(SMALL, ENGLISH_ARTICLE);
    await server.diagnostics(SMALL);
    donateLine = ENGLISH_ARTICLE.split('\n').findIndex((l) => l.startsWith('Support us!'));
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('does not hold up a hover on another document: the hover answers before the huge one is published', async () => {
    await server.open(BIG, bigSeed());
    await server.message('log', STEPWISE);
    const hover = await server.hover(SMALL, { line: donateLine, character: 3 });
    assert.match((hover?.contents as { value: string }).value, /donat/iu);
    const bigPublished = server.received.some((m) => m.kind === 'diagnostics' && m.params.uri === BIG);
    assert.equal(bigPublished, false, 'the hover came back while the huge document was still being analysed');
    const { diagnostics } = await server.diagnostics(BIG);
    assert.ok(diagnostics.some((d) => d.code === 'boilerplate/donation-appeal'), 'the huge document is analysed in full');
    assert.ok(!diagnostics.some((d) => d.code === 'document/analysed-partially'));
  });

  it('answers hover, symbols, lenses and code actions cancelled while they wait for it with RequestCancelled, and still publishes it', async () => {
    await server.close(BIG);
    server.forget();
    await server.open(BIG, bigSeed(), 2);
    await server.message('log', STEPWISE);
    const textDocument = { uri: BIG };
    const requests = [
      (token: CancellationTokenSource) => server.connection.sendRequest(HoverRequest.type, { textDocument, position: { line: 4, character: 2 } }, token.token),
      (token: CancellationTokenSource) => server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }, token.token),
      (token: CancellationTokenSource) => server.connection.sendRequest(CodeLensRequest.type, { textDocument }, token.token),
      (token: CancellationTokenSource) =>
        server.connection.sendRequest(CodeActionRequest.type, { textDocument, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 5 } }, context: { diagnostics: [] } }, token.token),
    ];
    const outcomes = await Promise.all(
      requests.map(async (send) => {
        const source = new CancellationTokenSource();
        const pending = send(source);
        source.cancel();
        return pending.then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
      }),
    );
    for (const outcome of outcomes) {
      assert.ok('error' in outcome, `cancelled, not answered: ${JSON.stringify(outcome)}`);
      assert.ok(outcome.error instanceof ResponseError);
      assert.equal(outcome.error.code, LSPErrorCodes.RequestCancelled);
    }
    const { diagnostics } = await server.diagnostics(BIG);
    assert.ok(diagnostics.length > 0, 'the analysis the requests shared went on to the end');
    assert.ok(server.alive);
  });

  it('drops the analysis of a version edited away mid-run and publishes only the edited version', async () => {
    await server.close(BIG);
    server.forget();
    await server.open(BIG, bigSeed(), 3);
    await server.message('log', STEPWISE);
    const version = await server.change(BIG, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Support us! Donate now.\n\n' }]);
    const { diagnostics } = await server.diagnostics(BIG, (p) => p.version === version);
    assert.ok(diagnostics.some((d) => d.range.start.line === 0 && d.code === 'boilerplate/donation-appeal'), JSON.stringify(diagnostics.slice(0, 3)));
    // Versionless publications are the clearing of the closed copy.
    const published = server.received.flatMap((m) => (m.kind === 'diagnostics' && m.params.uri === BIG && m.params.version !== undefined ? [m.params.version] : []));
    assert.deepEqual(published, [version], 'the stale version was never published');
  });
});

/** A rule that takes longer than any budget under test: it spins until the clock has moved on by `ms`. */
function slowRule(ms: number): Rule {
  return {
    id: 'boilerplate/slow',
    category: 'boilerplate',
    defaultSeverity: 'warning',
    description: 'Flags lines about lighthouses, slowly.',
    detect(doc) {
      const until = Date.now() + ms;
      while (Date.now() <= until) {
        // busy: the point of this rule
      }
      return doc.lines.filter((l) => l.text.includes('lighthouse')).map((l) => ({ start: l.start, end: l.end, message: 'A lighthouse line.' }));
    },
  };
}

const QUICK: Rule = {
  id: 'boilerplate/quick',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'Flags lines about ferries.',
  detect: (doc) => doc.lines.filter((l) => l.text.includes('ferry')).map((l) => ({ start: l.start, end: l.end, message: 'A ferry line.' })),
};

const COAST = 'The lighthouse keeper retired after forty years.\nThe ferry to the island runs twice a day.\n';

describe('the per-document time budget', { timeout: 60_000 }, () => {
  it('past the deadline, keeps the findings of the rules that ran and says which were skipped', async () => {
    const { server } = await ServerHarness.start({ inProcessRules: [slowRule(60), QUICK], inProcessBudget: { timeMs: 20, stepwiseChars: 0 } });
    try {
      await server.open('untitled:coast', COAST);
      const { diagnostics } = await server.diagnostics('untitled:coast');
      assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['document/analysed-partially', 0], ['boilerplate/slow', 0]]);
      const notice = diagnostics[0]!;
      assert.equal(notice.severity, 2);
      assert.match(notice.message as string, /too large to analyse in full: analysed partially/u);
      assert.match(notice.message as string, /1 rule was skipped \(boilerplate\/quick\)/u);
      await server.message('log', /untitled:coast: time budget ran out; skipped boilerplate\/quick/u);
    } finally {
      await server.stop();
    }
  });

  it('within the deadline, runs every rule and adds no notice', async () => {
    const { server } = await ServerHarness.start({ inProcessRules: [slowRule(1), QUICK], inProcessBudget: { timeMs: 60_000, stepwiseChars: 0 } });
    try {
      await server.open('untitled:coast', COAST);
      const { diagnostics } = await server.diagnostics('untitled:coast');
      assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['boilerplate/slow', 0], ['boilerplate/quick', 1]]);
    } finally {
      await server.stop();
    }
  });
});
