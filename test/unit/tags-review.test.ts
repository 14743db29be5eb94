import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndex, createAnalyzer, parseSeed, type Category, type Finding } from '../../server/src/engine/index.js';
import { applyEdits, tagEdits } from '../../server/src/engine/tags/edits.js';
import { SILENCES } from '../../server/src/engine/tags/review.js';
import { lazySeed } from '../../server/src/lsp/lazySeed.js';
import { TAG_KINDS, type TagKind } from '../../server/src/engine/tags/types.js';

const analyzer = createAnalyzer();

const ENGLISH = [
  'Harbour workers ended a three-week strike on Tuesday, the union said.',
  'The army shelled the village overnight, killing four civilians.',
  'Experts say the ban will hurt farmers across the north.',
  'Wheat prices rose by 12 percent last year across the region.',
  '',
  'Support us! Donate now to keep our independent journalism free for every reader.',
  '',
  'Read more',
  '',
].join('\n');

const RUSSIAN = [
  'В Самаре открыли новый мост через реку, сообщили в мэрии.',
  'Армия обстреляла село ночью, погибли четыре человека.',
  'По мнению экспертов, запрет ударит по фермерам.',
  '',
  'Поддержите нас! Пожертвуйте любую сумму, чтобы мы могли продолжать работу.',
  '',
  'Читать далее',
  '',
].join('\n');

