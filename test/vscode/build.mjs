// Compiles the integration suite for the extension host: test/vscode/suite -> out/test/vscode/suite (CJS).
// `vscode` comes from the extension host and `mocha` from node_modules, so both stay external.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const suite = join(here, 'suite');
const entryPoints = readdirSync(suite)
  .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
  .map((name) => join(suite, name));

await esbuild.build({
  entryPoints,
  outdir: join(here, '..', '..', 'out', 'test', 'vscode', 'suite'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
