import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, isoDate, publicationDate, datesCompatible } from '../../server/src/engine/events/dates.js';

const isos = (text: string, reference?: { year: number; month: number; day: number }): string[] =>
  findDates(text, reference).map((d) => isoDate(d.date)).filter((s) => s !== '');

test('an English month and day take the year of the article', () => {
  assert.deepEqual(isos('The pact takes effect from Mar. 14, officials said.', { year: 2023, month: 3, day: 16 }), ['2023-03-14']);
});

test('an English month and day without an article date stay without a year', () => {
  assert.deepEqual(isos('The pact takes effect from Mar. 14, officials said.'), ['--03-14']);
});

test('a Russian day and month in the genitive are read, with a year when written', () => {
  assert.deepEqual(isos('Соглашение вступит в силу с 14 марта.'), ['--03-14']);
  assert.deepEqual(isos('Договор подписан 3 октября 2021 года в Минске.'), ['2021-10-03']);
});

test('"on Monday" in past-tense reporting is the last Monday before the article', () => {
  // 2024-05-15 is a Wednesday.
  assert.deepEqual(isos('The minister resigned on Monday after the vote.', { year: 2024, month: 5, day: 15 }), ['2024-05-13']);
});

test('"в понедельник" is resolved the same way in Russian', () => {
  assert.deepEqual(isos('Министр в понедельник подал в отставку.', { year: 2024, month: 5, day: 15 }), ['2024-05-13']);
});

test('a weekday in a sentence about the future is the next one', () => {
  assert.deepEqual(isos('The two leaders will meet on Monday in Vienna.', { year: 2024, month: 5, day: 15 }), ['2024-05-20']);
});

test('a weekday without an article date keeps only the weekday', () => {
  const [d] = findDates('The minister resigned on Monday.');
  assert.equal(d?.weekday, 1);
  assert.equal(isoDate(d!.date), '');
});

test('numeric dates are read day-first with dots and month-first with slashes', () => {
  assert.deepEqual(isos('Опубликовано 05.04.2023 в 10:15'), ['2023-04-05']);
  assert.deepEqual(isos('Posted 11 / 27 / 2005 7:21 AM'), ['2005-11-27']);
});

test('the publication date comes from a front-matter block', () => {
  const text = '---\ntitle: Floods in the south\ndate: 2023-09-12\n---\nRivers burst their banks on Monday.';
  assert.deepEqual(publicationDate(text), { year: 2023, month: 9, day: 12 });
});

test('the publication date comes from a dateline near the top, not from a sentence', () => {
  assert.deepEqual(publicationDate('Floods in the south\nPublished June 4, 2019\nRivers burst their banks.'), { year: 2019, month: 6, day: 4 });
  assert.equal(publicationDate('Rivers burst their banks on June 4, 2019, after three days of heavy rain across the whole region.'), undefined);
});

test('a date without a year is compatible with the same day of any year, not another day', () => {
  assert.equal(datesCompatible({ month: 2, day: 22 }, { year: 2022, month: 2, day: 22 }), true);
  assert.equal(datesCompatible({ month: 2, day: 22 }, { year: 2022, month: 2, day: 21 }), false);
});
