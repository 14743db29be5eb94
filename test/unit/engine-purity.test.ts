import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ENGINE = join(__dirname, '../../server/src/engine');
const FORBIDDEN = /(?:from|import|require\()\s*['"](?:node:|fs|path|os|child_process|worker_threads|process|vscode|vscode-languageserver|vscode-languageclient)/u;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

test('the engine imports no vscode, file-system or process modules', () => {
  const offenders = sources(ENGINE).filter((file) => {
    const text = readFileSync(file, 'utf8');
    return FORBIDDEN.test(text) || /\bprocess\.(?:env|argv|exit|stdout|cwd)/u.test(text);
  });
  assert.deepEqual(offenders, []);
});
