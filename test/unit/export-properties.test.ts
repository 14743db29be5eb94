/**
 * Properties of the export over generated English and Russian documents with tags (inline and
 * block form, every kind) and findings (from the analyzer, plus random spans of every category).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createAnalyzer, parseSeed, scanTags, type Category, type Finding } from '../../server/src/engine/index.js';
import { cleanDocument, type CleanDocument } from '../../server/src/engine/export/index.js';
import { TAG_KINDS, type ReviewTag, type TagKind } from '../../server/src/engine/tags/types.js';
import { fcParams } from '../fuzz/arbitraries.js';

const SENTENCES = [
  'The council approved the new budget on Monday.',
  'Officials said the bridge would reopen in May.',
  'Some say the port has been closed for weeks.',
  'Subscribe to our newsletter for daily updates!',
  'Городской совет утвердил бюджет в понедельник.',
  'По словам губернатора, мост откроют весной.',
  'Поддержите независимую журналистику!',
  'Эксперты «Центра» назвали решение „ошибкой“ 🌊.',
];

type Piece =
  | { readonly type: 'line'; readonly text: string }
  | { readonly type: 'blank' }
  | { readonly type: 'tag'; readonly kind: TagKind; readonly text: string; readonly block: boolean; readonly note?: string };

const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...SENTENCES).map((text): Piece => ({ type: 'line', text })) },
  { weight: 3, arbitrary: fc.constant<Piece>({ type: 'blank' }) },
  {
    weight: 3,
    arbitrary: fc
      .record({
        kind: fc.constantFrom(...TAG_KINDS),
        text: fc.constantFrom(...SENTENCES),
        block: fc.boolean(),
        note: fc.option(fc.constantFrom('who says so?', 'проверить'), { nil: undefined }),
      })
      .map((t): Piece => ({ type: 'tag', ...t })),
  },
);

interface Generated {
  readonly text: string;
  readonly tags: ReviewTag[];
}

/** Builds a seed from pieces, recording where each tag's markup and content land. */
function build(pieces: readonly Piece[], lineBreak: string): Generated {
  let text = '';
  const tags: ReviewTag[] = [];
  for (const p of pieces) {
    if (p.type === 'blank') {
      text += lineBreak;
    } else if (p.type === 'line') {
      text += p.text + lineBreak;
    } else {
      const openText = `<!-- review:${p.kind}${p.note !== undefined ? ` note="${p.note}"` : ''} -->`;
      const sep = p.block ? lineBreak : '';
      const open = { start: text.length, end: text.length + openText.length };
      const content = { start: open.end + sep.length, end: open.end + sep.length + p.text.length };
      const close = { start: content.end + sep.length, end: content.end + sep.length + '<!-- /review -->'.length };
      text += `${openText}${sep}${p.text}${sep}<!-- /review -->${lineBreak}`;
      tags.push({ kind: p.kind, ...(p.note !== undefined ? { note: p.note } : {}), open, close, content, block: p.block });
    }
  }
  return { text, tags };
}

const CATEGORIES: Category[] = ['boilerplate', 'comment', 'unattributed-claim', 'vague-attribution'];

const generated = fc
  .record({
    pieces: fc.array(piece, { maxLength: 18 }),
    lineBreak: fc.constantFrom('\n', '\r\n'),
    spans: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), category: fc.constantFrom(...CATEGORIES) }), { maxLength: 6 }),
  })
  .map(({ pieces, lineBreak, spans }) => {
    const { text, tags } = build(pieces, lineBreak);
    const doc = parseSeed('file:///generated.seed', text);
    const random: Finding[] = spans.map(({ a, b, category }) => {
      const start = Math.min(a, b) % (text.length + 1);
      const end = Math.min(text.length, start + (Math.max(a, b) % 80));
      return { start, end, category, rule: `test/${category}`, severity: 'warning', message: 'Generated.' };
    });
    const findings = [...createAnalyzer().analyze(doc), ...random].sort((x, y) => x.start - y.start);
    return { text, tags, findings, out: cleanDocument(doc, findings, { tags, problems: [] }) };
  });

function assertSlicesBack(out: CleanDocument): void {
  for (const span of [...out.tags, ...out.findings]) {
    assert.ok(span.end > span.start, 'a kept span is not empty');
    assert.equal(out.text.slice(span.start, span.end), span.text);
    assert.equal(span.text, span.text.trim(), 'a kept span is trimmed');
  }
}

