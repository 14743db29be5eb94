/** Rules of the `tag` category: problems with the review tags themselves, one rule per kind of problem. */
import type { Rule, RuleHit } from '../rule.js';
import type { SeedDocument } from '../../document.js';
import { scanTags } from '../../tags/parse.js';
import type { TagProblemKind } from '../../tags/types.js';

function tagRule(kind: TagProblemKind, description: string): Rule {
  return {
    id: `tag/${kind}`,
    category: 'tag',
    defaultSeverity: 'warning',
    description,
    detect(doc: SeedDocument): RuleHit[] {
      const scan = doc.tags ?? scanTags(doc.text);
      return scan.problems.filter((p) => p.kind === kind).map((p) => ({ start: p.span.start, end: p.span.end, message: p.message }));
    },
  };
}

/** The tag rules in registry order. */
export const TAG_RULES: readonly Rule[] = [
  tagRule(
    'unclosed',
    'A review tag that is never closed: an opening `<!-- review:kind -->` with no `<!-- /review -->` after it, ' +
      'or a tag comment missing its `-->`. The tag marks nothing until it is closed.',
  ),
  tagRule(
    'unmatched-close',
    'A closing tag `<!-- /review -->` with no opening tag before it (tags nest like HTML: each closing tag ' +
      'closes the most recent open tag).',
  ),
  tagRule(
    'unknown-kind',
    'A review tag whose kind is not one of boilerplate, comment, unattributed, attributed or note; ' +
      'it marks nothing reviewed. The quick fix offers the nearest kind.',
  ),
  tagRule(
    'malformed-note',
    'A review tag whose note is not written `note="…"` (missing quotes, curly quotes, no closing quote, ' +
      'stray words after the kind). The tag still counts; the quick fix rewrites the note.',
  ),
];
