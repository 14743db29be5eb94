import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { ENGLISH_SEED, ROOT, tempTree } from './helpers.js';

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
}

/** Splits the raw stdout bytes into LSP frames; fails on anything that is not a frame. */
function frames(buffer: Buffer): { messages: Message[]; rest: Buffer } {
  const messages: Message[] = [];
  let at = 0;
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n', at);
    if (headerEnd < 0) {
      break;
    }
    const header = buffer.subarray(at, headerEnd).toString('ascii');
    const m = /^Content-Length: (\d+)(?:\r\nContent-Type: [^\r\n]+)?$/u.exec(header);
    assert.ok(m, `stdout holds only LSP frames, got header ${JSON.stringify(header.slice(0, 80))}`);
    const length = Number(m[1]);
    if (buffer.length < headerEnd + 4 + length) {
      break;
    }
    messages.push(JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message);
    at = headerEnd + 4 + length;
  }
  return { messages, rest: buffer.subarray(at) };
}

function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

describe('source-review lsp --stdio', () => {
  // The timeout only stops a hung server from blocking the run; nothing here measures time.
  it('speaks LSP on stdout and nothing else: initialize, diagnostics for an opened seed, shutdown', { timeout: 180_000 }, async (t) => {
    const folder = tempTree({ 'seeds/en.txt': ENGLISH_SEED });
    const child = spawn(process.execPath, [join(ROOT, 'bin/source-review.js'), 'lsp', '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
    t.after(() => {
      if (child.exitCode === null) {
        child.kill();
      }
    });
    let stdout: Buffer = Buffer.alloc(0);
    const received: Message[] = [];
    const waiters: Array<{ test: (m: Message) => boolean; resolve: (m: Message) => void }> = [];
    child.stdout.on('data', (chunk: Buffer) => {
      const parsed = frames(Buffer.concat([stdout, chunk]));
      stdout = parsed.rest;
      for (const m of parsed.messages) {
        received.push(m);
        const i = waiters.findIndex((w) => w.test(m));
        if (i >= 0) {
          waiters.splice(i, 1)[0]!.resolve(m);
        }
      }
    });
    const next = (test: (m: Message) => boolean) =>
      new Promise<Message>((resolve) => {
        const seen = received.find(test);
        if (seen) {
          resolve(seen);
        } else {
          waiters.push({ test, resolve });
        }
      });

    const uri = pathToFileURL(join(folder, 'seeds', 'en.txt')).href;
    child.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'seeds' }] } }));
    const init = (await next((m) => m.id === 1)) as { result: { capabilities: { hoverProvider?: boolean; foldingRangeProvider?: boolean } } };
    assert.equal(init.result.capabilities.hoverProvider, true);
    assert.equal(init.result.capabilities.foldingRangeProvider, true);

    child.stdin.write(frame({ method: 'initialized', params: {} }));
    child.stdin.write(frame({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'seed', version: 1, text: ENGLISH_SEED } } }));
    const published = (await next(
      (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; diagnostics: unknown[] }).uri === uri && (m.params as { diagnostics: unknown[] }).diagnostics.length > 0,
    )) as { params: { diagnostics: Array<{ source: string; code: string }> } };
    assert.ok(published.params.diagnostics.every((d) => d.source === 'source-review' && typeof d.code === 'string'));

    child.stdin.write(frame({ id: 2, method: 'shutdown' }));
    await next((m) => m.id === 2);
    child.stdin.write(frame({ method: 'exit' }));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0);
    assert.equal(stdout.length, 0, 'no stray bytes after the last frame');
  });

  it('rejects transports other than stdio with a usage error', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/source-review.js'), 'lsp', '--socket=5000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 2);
    assert.match(stderr, /only --stdio is supported/u);
  });
});
