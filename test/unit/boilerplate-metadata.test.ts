import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../server/src/engine/analyzer.js';
import { parseSeed, type SeedDocument } from '../../server/src/engine/document.js';
import { BOILERPLATE_RULES } from '../../server/src/engine/rules/boilerplate/index.js';

const analyzer = createAnalyzer({ rules: BOILERPLATE_RULES });

function seed(paragraphs: readonly string[]): SeedDocument {
  return parseSeed('mem://metadata.txt', paragraphs.join('\n\n') + '\n');
}

/** The rule that flagged each line, by the line's trimmed text. */
function flagged(doc: SeedDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of analyzer.analyze(doc)) {
    const text = doc.lines[doc.lineMap.lineAt(f.start)]!.text.trim();
    if (!out.has(text)) {
      out.set(text, f.rule);
    }
  }
  return out;
}

const BODY = [
  'Library Reopens After Two-Year Renovation',
  'The central library in Kestrel Bay reopened on Saturday after a renovation that added a children’s wing, a roof garden and a hall for evening lectures.',
  'Visitors queued from early morning, and the head librarian, Tomas Reyes, said more than two thousand people had come through the doors by lunchtime.',
  'The work was paid for by the city and by a bequest from a local shipbuilder, whose name the new reading room will carry.',
];

const RU_BODY = [
  'В Северогорске открылась библиотека после ремонта',
  'Центральная библиотека Северогорска открылась в субботу после двухлетнего ремонта, в ходе которого в здании появились детский зал и лекторий.',
  'По словам директора библиотеки Анны Крыловой, в первый день её посетили более двух тысяч человек.',
];

test('flags standalone date, byline and reading-time lines in English and Russian', () => {
  const meta = ['By Helen Marsh and Omar Said', 'Published: March 3, 2025 at 9:15 am', '4 min read', '12 марта 2025, 14:30', 'Автор: Анна Смирнова'];
  const doc = seed([BODY[0]!, ...meta, ...BODY.slice(1)]);
  const flags = flagged(doc);
  for (const line of meta) {
    assert.equal(flags.get(line), 'boilerplate/byline-dateline', line);
  }
  for (const paragraph of BODY) {
    assert.equal(flags.get(paragraph), undefined, paragraph);
  }
});

test('does not flag a paragraph that opens with a dateline', () => {
  const paragraph = 'KESTREL BAY, March 3 — The city council approved the library budget on Monday after a short debate.';
  const doc = seed([...BODY, paragraph]);
  assert.equal(flagged(doc).get(paragraph), undefined);
});

test('flags navigation controls and calls to action, not article sentences that start with a verb', () => {
  const chrome = ['Skip to content', 'Menu', 'Search', 'Главная', 'Наверх', 'Try it free for 30 days!', 'Download our app now', 'Скачайте наше приложение'];
  const article = 'Visit the new roof garden and you will see why the architects chose native grasses, the head librarian said.';
  const doc = seed([...chrome.slice(0, 5), ...BODY, article, ...chrome.slice(5), ...RU_BODY]);
  const flags = flagged(doc);
  for (const line of chrome.slice(0, 5)) {
    assert.equal(flags.get(line), 'boilerplate/navigation', line);
  }
  for (const line of chrome.slice(5)) {
    assert.equal(flags.get(line), 'boilerplate/call-to-action', line);
  }
  assert.equal(flags.get(article), undefined);
  for (const paragraph of [...BODY, ...RU_BODY]) {
    assert.equal(flags.get(paragraph), undefined, paragraph);
  }
});

test('keeps a short list inside the article as article text', () => {
  const list = ['a children’s wing with 4,000 books', 'a roof garden open until sunset', 'a lecture hall for 200 people'];
  const doc = parseSeed('mem://list.txt', [BODY[0]!, BODY[1]!, 'The renovation added:', ...list, BODY[2]!, BODY[3]!].join('\n'));
  const flags = flagged(doc);
  for (const item of list) {
    assert.equal(flags.get(item), undefined, item);
  }
});

test('flags Russian page furniture: typo prompt, age rating, view counter, relative date', () => {
  const chrome = ['Нашли опечатку? Выделите текст и нажмите Ctrl+Enter', '18+', '1 245 просмотров', 'Сегодня, 14:35'];
  const doc = seed([RU_BODY[0]!, chrome[3]!, ...RU_BODY.slice(1), ...chrome.slice(0, 3)]);
  const flags = flagged(doc);
  for (const line of chrome) {
    assert.ok(flags.has(line), line);
  }
  for (const paragraph of RU_BODY) {
    assert.equal(flags.get(paragraph), undefined, paragraph);
  }
});
