/**
 * `npm run bench [-- --quick | --full] [--out DIR]`: generates the corpus in a temporary
 * folder, measures the engine, the CLI and the language server, prints a Markdown table and
 * writes `bench-result.json` / `bench-result.md` (to `--out`, default the temporary folder).
 *
 * Default: corpora of 1k/2k/5k/10k within a time budget that keeps the whole run under ten
 * minutes on two cores (the largest sizes run once; smaller ones repeat while time allows).
 * `--quick`: 1k documents only, under a minute. `--full`: every size three times, no budget.
 * `--profile`: the hottest functions of `check` and `xref` under `node --cpu-prof` instead.
 */
import { cpus, loadavg, tmpdir, totalmem, type as osType, release } from 'node:os';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DELAYS } from '../server/src/lsp/reviewSession.js';
import { CLI, CliTimeout, cliSupports, measureCli, type CliSample } from './cli.js';
import { generateCorpus, writeCorpus } from './corpus.js';
import { measureEngine } from './engine.js';
import { measureLsp, type LspSample } from './lsp.js';
import { profileCli, renderProfile } from './profile.js';
import { Random } from './random.js';
import { renderMarkdown, type BenchResult } from './report.js';

const SEED = 20261122;

interface Mode {
  readonly name: 'quick' | 'default' | 'full';
  readonly sizes: readonly number[];
  readonly engineDocuments: number;
  readonly engineRepetitions: number;
  readonly hovers: number;
  readonly edits: number;
  /** Seconds the whole run may take; CLI runs that would not fit are skipped and listed. */
  readonly budgetSeconds: number;
  readonly cliRepetitions: number;
  /** How long the language-server part waits for indexing to complete. */
  readonly indexTimeoutSeconds: number;
  /** Time cap of the hover phase and of the edit phase each. */
  readonly phaseTimeoutSeconds: number;
}

const MODES: Record<Mode['name'], Mode> = {
  quick: { name: 'quick', sizes: [1000], engineDocuments: 60, engineRepetitions: 3, hovers: 200, edits: 30, budgetSeconds: 48, cliRepetitions: 1, indexTimeoutSeconds: 15, phaseTimeoutSeconds: 5 },
  default: { name: 'default', sizes: [1000, 2000, 5000, 10000], engineDocuments: 400, engineRepetitions: 3, hovers: 1000, edits: 200, budgetSeconds: 560, cliRepetitions: 3, indexTimeoutSeconds: 90, phaseTimeoutSeconds: 40 },
  full: { name: 'full', sizes: [1000, 2000, 5000, 10000], engineDocuments: 1000, engineRepetitions: 5, hovers: 1000, edits: 200, budgetSeconds: Infinity, cliRepetitions: 3, indexTimeoutSeconds: 1800, phaseTimeoutSeconds: 600 },
};

