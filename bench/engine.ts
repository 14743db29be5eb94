/**
 * Engine throughput in one process, on the same documents: the bare Markdown parse
 * (`unified().use(remarkParse).parse`) against the full single-document analysis
 * (`parseSeed` + `createAnalyzer().analyze` against a corpus of the same documents).
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CorpusIndex, createAnalyzer, parseSeed } from '../server/src/engine/index.js';
import type { Article } from './corpus.js';

/** One repetition's throughput. */
export interface EngineSample {
  /** MB (10^6 UTF-8 bytes) per second of the bare parse. */
  readonly bareMBps: number;
  /** MB per second of the full analysis. */
  readonly fullMBps: number;
  /** full / bare. */
  readonly ratio: number;
}

/** Measures `repetitions` interleaved passes of both pipelines over `articles`, after one warm-up pass. */
export function measureEngine(articles: readonly Article[], repetitions: number): EngineSample[] {
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const markdown = unified().use(remarkParse);
  const analyzer = createAnalyzer();
  const corpus = new CorpusIndex();
  for (const a of articles) {
    corpus.set(parseSeed(uriOf(a), a.text));
  }
  const bare = (): void => {
    for (const a of articles) {
      markdown.parse(a.text);
    }
  };
  let findings = 0;
  const full = (): void => {
    for (const a of articles) {
      findings += analyzer.analyze(parseSeed(uriOf(a), a.text), corpus).length;
    }
  };
  bare();
  full();
  const samples: EngineSample[] = [];
  for (let i = 0; i < repetitions; i++) {
    const bareSeconds = seconds(bare);
    const fullSeconds = seconds(full);
    const bareMBps = bytes / 1e6 / bareSeconds;
    const fullMBps = bytes / 1e6 / fullSeconds;
    samples.push({ bareMBps, fullMBps, ratio: fullMBps / bareMBps });
  }
  if (findings === 0) {
    throw new Error('the full analysis found nothing in the bench corpus: the bench would measure an idle engine');
  }
  return samples;
}

function uriOf(article: Article): string {
  return `file:///bench/seeds/${article.name}`;
}

function seconds(task: () => void): number {
  const start = process.hrtime.bigint();
  task();
  return Number(process.hrtime.bigint() - start) / 1e9;
}
