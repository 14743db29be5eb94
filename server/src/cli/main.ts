// Minimal first CLI: `check --format json PATH...` (to be completed: text, sarif, errors, lsp).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusIndex, createAnalyzer, parseSeed } from '../engine/index.js';

function discover(path: string, out: string[]): void {
  const st = statSync(path);
  if (st.isFile()) {
    out.push(path);
    return;
  }
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.') || name === 'node_modules') {
      continue;
    }
    const full = join(path, name);
    if (statSync(full).isDirectory()) {
      discover(full, out);
    } else if (/\.(txt|md|seed)$/u.test(name)) {
      out.push(full);
    }
  }
}

const args = process.argv.slice(2);
const paths = args.filter((a, i) => i > 0 && !a.startsWith('--') && args[i - 1] !== '--format');
const files: string[] = [];
for (const p of paths) {
  discover(p, files);
}
const corpus = new CorpusIndex();
const docs = files.map((f) => parseSeed(f, readFileSync(f, 'utf8')));
docs.forEach((d) => corpus.set(d));
const analyzer = createAnalyzer();
const result = {
  version: 1,
  files: docs.map((d) => ({
    path: d.uri,
    language: d.language,
    outlet: d.outlet,
    diagnostics: analyzer.analyze(d, corpus).map((f) => ({
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      message: f.message,
      range: { start: d.lineMap.positionAt(f.start), end: d.lineMap.positionAt(f.end) },
    })),
  })),
};
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
