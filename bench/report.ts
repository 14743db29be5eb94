/** The bench result as JSON and as a Markdown report with goals. */
import type { CliSample } from './cli.js';
import type { EngineSample } from './engine.js';
import type { LspSample } from './lsp.js';
import { formatSpread, spread } from './stats.js';

/** Everything one bench run measured. */
export interface BenchResult {
  readonly command: string;
  readonly date: string;
  readonly machine: { readonly cpu: string; readonly cores: number; readonly memoryGB: number; readonly os: string; readonly node: string; readonly loadAverage: readonly number[]; readonly loadAverageEnd?: readonly number[] };
  readonly corpus: { readonly documents: number; readonly megabytes: number; readonly englishShare: number; readonly seed: number };
  readonly engine: { readonly documents: number; readonly megabytes: number; readonly samples: readonly EngineSample[] };
  readonly cli: readonly CliSample[];
  /** Commands or sizes not run, and why. */
  readonly skipped: readonly string[];
  readonly lsp: readonly LspSample[];
  readonly lspPlan: { readonly hovers: number; readonly edits: number; readonly debounceMs: number };
  readonly totalSeconds: number;
}

type Status = 'met' | 'missed' | 'n/a';

function status(value: number, goal: number, atMost: boolean): Status {
  if (!Number.isFinite(value)) {
    return 'n/a';
  }
  return (atMost ? value <= goal : value >= goal) ? 'met' : 'missed';
}

function mark(s: Status, value: number, goal: number): string {
  if (s !== 'missed') {
    return s;
  }
  return `**missed** (×${(value / goal >= 1 ? value / goal : goal / value).toFixed(1)})`;
}

