import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { ExportCorpusResult } from '../../../server/src/lsp/exportCorpus';
import { until } from './waitFor';
import { EXTENSION_ID, openSeed, workspaceFile } from './workspace';

suite('Export Clean Corpus', () => {
  const outside = mkdtempSync(join(tmpdir(), 'source-review-vscode-export-'));
  suiteTeardown(() => rmSync(outside, { recursive: true, force: true }));

  async function running(): Promise<void> {
    await openSeed('seeds/tram-depot-en.txt');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await until(() => extension.isActive, `${EXTENSION_ID} to activate`);
  }

  test('exports every workspace seed into a folder outside the workspace, offsets slicing back', async () => {
    await running();
    const out = vscode.Uri.file(join(outside, 'corpus'));
    const result = await vscode.commands.executeCommand<ExportCorpusResult | undefined>('sourceReview.exportCorpus', out);
    assert.ok(result?.ok === true, JSON.stringify(result));
    const seeds = (await vscode.workspace.fs.readDirectory(workspaceFile('seeds'))).map(([name]) => name);
    assert.equal(result.documents, seeds.length);
    const lines = readFileSync(join(out.fsPath, 'annotations.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { cleanPath: string; findings: Array<{ start: number; end: number; text: string }> });
    assert.equal(lines.length, seeds.length);
    for (const line of lines) {
      const clean = readFileSync(join(out.fsPath, line.cleanPath), 'utf8');
      assert.doesNotMatch(clean, /<!--/u);
      for (const f of line.findings) {
        assert.equal(clean.slice(f.start, f.end), f.text);
      }
    }
  });

  test('refuses a folder inside the workspace and writes nothing there', async () => {
    await running();
    const inside = workspaceFile('export');
    const result = await vscode.commands.executeCommand<ExportCorpusResult | undefined>('sourceReview.exportCorpus', inside);
    assert.ok(result?.ok === false, JSON.stringify(result));
    assert.equal(result.reason, 'inside-sources');
    assert.equal(existsSync(inside.fsPath), false);
  });
});