/** Findings as (rule, flagged text): comparable across texts whose offsets differ. */
function flagged(text: string): string[] {
  return analyzer.analyze(parseSeed('memory://doc.seed', text)).map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`);
}

function findingOf(text: string, category: Category): Finding {
  const f = analyzer.analyze(parseSeed('memory://doc.seed', text)).find((x) => x.category === category);
  assert.ok(f, `the untagged text has a ${category} finding`);
  return f;
}

/** `text` with the sentence or line holding `finding` tagged as `kind`. */
function tagged(text: string, finding: Finding, kind: TagKind): string {
  const edits = tagEdits(text, finding, kind);
  assert.ok(edits);
  return applyEdits(text, edits);
}

for (const [language, text] of [
  ['English', ENGLISH],
  ['Russian', RUSSIAN],
] as const) {
  test(`tagging a ${language} finding with its own kind silences it and leaves every other finding as it was`, () => {
    const before = flagged(text);
    for (const [category, kind] of [
      ['boilerplate', 'boilerplate'],
      ['unattributed-claim', 'unattributed'],
      ['vague-attribution', 'attributed'],
    ] as const) {
      const finding = findingOf(text, category);
      const key = `${finding.rule}: ${text.slice(finding.start, finding.end)}`;
      const after = flagged(tagged(text, finding, kind));
      assert.deepEqual(after, before.filter((k) => k !== key), `${category} tagged as ${kind}`);
    }
  });
}

test('each kind silences exactly the categories the contract gives it inside its span', () => {
  for (const category of ['boilerplate', 'unattributed-claim', 'vague-attribution'] as const) {
    const finding = findingOf(ENGLISH, category);
    for (const kind of TAG_KINDS) {
      const key = `${finding.rule}: ${ENGLISH.slice(finding.start, finding.end)}`;
      const still = flagged(tagged(ENGLISH, finding, kind)).includes(key);
      assert.equal(still, !SILENCES[kind].includes(category), `${category} under a ${kind} tag`);
    }
  }
  assert.deepEqual(SILENCES.note, [], 'a note silences nothing');
  assert.deepEqual([...SILENCES.attributed].sort(), ['unattributed-claim', 'vague-attribution']);
  assert.ok(SILENCES.unattributed.includes('unattributed-claim'));
});

test('an attributed tag around the whole sentence silences a vague attribution inside it', () => {
  const sentence = 'Experts say the ban will hurt farmers across the north.';
  const start = ENGLISH.indexOf(sentence);
  const text = applyEdits(ENGLISH, tagEdits(ENGLISH, { start, end: start + sentence.length }, 'attributed')!);
  assert.ok(!flagged(text).some((k) => k.startsWith('attribution/vague-attribution')));
});

test('a tag silences only inside its span: the same line elsewhere is still reported', () => {
  const text = `${ENGLISH}\nRead more\n`;
  const first = text.indexOf('Read more');
  const out = flagged(applyEdits(text, tagEdits(text, { start: first, end: first + 9 }, 'boilerplate')!));
  assert.equal(out.filter((k) => k === 'boilerplate/read-more: Read more').length, 1);
});

test('tag markup inside a sentence does not change what the detectors find', () => {
  const word = ENGLISH.indexOf('village');
  const text = applyEdits(ENGLISH, tagEdits(ENGLISH, { start: word, end: word + 7 }, 'note', 'which village?')!);
  const markupFree = (k: string) => k.replace(/<!--[^]*?-->/g, '');
  assert.deepEqual(flagged(text).map(markupFree), flagged(ENGLISH));
});

test('a reader-comment section tagged in the block form is no longer reported', () => {
  const text = [
    'Volunteers cleared eleven tonnes of litter from the beaches over the weekend.',
    '',
    '2 Comments',
    '',
    '1. seaside_sam',
    'March 3, 2024 at 9:14 am',
    'Great job everyone, the beach looks amazing now.',
    'Reply',
    '2. Olga K.',
    'March 3, 2024 at 11:02 am',
    'Thanks for organising this, see you next year!',
    'Reply',
    '',
  ].join('\n');
  const comments = analyzer.analyze(parseSeed('memory://c.seed', text)).filter((f) => f.category === 'comment');
  assert.ok(comments.length >= 2, 'the untagged section has reader comments');
  const start = Math.min(...comments.map((c) => c.start));
  const end = Math.max(...comments.map((c) => c.end));
  const edits = tagEdits(text, { start, end }, 'comment')!;
  const after = applyEdits(text, edits);
  assert.match(after, /\n<!-- review:comment -->\n1\. seaside_sam/);
  assert.deepEqual(
    analyzer.analyze(parseSeed('memory://c.seed', after)).filter((f) => f.category === 'comment'),
    [],
  );
});

test('parsing keeps the document text as written and gives the rules the masked text at the same offsets', () => {
  const text = 'Intro.\n<!-- review:boilerplate -->Read more<!-- /review -->\n';
  const doc = parseSeed('memory://m.seed', text);
  assert.equal(doc.text, text);
  assert.equal(doc.maskedText?.length, text.length);
  assert.equal(doc.maskedText?.slice(text.indexOf('Read'), text.indexOf('Read') + 9), 'Read more');
  assert.ok(!doc.maskedText?.includes('<!--'));
  assert.equal(doc.tags?.tags.length, 1);
});

test('a tagged line still counts as the same line for the other documents of the corpus', () => {
  const tagged = 'The council met on Monday to discuss the budget for next year.\n<!-- review:boilerplate -->Follow the Daily Courier on every platform<!-- /review -->\n';
  const other = 'Trams will run less often on Sundays from March, the operator said.\nFollow the Daily Courier on every platform\n';
  for (const add of ['set', 'setText'] as const) {
    const corpus = new CorpusIndex();
    if (add === 'set') {
      corpus.set(parseSeed('memory://a.seed', tagged));
    } else {
      corpus.setText('memory://a.seed', tagged);
    }
    const doc = parseSeed('memory://b.seed', other);
    corpus.set(doc);
    const repeated = analyzer.analyze(doc, corpus).filter((f) => f.rule === 'boilerplate/repeated-line');
    assert.deepEqual(
      repeated.map((f) => other.slice(f.start, f.end)),
      ['Follow the Daily Courier on every platform'],
      add,
    );
  }
});

test('a workspace document parsed lazily has its tags too: tagged spans are silenced there as well', () => {
  const text = `${ENGLISH}<!-- review:boilerplate -->Читать далее<!-- /review -->\n`;
  const lazy = lazySeed('file:///w/seeds/lazy.txt', text);
  assert.equal(lazy.tags?.tags.length, 1);
  assert.equal(lazy.maskedText?.length, text.length);
  const out = analyzer.analyze(lazy).map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`);
  assert.deepEqual(out, flagged(text));
  assert.ok(!out.some((k) => k.includes('Читать далее')));
});