/** Renders the result as Markdown tables. */
export function renderMarkdown(r: BenchResult): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Command: \`${r.command}\` · ${r.date} · total ${r.totalSeconds.toFixed(0)} s`, '');
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB.toFixed(0)} GB, ${m.os}, Node ${m.node}; load average at start ${m.loadAverage.map((x) => x.toFixed(2)).join(' / ')}${m.loadAverageEnd ? `, at the end ${m.loadAverageEnd.map((x) => x.toFixed(2)).join(' / ')}` : ''} (${m.cores} cores: above ${m.cores}, wall times include waiting for a core; CPU times do not).`);
  out.push(`Parallelism: the CLI runs with its default \`--jobs auto\` (${m.cores >= 2 ? Math.min(m.cores, 8) : 0} worker threads on this machine from 100 files; CPU s counts every thread, so it can exceed wall s); the server links on ${Math.max(1, Math.min(8, m.cores - 1))} worker thread(s) (cores − 1).`);
  out.push(`Corpus: ${r.corpus.documents} generated articles (seed ${r.corpus.seed}), ${r.corpus.megabytes.toFixed(1)} MB, ${(100 * r.corpus.englishShare).toFixed(0)}% English.`);
  out.push('Cells read `median (min–max)` over repeated runs; a single number is a single run.', '');

  const e = r.engine.samples;
  const ratio = spread(e.map((s) => s.ratio));
  out.push(`### Engine throughput (one process, ${r.engine.documents} documents, ${r.engine.megabytes.toFixed(1)} MB)`, '');
  out.push('| pipeline | MB/s | goal | status |', '| --- | --- | --- | --- |');
  out.push(`| bare \`unified().use(remarkParse).parse\` | ${formatSpread(spread(e.map((s) => s.bareMBps)), 2)} | | |`);
  out.push(`| full \`parseSeed\` + \`analyze\` | ${formatSpread(spread(e.map((s) => s.fullMBps)), 2)} | | |`);
  out.push(`| ratio full / bare | ${formatSpread(ratio, 2)} | ≥ 0.5 | ${mark(status(ratio.median, 0.5, false), ratio.median, 0.5)} |`, '');

  out.push('### CLI (`--format json`, one process per run, output consumed)', '');
  out.push('| command | documents | runs | wall s | CPU s | peak RSS MB | docs/s | ms/doc | CPU ms/doc |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const groups = new Map<string, CliSample[]>();
  for (const s of r.cli) {
    const key = `${s.command}\u0000${s.documents}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (const samples of groups.values()) {
    const first = samples[0]!;
    const cpu = (s: CliSample): number => s.cpuSeconds ?? Number.NaN;
    out.push(`| ${first.command} | ${first.documents} | ${samples.length} | ${formatSpread(spread(samples.map((s) => s.wallSeconds)))} | ${formatSpread(spread(samples.map(cpu)))} | ${formatSpread(spread(samples.map((s) => s.peakRssMB)), 0)} | ${formatSpread(spread(samples.map((s) => s.docsPerSecond)), 0)} | ${formatSpread(spread(samples.map((s) => s.msPerDocument)), 1)} | ${formatSpread(spread(samples.map((s) => (1000 * cpu(s)) / s.documents)), 1)} |`);
  }
  const largest = Math.max(0, ...r.cli.map((s) => s.documents));
  const at = (command: string): CliSample[] => r.cli.filter((s) => s.command === command && s.documents === largest);
  const check = spread(at('check').map((s) => s.wallSeconds));
  const xref = spread(at('xref').map((s) => s.wallSeconds));
  const both = check.median + xref.median;
  const rss = Math.max(...at('check').concat(at('xref')).map((s) => s.peakRssMB));
  out.push('');
  if (largest === 10000 && at('xref').length > 0) {
    const cpuBoth = spread(at('check').map((s) => s.cpuSeconds ?? Number.NaN)).median + spread(at('xref').map((s) => s.cpuSeconds ?? Number.NaN)).median;
    out.push(`Goal at 10k: check + xref ≤ 30 s: ${both.toFixed(1)} s wall (${cpuBoth.toFixed(1)} s CPU), ${mark(status(both, 30, true), both, 30)}; peak RSS ≤ 1024 MB: ${rss.toFixed(0)} MB, ${mark(status(rss, 1024, true), rss, 1024)}.`);
  } else {
    out.push(`Goal at 10k (check + xref ≤ 30 s, RSS ≤ 1 GB): not measured in this run (largest size ${largest}${at('xref').length === 0 ? ', no xref' : ''}).`);
  }
  for (const s of r.skipped) {
    out.push(`- skipped: ${s}`);
  }
  out.push('');

  if (r.lsp.length > 0) {
    const l = r.lsp;
    const row = (name: string, values: number[], goal: string, st: Status | '', goalValue = 0, digits = 1): string =>
      `| ${name} | ${formatSpread(spread(values), digits)} | ${goal} | ${st === '' ? '' : mark(st, spread(values).median, goalValue)} |`;
    const med = (f: (s: LspSample) => number): number => spread(l.map(f)).median;
    const d = r.lspPlan.debounceMs;
    out.push(`### Language server over stdio (workspace of ${l[0]!.documents} seeds; ${l[0]!.hoversMade} of ${r.lspPlan.hovers} planned hovers, ${l[0]!.editsMade} of ${r.lspPlan.edits} planned edits on a ${l[0]!.editDocumentBytes}-byte document)`, '');
    out.push('| measure | value | goal | status |', '| --- | --- | --- | --- |');
    out.push(row('corpus read (initialize → first `$/progress` end), ms', l.map((s) => s.corpusReadMs), '', '', 0, 0));
    if (l.every((s) => s.indexCompleted)) {
      out.push(row('index complete (initialize → last `$/progress` end, events linked), ms', l.map((s) => s.indexMs), '≤ 15000', status(med((s) => s.indexMs), 15000, true), 15000, 0));
    } else {
      const waited = Math.max(...l.map((s) => s.indexMs));
      out.push(`| index complete (initialize → last \`$/progress\` end, events linked), ms | not within ${waited.toFixed(0)} (bench stopped waiting; hovers, edits and RSS below were measured while indexing still ran) | ≤ 15000 | **missed** (×> ${(waited / 15000).toFixed(1)}) |`);
    }
    out.push(row(l.every((s) => s.indexCompleted) ? 'server RSS after indexing (VmRSS), MB' : 'server RSS when the bench stopped waiting (VmRSS), MB', l.map((s) => s.rssAfterIndexMB), '≤ 400', status(med((s) => s.rssAfterIndexMB), 400, true), 400, 0));
    out.push(row('server CPU time by then (user + system), s', l.map((s) => s.cpuAfterIndexSeconds ?? Number.NaN), '', '', 0, 1));
    out.push(row('server peak RSS by then (VmHWM), MB', l.map((s) => s.peakRssAfterIndexMB), '', '', 0, 0));
    out.push(row('server peak RSS at the end (VmHWM), MB', l.map((s) => s.peakRssEndMB), '', '', 0, 0));
    out.push(row('hover p50, ms', l.map((s) => s.hoverP50), '', '', 0, 2));
    out.push(row('hover p99, ms', l.map((s) => s.hoverP99), '≤ 20', status(med((s) => s.hoverP99), 20, true), 20, 2));
    out.push(row('hovers with content', l.map((s) => s.hoversWithContent), '', '', 0, 0));
    out.push(row(`edit → diagnostics p50, ms (incl. ${d} ms debounce)`, l.map((s) => s.editP50), '', '', 0, 0));
    out.push(row(`edit → diagnostics p99, ms (incl. ${d} ms debounce)`, l.map((s) => s.editP99), '', '', 0, 0));
    out.push(row('edit → diagnostics p50, ms, debounce excluded', l.map((s) => s.editP50 - d), '', '', 0, 0));
    out.push(row('edit → diagnostics p99, ms, debounce excluded', l.map((s) => s.editP99 - d), '≤ 50', status(med((s) => s.editP99) - d, 50, true), 50, 0));
    out.push(row('first diagnostics of a document opened while indexing, ms', l.map((s) => s.firstDiagnosticsWhileIndexingMs), '', '', 0, 0));
    out.push(`| … arrived before the index was complete | ${l.map((s) => (s.firstDiagnosticsBeforeIndexEnd ? 'yes' : 'no')).join(', ')} | | |`);
    const progress = l[0]!.progress.map((p) => `${p.title}: ${p.ms.toFixed(0)} ms`).join('; ');
    out.push('', `Progress reported by the server (first run): ${progress || 'none'}.`);
  }
  return `${out.join('\n')}\n`;
}
