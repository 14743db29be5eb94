import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSettings } from '../../server/src/settings/schema.js';

test('valid settings pass through, with shorthand rule overrides expanded', () => {
  const { settings, problems } = parseSettings({
    rules: { comment: false, 'boilerplate/page-chrome': 'hint', boilerplate: { severity: 'error' } },
    extraBoilerplatePhrases: ['Listen to this article'],
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(settings.rules, {
    comment: { enabled: false },
    'boilerplate/page-chrome': { severity: 'hint' },
    boilerplate: { severity: 'error' },
  });
  assert.deepEqual(settings.extraBoilerplatePhrases, ['Listen to this article']);
});

test('a wrong value is reported with its key and the default is kept for that key only', () => {
  const { settings, problems } = parseSettings({ rules: { comment: 'loud' }, extraBoilerplatePhrases: ['Keep me'] });
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /sourceReview\.rules\.comment/);
  assert.deepEqual(settings.rules, {});
  assert.deepEqual(settings.extraBoilerplatePhrases, ['Keep me']);
});

test('settings that are not an object give the defaults and one problem', () => {
  const { settings, problems } = parseSettings('nonsense');
  assert.equal(problems.length, 1);
  assert.deepEqual(settings.extraBoilerplatePhrases, []);
  assert.deepEqual(parseSettings(undefined).problems, []);
});
