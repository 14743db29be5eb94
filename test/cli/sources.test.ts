import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { checkJson, runCli, tempTree } from './helpers.js';
import { sourcesSchema } from './sourcesSchema.js';

/** An official quoted directly and indirectly, an agency's "according to", one unsourced sentence; an emoji shifts UTF-16 columns. */
const ENGLISH = [
  'Rail link to the airport delayed 🚆',
  '',
  'Transport Secretary Ruth Adeyemi said on Monday that the airport rail link would open a year late.',
  '',
  '"The tunnel flooded twice 🌧 in one winter," Adeyemi told the committee.',
  '',
  'According to the Office for Rail Statistics, the line will carry 30,000 passengers a day.',
  '',
  'Construction began in 2019 on the eastern side of the city.',
  '',
].join('\n');

/** The first sentence is attributed by the second ("Об этом заявил …"); CRLF line ends. */
const RUSSIAN = [
  'Школы Томска 🏫 перейдут на дистанционное обучение с понедельника из-за вспышки гриппа в нескольких районах города.',
  'Об этом заявил начальник городского управления образования Олег Рябов на совещании с директорами школ.',
  '«Карантин продлится не меньше двух недель, а потом мы посмотрим на цифры», — сказал Рябов.',
  'По данным Роспотребнадзора, заболеваемость гриппом и ОРВИ за последнюю неделю выросла в городе почти втрое.',
  '',
].join('\r\n');

const fileSchema = z.object({ path: z.string(), sources: sourcesSchema });
const outputSchema = z.object({ files: z.array(fileSchema) });

type Range = z.infer<typeof sourcesSchema>[number]['mentions'][number];

/** The text under an LSP range of `text` (UTF-16 characters; a line ends at `\n`, `\r\n` included). */
function slice(text: string, range: Range): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') {
      starts.push(i + 1);
    }
  }
  return text.slice(starts[range.start.line]! + range.start.character, starts[range.end.line]! + range.end.character);
}

function sourcesOf(text: string, name: string) {
  const root = tempTree({ [join('seeds', name)]: text });
  const run = checkJson(['seeds'], root);
  const out = outputSchema.parse(run.json);
  assert.equal(out.files.length, 1);
  return out.files[0]!.sources;
}

describe('check --format json: sources', () => {
  it('lists an English article’s sources with their statements, in order', () => {
    const sources = sourcesOf(ENGLISH, 'rail.txt');
    assert.deepEqual(
      sources.map((s) => [s.name, s.vague, s.statements.map((st) => st.kind)]),
      [
        ['Transport Secretary Ruth Adeyemi', false, ['indirect', 'direct-quote']],
        ['the Office for Rail Statistics', false, ['source-phrase']],
      ],
    );
    assert.ok(
      !sources.some((s) => s.statements.some((st) => st.text.startsWith('Construction began'))),
      'the unsourced sentence is nobody’s statement',
    );
  });

  it('gives ranges that slice back to the statement, its cue and the source’s name', () => {
    const sources = sourcesOf(ENGLISH, 'rail.txt');
    const lines = ENGLISH.split('\n');
    const [secretary, office] = sources;
    assert.deepEqual(secretary!.mentions.map((m) => slice(ENGLISH, m)), ['Transport Secretary Ruth Adeyemi', 'Adeyemi']);
    assert.deepEqual(secretary!.statements.map((st) => st.text), [lines[2], lines[4]]);
    assert.deepEqual(secretary!.statements.map((st) => st.cue.text), ['said', 'told']);
    assert.deepEqual(office!.statements.map((st) => st.cue.text), ['According to']);
    for (const source of sources) {
      for (const st of source.statements) {
        assert.equal(slice(ENGLISH, st.range), st.text);
        assert.equal(slice(ENGLISH, st.cue.range), st.cue.text);
      }
    }
    const quote = secretary!.statements[1]!;
    assert.equal(quote.range.end.character, lines[4]!.length, 'columns count UTF-16 units, the emoji as two');
  });

  it('attributes a Russian sentence to the source named in the next one, with CRLF line ends', () => {
    const sources = sourcesOf(RUSSIAN, 'tomsk.txt');
    const lines = RUSSIAN.split('\r\n');
    const official = sources[0]!;
    assert.equal(official.name, 'начальник городского управления образования Олег Рябов');
    assert.deepEqual(
      official.statements.map((st) => [st.kind, st.text, st.cue.text]),
      [
        ['backward', lines[0], 'заявил'],
        ['indirect', lines[1], 'заявил'],
        ['direct-quote', lines[2], 'сказал'],
      ],
    );
    const backward = official.statements[0]!;
    assert.deepEqual([backward.range.start.line, backward.cue.range.start.line], [0, 1], 'the cue of a backward attribution is in the next line');
    for (const st of official.statements) {
      assert.equal(slice(RUSSIAN, st.range), st.text);
      assert.equal(slice(RUSSIAN, st.cue.range), st.cue.text);
    }
    assert.deepEqual(official.mentions.map((m) => slice(RUSSIAN, m)), ['начальник городского управления образования Олег Рябов', 'Рябов']);
    assert.deepEqual(sources.slice(1).map((s) => [s.name, s.statements.map((st) => st.kind)]), [['Роспотребнадзора', ['source-phrase']]]);
  });

  it('keeps sources out of the text format', () => {
    const root = tempTree({ 'seeds/rail.txt': ENGLISH });
    const run = runCli(['check', '--format', 'text', 'seeds'], { cwd: root });
    assert.ok(run.stdout.includes('rail.txt'), run.stdout);
    assert.ok(!run.stdout.includes('Ruth Adeyemi'), run.stdout);
  });
});
