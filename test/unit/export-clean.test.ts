import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSeed, scanTags, type Category, type Finding } from '../../server/src/engine/index.js';
import { cleanDocument, codePointOffsets } from '../../server/src/engine/export/index.js';
import type { ReviewTag, TagKind, TagScan } from '../../server/src/engine/tags/types.js';

/** A finding of `category` on the `nth` occurrence of `phrase` in `text`. */
function finding(text: string, phrase: string, category: Category, nth = 0): Finding {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(phrase, start + 1);
  }
  assert.ok(start >= 0, `"${phrase}" is in the text`);
  return { start, end: start + phrase.length, rule: `test/${category}`, category, severity: 'warning', message: `A ${category} span.` };
}

/** The tag whose opening comment is the `nth` `<!-- review:` of `text` and whose closing comment is the next `<!-- /review -->`. */
function tag(text: string, kind: TagKind, nth = 0, note?: string): ReviewTag {
  let openStart = -1;
  for (let i = 0; i <= nth; i++) {
    openStart = text.indexOf('<!-- review:', openStart + 1);
  }
  const openEnd = text.indexOf('-->', openStart) + 3;
  const closeStart = text.indexOf('<!-- /review -->', openEnd);
  const closeEnd = closeStart + '<!-- /review -->'.length;
  const block = text[openEnd] === '\n' && (closeStart === 0 || text[closeStart - 1] === '\n');
  const content = block ? { start: openEnd + 1, end: closeStart - 1 } : { start: openEnd, end: closeStart };
  return { kind, ...(note !== undefined ? { note } : {}), open: { start: openStart, end: openEnd }, close: { start: closeStart, end: closeEnd }, content, block };
}

function exportOf(text: string, findings: (text: string) => Finding[], tags: (text: string) => ReviewTag[] = () => []) {
  return cleanDocument(parseSeed('file:///t.seed', text), findings(text), { tags: tags(text), problems: [] });
}

describe('the clean text of an export', () => {
  it('removes a flagged boilerplate line and the blank line it leaves, keeping paragraphs', () => {
    const text = 'Subscribe to our newsletter!\n\nThe council approved the budget on Monday.\n\nDonate today and keep us independent.\n\nThe vote was eleven to two.\n';
    const out = exportOf(text, (t) => [finding(t, 'Subscribe to our newsletter!', 'boilerplate'), finding(t, 'Donate today and keep us independent.', 'boilerplate')]);
    assert.equal(out.text, 'The council approved the budget on Monday.\n\nThe vote was eleven to two.\n');
    assert.equal(out.removed.findings.length, 2);
    assert.deepEqual(
      out.removed.findings.map((f) => [f.text, f.reason]),
      [
        ['Subscribe to our newsletter!', 'removed-kind'],
        ['Donate today and keep us independent.', 'removed-kind'],
      ],
    );
  });

  it('keeps one-line-per-paragraph bodies as they are, without adding blank lines where a line went', () => {
    const text = 'Городской совет утвердил бюджет в понедельник.\nПодпишитесь на наш канал!\nГолосование прошло без споров.';
    const out = exportOf(text, (t) => [finding(t, 'Подпишитесь на наш канал!', 'boilerplate')]);
    assert.equal(out.text, 'Городской совет утвердил бюджет в понедельник.\nГолосование прошло без споров.\n');
  });

  it('removes a whole reader comment section, numbered comments and indented replies included', () => {
    const text = [
      'The mayor opened the new bridge on Sunday.',
      '',
      '3 Comments',
      '',
      '  1. Finally, after ten years of waiting!',
      '',
      '    Agreed, it took far too long.',
      '',
      '  2. Who paid for it?',
      '',
      'Comments are closed.',
    ].join('\n');
    const section = text.slice(text.indexOf('3 Comments'));
    const out = exportOf(text, (t) => [finding(t, section, 'comment')]);
    assert.equal(out.text, 'The mayor opened the new bridge on Sunday.\n');
  });

  it('cuts a boilerplate fragment out of a line without leaving doubled or trailing spaces', () => {
    const text = 'The minister resigned. Read more The cabinet met at noon. Continue\nNext line stays.\n';
    const out = exportOf(text, (t) => [finding(t, 'Read more', 'boilerplate'), finding(t, 'Continue', 'boilerplate')]);
    assert.equal(out.text, 'The minister resigned. The cabinet met at noon.\nNext line stays.\n');
  });

  it('collapses runs of blank lines and drops leading and trailing ones', () => {
    const text = '\n\n  \nFirst paragraph of the report.\n\n\n\nSecond paragraph of the report.\n\n\n';
    const out = exportOf(text, () => []);
    assert.equal(out.text, 'First paragraph of the report.\n\nSecond paragraph of the report.\n');
  });

  it('writes LF line breaks for a CRLF text, with offsets into the LF text', () => {
    const text = 'Sign up for alerts\r\n\r\nOfficials denied the report.\r\nThe port is closed.\r\n';
    const out = exportOf(text, (t) => [finding(t, 'Sign up for alerts', 'boilerplate'), finding(t, 'The port is closed.', 'unattributed-claim')]);
    assert.equal(out.text, 'Officials denied the report.\nThe port is closed.\n');
    const claim = out.findings[0]!;
    assert.equal(out.text.slice(claim.start, claim.end), 'The port is closed.');
    assert.equal(text.slice(claim.source.start, claim.source.end), 'The port is closed.');
  });
});

