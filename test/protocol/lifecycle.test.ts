import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CodeLensRequest,
  DocumentSymbolRequest,
  ExitNotification,
  FoldingRangeRequest,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol';
import { StreamMessageReader, StreamMessageWriter, createProtocolConnection } from 'vscode-languageserver-protocol/node';
import { ENGLISH_ARTICLE } from './fixtures.js';
import { SERVER, ServerHarness, fileUri, tempWorkspace, writeFile } from './harness.js';

const CLI = join(__dirname, '../../bin/source-review.js');

/** A server process spawned with the given Node flags and arguments, its connection initialised as a client watching our pid would. */
async function launch(nodeFlags: string[], args: string[]): Promise<{ child: ChildProcess; connection: ProtocolConnection; exited: Promise<number | null>; stderr: () => string }> {
  const child = spawn(process.execPath, [...nodeFlags, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  // Our pid makes the server watch this process: a timer that must not keep it alive once stdin is gone.
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
  await connection.sendNotification(InitializedNotification.type, {});
  return { child, connection, exited, stderr: () => stderr };
}

const ENTRIES = [
  { name: 'source-review lsp --stdio', args: [CLI, 'lsp', '--stdio'] },
  { name: 'dist/server.js --stdio', args: [SERVER, '--stdio'] },
] as const;

describe('the server process lifecycle', { timeout: 60_000 }, () => {
  for (const entry of ENTRIES) {
    it(`${entry.name} exits with status 0 when the client closes its standard input`, async () => {
      const { child, connection, exited } = await launch([], [...entry.args]);
      child.stdin!.end();
      assert.equal(await exited, 0);
      connection.dispose();
    });

    it(`${entry.name} exits with status 0 after shutdown and exit`, async () => {
      const { connection, exited } = await launch([], [...entry.args]);
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0);
      connection.dispose();
    });

    it(`${entry.name} logs a stray promise rejection or exception and keeps answering`, async () => {
      const preload = tempWorkspace({
        'stray.cjs': "setTimeout(() => Promise.reject(new Error('a stray rejection from the test')), 0);\nsetTimeout(() => { throw new Error('a stray exception from the test'); }, 0);\n",
      });
      const { connection, exited, stderr } = await launch(['--unhandled-rejections=strict', '--require', join(preload, 'stray.cjs')], [...entry.args]);
      assert.equal(await connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'untitled:none' }, position: { line: 0, character: 0 } }), null);
      assert.match(stderr(), /a stray rejection from the test/u);
      assert.match(stderr(), /a stray exception from the test/u);
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0);
      connection.dispose();
    });
  }

  it('exits with status 1 on exit without shutdown, as the protocol asks', async () => {
    const { connection, exited } = await launch([], [SERVER, '--stdio']);
    await connection.sendNotification(ExitNotification.type);
    assert.equal(await exited, 1);
    connection.dispose();
  });

  it('restarts on the same workspace: a second server indexes it and analyses documents again', async () => {
    const root = tempWorkspace({});
    writeFile(join(root, 'seeds/harbour.txt'), ENGLISH_ARTICLE);
    const uri = fileUri(join(root, 'seeds/harbour.txt'));
    const first = await ServerHarness.start({ workspace: root });
    await first.server.indexed();
    await first.server.open(uri, ENGLISH_ARTICLE);
    const before = (await first.server.diagnostics(uri)).diagnostics.map((d) => d.code);
    assert.equal(await first.server.closeInput(), 0);
    const second = await ServerHarness.start({ workspace: root });
    await second.server.indexed();
    await second.server.open(uri, ENGLISH_ARTICLE);
    assert.deepEqual((await second.server.diagnostics(uri)).diagnostics.map((d) => d.code), before);
    assert.ok(before.length > 0);
    assert.equal(await second.server.stop(), 0);
  });
});

describe('requests for documents the server does not have', { timeout: 60_000 }, () => {
  let server: ServerHarness;
  const closed = 'untitled:closed-seed';

  before(async () => {
    ({ server } = await ServerHarness.start({}));
    await server.open(closed, ENGLISH_ARTICLE);
    await server.diagnostics(closed);
    await server.close(closed);
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  for (const [label, uri] of [['never opened', 'file:///nowhere/never-opened.seed'], ['closed', closed]] as const) {
    it(`answers hover, folding, symbols and lenses on a ${label} document with empty results, not errors`, async () => {
      const textDocument = { uri };
      assert.equal(await server.connection.sendRequest(HoverRequest.type, { textDocument, position: { line: 0, character: 1 } }), null);
      assert.deepEqual(await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument }), []);
      assert.deepEqual(await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }), []);
      assert.deepEqual(await server.connection.sendRequest(CodeLensRequest.type, { textDocument }), []);
    });
  }

  it('clears a closed document’s diagnostics', async () => {
    const cleared = await server.diagnostics(closed, (p) => p.version === undefined);
    assert.deepEqual(cleared.diagnostics, []);
  });
});
