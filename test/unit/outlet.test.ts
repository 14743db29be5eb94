import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSeed } from '../../server/src/engine/document.js';

const outletOf = (text: string): string | null => parseSeed('mem://o.txt', text).outlet;

test('an appeal at the head of the page names the outlet', () => {
  assert.equal(outletOf('Support The Harbour Gazette!\n\nCouncil closes bridge\n\nThe council voted on Monday.'), 'The Harbour Gazette');
});

test('"A Message from X" names the outlet', () => {
  assert.equal(outletOf('Story text here.\n\nA Message from Northern Ledger:\n\nDear readers, we need you.'), 'Northern Ledger');
});

test('a wire dateline names the agency', () => {
  assert.equal(outletOf('Headline\n\nLONDON, March 3 (Reuters) - Shares fell on Monday.'), 'Reuters');
  assert.equal(outletOf('Заголовок\n\nМОСКВА, 3 марта. /ИТАР-ТАСС/. Акции упали в понедельник.'), 'ИТАР-ТАСС');
});

test('a short source prefix on an early paragraph names the source', () => {
  assert.equal(outletOf('Foreign press: ministers meet\n\nAFP: Ministers met in Paris on Friday to discuss grain exports.'), 'AFP');
});

test('a copyright line at the foot names the outlet', () => {
  assert.equal(outletOf('The ferry resumed service.\n\n© 2023 Coastal Courier. All rights reserved.'), 'Coastal Courier');
});

test('ordinary prose names no outlet', () => {
  assert.equal(outletOf('The ferry resumed service on Friday after repairs, the operator said.\n\nPassengers welcomed it.'), null);
  assert.equal(outletOf('UPDATE: The ferry resumed service on Friday.'), null);
  assert.equal(outletOf('Паром возобновил работу в пятницу после ремонта, сообщил оператор.'), null);
});