/** Tag markup as reviewers mistype it: odd case and spacing, unknown kinds, bad notes, strays, missing ends. */
const MESSY_MARKUP = [
  '<!-- review:note -->',
  '<!--REVIEW : Unattributed-->',
  '<!-- review:boilerplat -->',
  '<!-- review:note note="unterminated -->',
  '<!-- review:note note=bare -->',
  '<!-- /review -->',
  '<!--/Review-->',
  '<!-- review:comment',
  '<!-- review:attributed note="a \\"quoted\\" word" -->',
];

const messy = fc
  .array(fc.oneof(fc.constantFrom(...SENTENCES), fc.constantFrom(...MESSY_MARKUP), fc.constantFrom('\n', '\n\n', ' ')), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('export properties over generated documents', () => {
  it('leaves no review-tag markup in the clean text of texts with messy tags, as the tag parser reads them', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const doc = parseSeed('file:///messy.seed', text);
        const out = cleanDocument(doc, createAnalyzer().analyze(doc), scanTags(text));
        assert.doesNotMatch(out.text, /<!--\s*\/?\s*review/iu);
        assertSlicesBack(out);
      }),
      fcParams(150),
    );
  });

  it('gives every kept tag and finding offsets that slice the clean text back to its text', () => {
    fc.assert(
      fc.property(generated, ({ out }) => assertSlicesBack(out)),
      fcParams(150),
    );
  });

  it('copies the clean text from the original in runs, in order, and inserts nothing but line breaks', () => {
    fc.assert(
      fc.property(generated, ({ text, out }) => {
        let covered = 0;
        let lastSource = -1;
        for (const run of out.map.runs) {
          assert.equal(out.text.slice(run.clean, run.clean + run.length), text.slice(run.source, run.source + run.length));
          assert.ok(run.source > lastSource, 'runs follow the original order');
          lastSource = run.source;
          covered += run.length;
        }
        const inserted = out.text.length - covered;
        assert.equal(inserted, (out.text.match(/\n/gu) ?? []).length, 'only line breaks are inserted');
      }),
      fcParams(150),
    );
  });

  it('strips all tag markup, keeps paragraphs, and has no runs of blank lines nor leading or trailing ones', () => {
    fc.assert(
      fc.property(generated, ({ out }) => {
        assert.doesNotMatch(out.text, /<!--|-->/u);
        assert.doesNotMatch(out.text, /\n\n\n/u);
        assert.doesNotMatch(out.text, /^\s/u);
        // The generated lines are never indented, so no removal may leave a line starting with a space.
        assert.doesNotMatch(out.text, /^[ \t]/mu);
        assert.ok(out.text === '' || (out.text.endsWith('\n') && !out.text.endsWith('\n\n')));
        assert.doesNotMatch(out.text, /\r|[ \t]\n/u);
      }),
      fcParams(150),
    );
  });

  it('keeps the content of attributed, unattributed and note tags byte for byte, unless removed text overlaps it', () => {
    fc.assert(
      fc.property(generated, ({ text, tags, findings, out }) => {
        const removedFindings = findings.filter((f) => f.category === 'boilerplate' || f.category === 'comment');
        const removedTags = tags.filter((t) => t.kind === 'boilerplate' || t.kind === 'comment');
        for (const t of tags) {
          if (removedTags.includes(t)) {
            continue;
          }
          const overlaps = [...removedFindings, ...removedTags.map((r) => ({ start: r.open.start, end: r.close.end }))].some(
            (r) => r.start < t.content.end + 1 && r.end > t.content.start - 1 && r.end > r.start,
          );
          const kept = out.tags.find((k) => k.source.start === t.content.start);
          if (!overlaps) {
            assert.ok(kept, `the ${t.kind} tag is kept`);
            assert.equal(kept.text, text.slice(t.content.start, t.content.end));
          } else if (kept === undefined) {
            assert.ok(out.removed.tags.some((r) => r.source.start === t.content.start), 'a tag not kept is listed as removed');
          }
        }
        assert.equal(out.tags.length + out.removed.tags.length, tags.length);
        assert.equal(out.findings.length + out.removed.findings.length, findings.length);
      }),
      fcParams(150),
    );
  });
});