describe('tags in an export', () => {
  it('strips inline tag markup and gives the tag the offsets of its content in the clean text', () => {
    const text = 'The ministry said <!-- review:unattributed note="who in the ministry?" -->the plant will close in May<!-- /review -->, a year early.\n';
    const out = exportOf(text, () => [], (t) => [tag(t, 'unattributed', 0, 'who in the ministry?')]);
    assert.equal(out.text, 'The ministry said the plant will close in May, a year early.\n');
    assert.deepEqual(
      out.tags.map((t) => ({ kind: t.kind, note: t.note, text: t.text, slice: out.text.slice(t.start, t.end) })),
      [{ kind: 'unattributed', note: 'who in the ministry?', text: 'the plant will close in May', slice: 'the plant will close in May' }],
    );
  });

  it('removes a span tagged boilerplate or comment with its markup, and lists the tag as removed', () => {
    const text = 'Власти закрыли порт.\n\n<!-- review:boilerplate -->Поддержите редакцию!<!-- /review -->\n\n<!-- review:comment -->\nОтличная статья.\nСпасибо автору!\n<!-- /review -->\n\nПорт откроют весной.\n';
    const out = exportOf(text, () => [], (t) => [tag(t, 'boilerplate', 0), tag(t, 'comment', 1)]);
    assert.equal(out.text, 'Власти закрыли порт.\n\nПорт откроют весной.\n');
    assert.deepEqual(
      out.removed.tags.map((t) => [t.kind, t.text, t.reason]),
      [
        ['boilerplate', 'Поддержите редакцию!', 'removed-kind'],
        ['comment', 'Отличная статья.\nСпасибо автору!', 'removed-kind'],
      ],
    );
    assert.equal(out.tags.length, 0);
  });

  it('drops the lines of block-form tag markup but keeps the tagged lines and the paragraph breaks', () => {
    const text = 'First paragraph.\n\n<!-- review:attributed -->\nThe governor said the roads were clear.\n<!-- /review -->\n\nLast paragraph.\n';
    const out = exportOf(text, () => [], (t) => [tag(t, 'attributed')]);
    assert.equal(out.text, 'First paragraph.\n\nThe governor said the roads were clear.\n\nLast paragraph.\n');
    assert.equal(out.tags[0]!.text, 'The governor said the roads were clear.');
  });

  it('lists a note tag inside removed boilerplate as removed, with its original text', () => {
    const text = 'Body sentence here.\nShare this <!-- review:note note="odd" -->story<!-- /review --> on social media\n';
    const out = exportOf(
      text,
      (t) => [finding(t, 'Share this <!-- review:note note="odd" -->story<!-- /review --> on social media', 'boilerplate')],
      (t) => [tag(t, 'note', 0, 'odd')],
    );
    assert.equal(out.text, 'Body sentence here.\n');
    assert.deepEqual(out.removed.tags, [{ kind: 'note', note: 'odd', source: tag(text, 'note').content, text: 'story', reason: 'inside-removed-text' }]);
  });

  it('strips the markup of a tag the scan reports as a problem, and an unknown-kind tag’s closing comment', () => {
    const text = 'A claim <!-- review:boilerplat -->stands here<!-- /review --> and <!-- review:note -->never closes.\n';
    const open = text.indexOf('<!-- review:boilerplat -->');
    const unclosed = text.indexOf('<!-- review:note -->');
    const scan: TagScan = {
      tags: [],
      problems: [
        { kind: 'unknown-kind', span: { start: open, end: open + '<!-- review:boilerplat -->'.length }, message: 'Unknown kind.' },
        { kind: 'unclosed', span: { start: unclosed, end: unclosed + '<!-- review:note -->'.length }, message: 'Unclosed.' },
      ],
    };
    const out = cleanDocument(parseSeed('file:///t.seed', text), [], scan);
    assert.equal(out.text, 'A claim stands here and never closes.\n');
  });
});

describe('tags read by the tag parser in an export', () => {
  it('strips every piece of tag markup, whatever its case and spacing, and keeps the tagged text', () => {
    const text = [
      'The mayor said <!--REVIEW : Unattributed note="who?"-->the dam will hold<!--/Review--> all spring.',
      '',
      '<!-- review:bogus -->A kind nobody knows.<!-- /review --> The works go on.',
      '',
      'A stray closing tag<!-- /review --> stays out too.',
      '',
      'Власти <!-- review:note -->сообщили о ремонте, но тег не закрыт.',
    ].join('\n');
    const out = cleanDocument(parseSeed('file:///t.seed', text), [], scanTags(text));
    assert.equal(
      out.text,
      'The mayor said the dam will hold all spring.\n\nA kind nobody knows. The works go on.\n\nA stray closing tag stays out too.\n\nВласти сообщили о ремонте, но тег не закрыт.\n',
    );
    assert.deepEqual(
      out.tags.map((t) => [t.kind, t.note, t.text]),
      [['unattributed', 'who?', 'the dam will hold']],
    );
  });
});

describe('offsets of an export', () => {
  it('maps a finding that survives to the same text in the clean text, after removals before it', () => {
    const text = 'Support independent journalism.\n\nSources say the dam is cracked 🌊 near the top.\n';
    const out = exportOf(text, (t) => [finding(t, 'Support independent journalism.', 'boilerplate'), finding(t, 'Sources say', 'vague-attribution')]);
    const vague = out.findings[0]!;
    assert.equal(vague.category, 'vague-attribution');
    assert.deepEqual([vague.start, vague.end, vague.text], [0, 11, 'Sources say']);
  });

  it('counts code points for formats that want them, a surrogate pair as one', () => {
    const text = 'a🌊b';
    const points = codePointOffsets(text);
    assert.deepEqual([0, 1, 3, 4].map(points), [0, 1, 2, 3]);
  });
});
