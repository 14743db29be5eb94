/** Shared helpers of the CLI tests: run the built `source-review`, make temporary seed folders. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';

/** The repository root. */
export const ROOT = join(__dirname, '../..');

/** What a CLI run left behind. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/source-review.js ARGS` in `cwd` (the repository root by default). */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/source-review.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: undefined, ...options.env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  if (r.error) {
    throw r.error;
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `check --format json` and parses stdout. */
export function checkJson(args: readonly string[], cwd?: string): CliRun & { json: unknown } {
  const run = runCli(['check', '--format', 'json', ...args], cwd !== undefined ? { cwd } : {});
  return { ...run, json: JSON.parse(run.stdout) as unknown };
}

/**
 * A fresh temporary folder, removed when the test file ends. `files` maps relative paths to
 * contents (strings are written as UTF-8).
 */
export function tempTree(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'source-review-cli-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

/** Encodes text in a single-byte legacy encoding (e.g. `windows-1251`, `koi8-r`) by inverting Node's decoder. */
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    table.set(decoder.decode(Uint8Array.of(b)), b);
  }
  return Uint8Array.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) {
      throw new Error(`${encoding} cannot encode ${JSON.stringify(ch)}`);
    }
    return b;
  }));
}

/** Encodes text as UTF-16 with a byte order mark (code units as they are, lone surrogates included). */
export function encodeUtf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++) {
    view.setUint16(2 + i * 2, text.charCodeAt(i), order === 'le');
  }
  return out;
}

/** A fresh English article with a donation appeal, a newsletter sign-up and reader comments. */
export const ENGLISH_SEED = [
  'Harbour town votes to rebuild its flooded ferry pier',
  '',
  'Councillors in the coastal town of Elsmere voted on Tuesday to rebuild the ferry pier that storms destroyed last winter, the mayor told reporters.',
  '',
  'The new pier will cost about 4 million euros, according to the council budget published on its website.',
  '',
  'Fishermen said the vote came too late for the summer season.',
  '',
  'Support independent journalism! Donate now to keep our reporting free for everyone.',
  '',
  'Sign up for our daily newsletter and get the news in your inbox every morning.',
  '',
  'Read more',
  '',
  '3 comments',
  '',
  '1. harbourfan88 · 2 hours ago',
  'About time, lol. That pier was a wreck for years.',
  'Reply',
  '2. marina_k · 1 hour ago',
  'Who is paying for this? Not me I hope!!',
  'Reply',
  '',
].join('\n');

/** A fresh Russian article with a subscription appeal, section labels and reader comments. */
export const RUSSIAN_SEED = [
  'Общество',
  '',
  'В Заречном открыли новую библиотеку',
  '',
  'В городе Заречный во вторник открылась новая городская библиотека, сообщила пресс-служба администрации.',
  '',
  'По словам директора, фонд библиотеки составляет более 40 тысяч книг.',
  '',
  'Жители давно просили построить библиотеку рядом со школой.',
  '',
  'Подпишитесь на наш канал в Telegram, чтобы первыми узнавать новости!',
  '',
  'Поддержите редакцию: ваше пожертвование поможет нам работать дальше.',
  '',
  'Выбор редакции',
  '',
  'Комментарии (2)',
  '',
  '1. Ирина_М 12:40',
  'Наконец-то! Дети будут рады.',
  'Ответить',
  '2. петрович 13:05',
  'а парковку опять не сделали((',
  'Ответить',
  '',
].join('\n');

/** One diagnostic of `check --format json`, as the tests read it. */
export interface JsonDiagnostic {
  rule: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** One file entry of `check --format json`, as the tests read it. */
export interface JsonFileEntry {
  path: string;
  language?: string;
  error?: string;
  diagnostics: JsonDiagnostic[];
}

/** Checks one file `seeds/doc.txt` holding `content`, alone in a fresh folder, and returns its entry. */
export function checkOne(content: string | Uint8Array): { status: number | null; stderr: string; file: JsonFileEntry } {
  const root = tempTree({ 'seeds/doc.txt': content });
  const r = checkJson(['seeds'], root);
  const files = (r.json as { files: JsonFileEntry[] }).files;
  assert.equal(files.length, 1);
  return { status: r.status, stderr: r.stderr, file: files[0]! };
}
