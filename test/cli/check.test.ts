import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkSeeds } from '../../server/src/cli/check.js';
import { checkExitStatus } from '../../server/src/cli/exitStatus.js';
import { isFailed } from '../../server/src/cli/report.js';
import { normaliseLine, type Rule } from '../../server/src/engine/index.js';
import { tempTree } from './helpers.js';

/** A rule with a bug: it throws on documents that mention a lighthouse. */
const FRAGILE_RULE: Rule = {
  id: 'boilerplate/fragile',
  category: 'boilerplate',
  defaultSeverity: 'warning',
  description: 'Flags the first line; throws on lighthouses.',
  detect(doc) {
    if (doc.text.includes('lighthouse')) {
      throw new Error('lighthouse not handled');
    }
    return [{ start: doc.lines[0]!.start, end: doc.lines[0]!.end, message: 'First line.' }];
  },
};

describe('checkSeeds', () => {
  it('reports a rule that throws on one file as that file\'s error, and checks the others', async () => {
    const root = tempTree({ 'a.txt': 'The lighthouse keeper retired on Monday.\n', 'b.txt': 'The ferry pier reopened on Friday.\n' });
    const errors: string[] = [];
    const report = await checkSeeds([root], { rules: [FRAGILE_RULE] }, { error: (p, m) => errors.push(`${p}: ${m}`), note: () => {} });
    const [a, b] = report.files;
    assert.ok(a && isFailed(a));
    assert.match(a.error, /^Internal error while checking this file \(please report it\): lighthouse not handled$/u);
    assert.ok(b && !isFailed(b));
    assert.equal(b.diagnostics.length, 1);
    assert.deepEqual(errors, [`${join(root, 'a.txt')}: ${a.error}`]);
    assert.equal(checkExitStatus(report, 'warning'), 2);
  });

  it('gives every document the whole corpus', async () => {
    const root = tempTree({ 'a.txt': 'Shared footer line of the site.\nFirst story.\n', 'b.txt': 'Shared footer line of the site.\nSecond story.\n' });
    const seen: number[] = [];
    const corpusRule: Rule = {
      id: 'boilerplate/corpus-probe',
      category: 'boilerplate',
      defaultSeverity: 'hint',
      description: 'Reports how many other documents share the first line.',
      detect(doc, ctx) {
        seen.push(ctx.corpus.size);
        const others = ctx.corpus.documentsWithLine(normaliseLine(doc.lines[0]!.text), doc.uri);
        return others.length > 0 ? [{ start: 0, end: doc.lines[0]!.end, message: `Also in ${others.length}.` }] : [];
      },
    };
    const report = await checkSeeds([root], { rules: [corpusRule] }, { error: () => {}, note: () => {} });
    assert.deepEqual(seen, [2, 2]);
    assert.deepEqual(
      report.files.map((f) => (isFailed(f) ? f.error : f.diagnostics.map((d) => d.message))),
      [['Also in 1.'], ['Also in 1.']],
    );
  });
});
