import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseAttribution, createAnalyzer, DEFAULT_SETTINGS, parseSeed, summariseSources, type EngineSettings } from '../../server/src/engine/index.js';

const EN = [
  '# Ferry timetable changes on the northern route',
  '',
  'The northern ferry will stop calling at the island pier from the first of March.',
  'The operator will move the evening crossing to a larger vessel, the harbour master let slip to our reporter.',
  'Residents have asked for a winter service since the old boat was retired last year.',
  '',
].join('\n');

const RU = [
  '# Паром изменит расписание',
  '',
  'Северный паром перестанет заходить на островной причал с первого марта.',
  'Вечерний рейс перенесут на более крупное судно, обмолвился начальник порта.',
  'Жители давно просят зимнее сообщение с материком.',
  '',
].join('\n');

function unattributedLines(text: string, settings: EngineSettings): number[] {
  const doc = parseSeed('file:///tmp/ferry.md', text);
  return createAnalyzer({ settings })
    .analyze(doc)
    .filter((f) => f.category === 'unattributed-claim')
    .map((f) => doc.lineMap.positionAt(f.start).line);
}

const withCues = (cues: string[]): EngineSettings => ({ ...DEFAULT_SETTINGS, extraAttributionCues: cues });

test('an English sentence with a user-listed reporting phrase is no longer flagged unattributed', () => {
  assert.ok(unattributedLines(EN, DEFAULT_SETTINGS).includes(3), 'flagged without the setting');
  assert.ok(!unattributedLines(EN, withCues(['Let Slip To'])).includes(3), 'the phrase matches in any case');
});

test('a Russian sentence with a user-listed reporting phrase is no longer flagged unattributed', () => {
  assert.ok(unattributedLines(RU, DEFAULT_SETTINGS).includes(3), 'flagged without the setting');
  assert.ok(!unattributedLines(RU, withCues(['ОБМОЛВИЛСЯ'])).includes(3));
});

test('a cue matches whole words only, so a phrase inside a longer word attributes nothing', () => {
  assert.ok(unattributedLines(EN, withCues(['et slip to'])).includes(3));
});

test('a phrase that reads as a regular expression is literal text and attributes nothing in ordinary prose', () => {
  assert.ok(unattributedLines(EN, withCues(['(a+)+$', '.*', 'let|slip'])).includes(3));
});

test('a hostile 50 KB line against a catastrophic-backtracking phrase completes, and only its literal occurrence counts', () => {
  const line = `${'a'.repeat(50_000)}! The mayor (a+)+$ that the pier is closed.`;
  const text = `# Pier\n\nThe council met on Monday to discuss the pier repairs and their cost.\n${line}\n`;
  const doc = parseSeed('file:///tmp/hostile.md', text);
  const findings = createAnalyzer({ settings: withCues(['(a+)+$']) }).analyze(doc);
  const hostile = findings.filter((f) => f.category === 'unattributed-claim' && doc.lineMap.positionAt(f.start).line === 3);
  const flaggedTexts = hostile.map((f) => text.slice(f.start, f.end));
  assert.ok(!flaggedTexts.some((t) => t.includes('(a+)+$')), `the sentence holding the literal phrase is attributed: ${flaggedTexts.join(' | ').slice(0, 200)}`);
});

test('the sources of a document ("who said what") count a statement made with a user-listed cue, as its diagnostics do', () => {
  const doc = parseSeed('file:///tmp/ferry.md', EN);
  const findings = createAnalyzer({ settings: withCues(['let slip to']) }).analyze(doc);
  const statements = summariseSources(doc.text, analyseAttribution(doc, findings)).flatMap((s) => s.statements);
  const cueTexts = (text: string, list: typeof statements) => list.map((st) => text.slice(st.cue.start, st.cue.end).toLowerCase());
  assert.ok(cueTexts(doc.text, statements).includes('let slip to'), JSON.stringify(statements));
  const plain = parseSeed('file:///tmp/ferry.md', EN);
  const without = summariseSources(plain.text, analyseAttribution(plain, createAnalyzer().analyze(plain))).flatMap((s) => s.statements);
  assert.ok(!cueTexts(plain.text, without).includes('let slip to'), 'not without the setting');
});
