import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, parseSeed } from '../../server/src/engine/index.js';
import { applyEdits } from '../../server/src/engine/tags/edits.js';
import { scanTags } from '../../server/src/engine/tags/parse.js';
import type { TagProblemKind } from '../../server/src/engine/tags/types.js';

const analyzer = createAnalyzer();

const ARTICLE = 'The bridge reopened on Friday after repairs, the council said.';

/** Malformed tag markup, the diagnostic it must get, and what the fixed text must read. */
const CASES: readonly { name: string; text: string; kind: TagProblemKind; fixed: string }[] = [
  {
    name: 'an inline tag never closed',
    text: `${ARTICLE}\n<!-- review:boilerplate -->Share this story  \nNext line.`,
    kind: 'unclosed',
    fixed: `${ARTICLE}\n<!-- review:boilerplate -->Share this story<!-- /review -->  \nNext line.`,
  },
  {
    name: 'a block tag never closed',
    text: `${ARTICLE}\n\n<!-- review:comment -->\nГость: отличная статья\nАнна: согласна\n\nКонец.`,
    kind: 'unclosed',
    fixed: `${ARTICLE}\n\n<!-- review:comment -->\nГость: отличная статья\nАнна: согласна\n<!-- /review -->\n\nКонец.`,
  },
  {
    name: 'a tag comment missing its -->',
    text: `${ARTICLE}\n<!-- review:boilerplate Read more<!-- /review -->`,
    kind: 'unclosed',
    fixed: `${ARTICLE}\n<!-- review:boilerplate --> Read more<!-- /review -->`,
  },
  {
    name: 'a closing tag inside a line with no opening tag',
    text: `${ARTICLE} Read more<!-- /review -->`,
    kind: 'unmatched-close',
    fixed: `${ARTICLE} Read more`,
  },
  {
    name: 'a closing tag on a line of its own with no opening tag',
    text: `${ARTICLE}\n<!-- /review -->\nNext line.`,
    kind: 'unmatched-close',
    fixed: `${ARTICLE}\nNext line.`,
  },
  {
    name: 'a misspelt kind',
    text: `<!-- review:boilerpalte -->Читать далее<!-- /review -->\n${ARTICLE}`,
    kind: 'unknown-kind',
    fixed: `<!-- review:boilerplate -->Читать далее<!-- /review -->\n${ARTICLE}`,
  },
  {
    name: 'an unknown kind with a note',
    text: `<!-- REVIEW:chrome note="site menu" -->Home | News<!-- /review -->\n${ARTICLE}`,
    kind: 'unknown-kind',
    fixed: `<!-- review:note note="site menu" -->Home | News<!-- /review -->\n${ARTICLE}`,
  },
  {
    name: 'a note without quotes',
    text: `<!-- review:unattributed note=who says so -->Prices will fall.<!-- /review -->\n${ARTICLE}`,
    kind: 'malformed-note',
    fixed: `<!-- review:unattributed note="who says so" -->Prices will fall.<!-- /review -->\n${ARTICLE}`,
  },
  {
    name: 'a note in guillemets',
    text: `<!-- review:note note=«кто сказал?» -->Цены упадут.<!-- /review -->\n${ARTICLE}`,
    kind: 'malformed-note',
    fixed: `<!-- review:note note="кто сказал?" -->Цены упадут.<!-- /review -->\n${ARTICLE}`,
  },
  {
    name: 'a note with no closing quote',
    text: `<!-- review:note note="check "this" -->Text<!-- /review -->`,
    kind: 'malformed-note',
    fixed: `<!-- review:note note="check  this\\"" -->Text<!-- /review -->`,
  },
];

for (const c of CASES) {
  test(`${c.name} gets a tag/${c.kind} diagnostic, and its fix makes the markup well-formed`, () => {
    const findings = analyzer.analyze(parseSeed('memory://t.seed', c.text)).filter((f) => f.category === 'tag');
    assert.deepEqual(
      findings.map((f) => f.rule),
      [`tag/${c.kind}`],
    );
    const problem = scanTags(c.text).problems.find((p) => p.kind === c.kind)!;
    assert.equal(problem.span.start, findings[0]!.start);
    assert.ok(problem.repair, 'the problem has a fix');
    const fixed = applyEdits(c.text, problem.repair.edits);
    assert.equal(fixed, c.fixed);
    assert.deepEqual(scanTags(fixed).problems, []);
    assert.deepEqual(
      analyzer.analyze(parseSeed('memory://t.seed', fixed)).filter((f) => f.category === 'tag'),
      [],
    );
  });
}

test('tag diagnostics are warnings of the tag category with a message naming the fix', () => {
  const [finding] = analyzer.analyze(parseSeed('memory://t.seed', `${ARTICLE}<!-- /review -->`)).filter((f) => f.category === 'tag');
  assert.equal(finding?.severity, 'warning');
  assert.match(finding?.message ?? '', /no opening tag/);
});
