import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ENGLISH_ARTICLE } from './fixtures.js';
import { ServerHarness, fileUri, tempWorkspace } from './harness.js';

describe('transports', { timeout: 60_000 }, () => {
  it('announces incremental sync, hovers and folding ranges', async () => {
    const { server, init } = await ServerHarness.start({});
    assert.deepEqual(init.capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(init.capabilities.hoverProvider, true);
    assert.equal(init.capabilities.foldingRangeProvider, true);
    assert.equal(init.serverInfo?.name, 'source-review');
    assert.equal(await server.stop(), 0);
  });

  it('serves over Node IPC, as the VS Code client starts it', async () => {
    const root = tempWorkspace({});
    const { server } = await ServerHarness.start({ workspace: root, transport: 'ipc' });
    const uri = fileUri(join(root, 'seeds/harbour.txt'));
    await server.open(uri, ENGLISH_ARTICLE);
    const { diagnostics } = await server.diagnostics(uri);
    assert.ok(diagnostics.some((d) => d.source === 'source-review'));
    assert.equal(await server.stop(), 0);
  });

  it('serves over a TCP socket (--socket=PORT)', async () => {
    const { server } = await ServerHarness.start({ transport: 'socket' });
    const uri = 'untitled:socket';
    await server.open(uri, ENGLISH_ARTICLE);
    const { diagnostics } = await server.diagnostics(uri);
    assert.ok(diagnostics.some((d) => d.source === 'source-review'));
    assert.equal(await server.stop(), 0);
  });

  it('serves a bare client without a workspace folder or any capabilities, and an untitled document', async () => {
    const { server } = await ServerHarness.start({ bare: true });
    const uri = 'untitled:Untitled-1';
    await server.open(uri, ENGLISH_ARTICLE);
    const { diagnostics } = await server.diagnostics(uri);
    assert.ok(diagnostics.length > 0);
    assert.deepEqual(server.registrations, [], 'nothing is registered dynamically');
    assert.ok(!server.received.some((m) => m.kind === 'progress'), 'no progress is reported');
    assert.equal(await server.stop(), 0);
  });
});