async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes('--profile')) {
    const documents = 500;
    for (const command of ['check', 'xref']) {
      process.stdout.write(`${renderProfile(`\`${command} --format json\` over ${documents} generated documents (node --cpu-prof, self time)`, profileCli(command, documents, SEED), 12)}\n`);
    }
    return;
  }
  const mode = MODES[argv.includes('--quick') ? 'quick' : argv.includes('--full') ? 'full' : 'default'];
  const outIndex = argv.indexOf('--out');
  const started = performance.now();
  const loadAtStart = loadavg();
  const root = mkdtempSync(join(tmpdir(), 'source-review-bench-'));
  const out = outIndex >= 0 && argv[outIndex + 1] ? argv[outIndex + 1]! : root;
  const log = (message: string): void => void process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${message}\n`);
  try {
    const largest = mode.sizes[mode.sizes.length - 1]!;
    log(`generating ${largest} articles in ${root}`);
    const articles = generateCorpus(largest, SEED);
    const parts = writeCorpus(root, articles, mode.sizes);
    const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);

    const sample = articles.filter((_, i) => i % Math.max(1, Math.floor(articles.length / mode.engineDocuments)) === 0).slice(0, mode.engineDocuments);
    log(`engine: ${sample.length} documents × ${mode.engineRepetitions}`);
    const engine = measureEngine(sample, mode.engineRepetitions);

    const files = parts.flatMap((folder) => readdirSync(folder).sort().map((name) => join(folder, name)));
    log(`language server: workspace of ${files.length} seeds`);
    const lsp: LspSample[] = [await measureLsp({ workspace: root, files, hovers: mode.hovers, edits: mode.edits, debounceMs: DELAYS.edit, indexTimeoutMs: mode.indexTimeoutSeconds * 1000, phaseTimeoutMs: mode.phaseTimeoutSeconds * 1000 }, new Random(SEED))];

    const { cli, skipped } = await measureCliLadder(mode, parts, started / 1000 + mode.budgetSeconds, log);

    const result: BenchResult = {
      command: `npm run bench${mode.name === 'default' ? '' : ` -- --${mode.name}`}`,
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGB: totalmem() / 2 ** 30,
        os: `${osType()} ${release()}`,
        node: process.version,
        loadAverage: loadAtStart,
        loadAverageEnd: loadavg(),
      },
      corpus: { documents: articles.length, megabytes: bytes / 1e6, englishShare: articles.filter((a) => a.language === 'en').length / articles.length, seed: SEED },
      engine: { documents: sample.length, megabytes: sample.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / 1e6, samples: engine },
      cli,
      skipped,
      lsp,
      lspPlan: { hovers: mode.hovers, edits: mode.edits, debounceMs: DELAYS.edit },
      totalSeconds: (performance.now() - started) / 1000,
    };
    const markdown = renderMarkdown(result);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'bench-result.json'), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(join(out, 'bench-result.md'), markdown);
    process.stdout.write(markdown);
    log(`wrote ${join(out, 'bench-result.json')} and bench-result.md`);
  } finally {
    rmSync(join(root, 'seeds'), { recursive: true, force: true });
    if (out !== root) {
      rmSync(root, { recursive: true, force: true });
    }
  }
}

/**
 * Runs `check` (and `xref` when the CLI has it) over growing corpora: every size once (the
 * smallest, then the largest, then the rest), then repeats, each only if its projected time
 * (from the slowest ms/doc seen so far) ends before `deadline` (seconds on the
 * `performance.now()` clock).
 */
async function measureCliLadder(
  mode: Mode,
  parts: readonly string[],
  deadline: number,
  log: (m: string) => void,
): Promise<{ cli: CliSample[]; skipped: string[] }> {
  const commands = ['check'];
  const skipped: string[] = [];
  if (await cliSupports('xref', join(parts[0]!, readdirSync(parts[0]!)[0]!))) {
    commands.push('xref');
  } else {
    skipped.push(`xref: not implemented by ${CLI} yet (pending)`);
  }
  const cli: CliSample[] = [];
  const perDoc = new Map<string, number>();
  const order = mode.sizes.map((_, i) => i);
  order.splice(1, 0, ...order.splice(order.length - 1, 1));
  for (let repetition = 0; repetition < mode.cliRepetitions; repetition++) {
    for (const i of order) {
      const size = mode.sizes[i]!;
      for (const command of commands) {
        const projected = ((perDoc.get(command) ?? 15) * size) / 1000;
        const left = deadline - performance.now() / 1000;
        if (projected > left) {
          if (repetition === 0) {
            skipped.push(`${command} at ${size}, run ${repetition + 1}: projected ${projected.toFixed(0)} s, ${Math.max(0, left).toFixed(0)} s of the time budget left`);
          }
          continue;
        }
        log(`cli: ${command} over ${size} documents (run ${repetition + 1})`);
        try {
          cli.push(await measureCli(command, parts.slice(0, i + 1), size, left * 1000));
        } catch (error) {
          if (!(error instanceof CliTimeout)) {
            throw error;
          }
          skipped.push(error.message);
          return finish(cli, skipped);
        }
        const s = cli[cli.length - 1]!;
        perDoc.set(command, Math.max(perDoc.get(command) ?? 0, s.msPerDocument));
      }
    }
  }
  return finish(cli, skipped);
}

function finish(cli: CliSample[], skipped: string[]): { cli: CliSample[]; skipped: string[] } {
  cli.sort((a, b) => a.command.localeCompare(b.command) || a.documents - b.documents);
  return { cli, skipped };
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
