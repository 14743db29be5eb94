import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ATTRIBUTION, READER_ADDRESS, cueIn, wordBoundedMatcher, type CueKind, type WordBoundedMatcher } from '../../server/src/engine/boilerplate/lexicon.js';
import { fcParams } from '../fuzz/arbitraries.js';

const KINDS: readonly CueKind[] = ['donation', 'newsletter', 'privacy', 'cookie', 'disclaimer', 'copyright'];
const MATCHERS: readonly [string, WordBoundedMatcher][] = [
  ['READER_ADDRESS', READER_ADDRESS],
  ['ATTRIBUTION', ATTRIBUTION],
  ...KINDS.map((k): [string, WordBoundedMatcher] => [k, cueIn(k)]),
];

/** The plain regex each matcher stands for: what the rules used before. */
const reference = (m: WordBoundedMatcher) => new RegExp(m.source, m.flags);

/** Cue words and phrases of every matcher, English and Russian, in several cases. */
const CUES = [
  'donate', 'Donations', 'support us', 'your support', 'chip in', 'newsletter', 'sign up for our', 'e-mail address',
  'cookies', 'Accept all', 'privacy policy', 'Terms of Use', 'disclaimer', 'views expressed', 'affiliate links',
  'all rights reserved', 'Copyright', '©', '(c) 2023', 'said', 'SAYS', 'according to', 'told', 'you', 'You’re', 'YOU',
  'we', 'We’ve', 'US', 'us', 'our', 'Dear readers', 'вы', 'Вас', 'наши', 'Мы', 'пишет', 'заявила', 'по словам',
  'передаёт', 'рассылку', 'пожертвование', 'поддержите нас', 'куки', 'политика конфиденциальности',
  'мнение редакции не совпадает', 'все права защищены', 'Уважаемые читатели',
];
/** What may stand next to a cue: letters and digits that make it part of a longer word, and everything else. */
const GLUE = [
  ' ', ' ', '. ', ', ', '«', '»', '—', '-', '\u00a0', '(', ')', '"', '’', '\t', 'x', 'S', 'Ы', 'ё', 'é', '7', '_',
  'ſ', '\u212a', '\u0345', '\u0301', 'İ', '😀', '𝐀', '\ud800', 'ﬁ', 'Ｙ',
];

const line = fc
  .array(fc.oneof(fc.constantFrom(...CUES), fc.constantFrom(...GLUE)), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('word-bounded cue matchers', () => {
  it('answer as their plain regex on generated English and Russian lines', () => {
    const plain = MATCHERS.map(([name, m]) => [name, m, reference(m)] as const);
    fc.assert(
      fc.property(line, (text) => {
        for (const [name, m, re] of plain) {
          assert.equal(m.test(text), re.test(text), `${name} on ${JSON.stringify(text)}`);
        }
      }),
      fcParams(2000),
    );
  });

  it('answer as their plain regex on hand-written lines and on the seeds', () => {
    const lines = [
      '',
      'Support us: donate today!',
      'The minister said on Tuesday that the plan would go ahead.',
      'USAID said the US would pay.',
      'Sayswho and saidx are not cues; x said is one.',
      'Подпишитесь на нашу рассылку, чтобы получать новости.',
      'Поддержите нас — сделайте пожертвование.',
      'По словам министра, решение уже принято.',
      'Мнение редакции может не совпадать с мнением автора.',
      '© 2024 Все права защищены.',
      'We use cookies. Accept all / Reject all',
      'Unsaid things and unsubscribed readers.',
    ];
    for (const file of readdirSync('seeds')) {
      lines.push(...readFileSync(`seeds/${file}`, 'utf8').split(/\r\n|\n|\r/));
    }
    for (const text of lines) {
      for (const [name, m] of MATCHERS) {
        assert.equal(m.test(text), reference(m).test(text), `${name} on ${JSON.stringify(text)}`);
      }
    }
    assert.equal(cueIn('donation').test('Support us: donate today!'), true);
    assert.equal(ATTRIBUTION.test('Unsaid things.'), false);
  });

  it('takes only patterns that open with the word-boundary lookbehind', () => {
    assert.throws(() => wordBoundedMatcher('said', 'u'));
    assert.throws(() => wordBoundedMatcher('(?<![\\p{L}\\p{N}])said', 'gu'));
  });
});
