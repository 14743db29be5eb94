import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { runCli, tempTree } from './helpers.js';
import { LATVIA_EN, LATVIA_EN_AGAIN, LATVIA_RU } from '../fixtures/latvia.js';

/** The contract's `xref --format json` shape (design/contract.md), strict: no extra keys. */
const position = z.strictObject({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });
const mention = z.strictObject({
  path: z.string().min(1),
  outlet: z.string().min(1).nullable(),
  language: z.string().regex(/^(?:[a-z]{2}|und)$/u),
  range: z.strictObject({ start: position, end: position }),
  text: z.string().min(1),
});
const event = z.strictObject({ id: z.string().min(1), summary: z.string().min(1), mentions: z.array(mention).min(2) });
const xrefOutput = z.strictObject({ version: z.literal(1), events: z.array(event) });
type XrefOutput = z.infer<typeof xrefOutput>;

function xrefJson(args: readonly string[], cwd?: string): { status: number | null; stderr: string; out: XrefOutput } {
  const run = runCli(['xref', '--format', 'json', ...args], cwd !== undefined ? { cwd } : {});
  return { status: run.status, stderr: run.stderr, out: xrefOutput.parse(JSON.parse(run.stdout)) };
}

/** Paths of the documents that share an event with a mention in `path`. */
function linkedTo(out: XrefOutput, path: string): string[] {
  const linked = new Set<string>();
  for (const e of out.events) {
    if (e.mentions.some((m) => m.path === path)) {
      e.mentions.filter((m) => m.path !== path).forEach((m) => linked.add(m.path));
    }
  }
  return [...linked].sort();
}

const LITHUANIA_EN = [
  'Lithuania Bans Russian Grain Too',
  'Published June 20, 2024',
  'Lithuania banned imports of Russian grain on June 19, the government in Vilnius said.',
  'Officials said the measure would be reviewed in a year.',
].join('\n\n');

describe('xref --format json', () => {
  it('links an English and a Russian report of one event, and a second English report, both ways', () => {
    const root = tempTree({ 'en.txt': LATVIA_EN, 'ru.txt': LATVIA_RU, 'en2.txt': LATVIA_EN_AGAIN });
    const { status, out } = xrefJson(['en.txt', 'ru.txt', 'en2.txt'], root);
    assert.equal(status, 0);
    assert.deepEqual(linkedTo(out, 'en.txt'), ['en2.txt', 'ru.txt']);
    assert.deepEqual(linkedTo(out, 'ru.txt'), ['en.txt', 'en2.txt']);
    const ru = out.events.flatMap((e) => e.mentions).find((m) => m.path === 'ru.txt' && m.text.startsWith('Латвия 3 июня'));
    assert.ok(ru, 'the Russian body sentence is a mention');
    assert.equal(ru.language, 'ru');
    assert.equal(ru.range.start.line, 2, 'the range points at the sentence in its file (0-based line)');
  });

  it('does not link the same predicate with a different actor on a different date', () => {
    const root = tempTree({ 'latvia.txt': LATVIA_EN, 'lithuania.txt': LITHUANIA_EN });
    const { status, out } = xrefJson(['latvia.txt', 'lithuania.txt'], root);
    assert.equal(status, 0, 'no events is still a successful run');
    assert.deepEqual(out.events, []);
  });

  it('never takes a reader comment quoting the headline for a mention', () => {
    const withComments = [
      'Local News: Riga council opens a new tram line',
      'Published June 4, 2024',
      'The city council of Riga opened a new tram line to the airport on Monday.',
      'Comments',
      'Janis_K 2 hours ago',
      'Latvia banned imports of Russian and Belarusian grain on June 3, about time!',
      'Reply',
      'marta77 1 hour ago',
      'Agree, Latvia banned Russian grain on June 3 and nobody noticed.',
      'Reply',
    ].join('\n');
    const root = tempTree({ 'latvia.txt': LATVIA_EN, 'tram.txt': withComments });
    const { out } = xrefJson(['latvia.txt', 'tram.txt'], root);
    assert.deepEqual(linkedTo(out, 'tram.txt'), []);
  });

  it('joins the path as given with the found file', () => {
    const root = tempTree({ 'in/en.txt': LATVIA_EN, 'in/ru.txt': LATVIA_RU });
    const { out } = xrefJson(['in'], root);
    const paths = new Set(out.events.flatMap((e) => e.mentions.map((m) => m.path)));
    assert.deepEqual([...paths].sort(), [join('in', 'en.txt'), join('in', 'ru.txt')]);
  });

  it('links the bundled seeds on diplomatic relations from 22 February, in English and in Russian', () => {
    const { status, out } = xrefJson(['seeds']);
    assert.equal(status, 0);
    const linked = out.events.some(
      (e) =>
        e.mentions.some((m) => m.path.includes('000_') && /established diplomatic relations/u.test(m.text)) &&
        e.mentions.some((m) => m.path.includes('004_') && /с 22 февраля установила дипломатические отношения/u.test(m.text)),
    );
    assert.ok(linked, 'one event holds both sentences');
  });

  it('exits with status 2 and names the file when a path does not exist, still reporting the others', () => {
    const root = tempTree({ 'en.txt': LATVIA_EN, 'ru.txt': LATVIA_RU });
    const { status, stderr, out } = xrefJson(['en.txt', 'ru.txt', 'missing.txt'], root);
    assert.equal(status, 2);
    assert.match(stderr, /missing\.txt/u);
    assert.deepEqual(linkedTo(out, 'en.txt'), ['ru.txt']);
  });
});

describe('xref --format text', () => {
  it('prints each event summary, then every mention as path:line with outlet, language and sentence', () => {
    const root = tempTree({ 'en.txt': LATVIA_EN, 'ru.txt': LATVIA_RU });
    const run = runCli(['xref', 'en.txt', 'ru.txt'], { cwd: root });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^ {2}ru\.txt:3 {2}outlet unknown, ru\n {4}Латвия 3 июня запретила/mu);
    assert.match(run.stdout, /^ {2}en\.txt:5 {2}outlet unknown, en\n {4}Latvia banned imports/mu);
    assert.match(run.stdout, /1 event reported by more than one document\.\n$/u);
  });

  it('refuses an unknown format with status 2', () => {
    const run = runCli(['xref', '--format', 'sarif', 'seeds']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--format must be one of text, json/u);
  });
});
