import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSeed } from '../../server/src/engine/document.js';
import { findCommentSection, sharedCommentSection } from '../../server/src/engine/comments/section.js';
import { createAnalyzer } from '../../server/src/engine/analyzer.js';

const ARTICLE = [
  'City council approves new bus lanes on Harbour Street',
  '',
  'The city council voted 7 to 2 on Tuesday to add dedicated bus lanes along Harbour Street, a change the transport department says will cut journey times by a fifth.',
  '',
  'Construction is due to begin in the spring and will take about four months, according to the department.',
];

const WITH_COMMENTS = [
  ...ARTICLE,
  '',
  '2 Comments',
  '',
  'Maggie Thornton says:',
  'March 3, 2022 at 4:15 pm',
  'Finally! I have been stuck on that street every morning for years.',
  'Reply',
  '',
  'Dev Patel says:',
  'March 3, 2022 at 6:02 pm',
  'I doubt the bridge section will ever be finished on time, but good luck to them.',
  'Reply',
  '',
  'Comments are closed.',
];

const RUSSIAN_WITH_COMMENTS = [
  'В Самаре открыли новый мост через реку',
  '',
  'В субботу в Самаре открыли движение по новому мосту через реку Самару, сообщили в администрации города.',
  '',
  'Комментарии (2)',
  '',
  'Ирина_К',
  '5 марта 2022 в 14:03',
  'Наконец-то! Я каждый день стояла в пробке на старом мосту по часу.',
  'Ответить',
  '',
  'Сергей Волков',
  '5 марта 2022 в 15:17',
  'А вы видели, какие там цены на парковку? Я не понимаю, кто это придумал.',
  'Ответить',
];

function doc(lines: readonly string[]) {
  return parseSeed('file:///seeds/memo.txt', lines.join('\n'));
}

describe('sharedCommentSection', () => {
  it('equals findCommentSection, with and without a section, English and Russian', () => {
    for (const lines of [ARTICLE, WITH_COMMENTS, RUSSIAN_WITH_COMMENTS, ['']]) {
      const d = doc(lines);
      assert.deepEqual(sharedCommentSection(d), findCommentSection(d));
    }
    assert.notEqual(sharedCommentSection(doc(WITH_COMMENTS)), null);
    assert.notEqual(sharedCommentSection(doc(RUSSIAN_WITH_COMMENTS)), null);
    assert.equal(sharedCommentSection(doc(ARTICLE)), null);
  });

  it('computes the section once per document object, and afresh for another object', () => {
    const d = doc(WITH_COMMENTS);
    const first = sharedCommentSection(d);
    assert.equal(sharedCommentSection(d), first);
    const copy = { ...d };
    const again = sharedCommentSection(copy);
    assert.notEqual(again, first);
    assert.deepEqual(again, first);
  });

  it('leaves the findings of a full analysis unchanged', () => {
    const analyzer = createAnalyzer();
    for (const lines of [WITH_COMMENTS, RUSSIAN_WITH_COMMENTS]) {
      const d = doc(lines);
      const once = analyzer.analyze(d);
      assert.ok(once.some((f) => f.rule === 'comment/reader-comment'));
      assert.deepEqual(analyzer.analyze(d), once);
      assert.deepEqual(analyzer.analyze({ ...d }), once);
    }
  });
});
