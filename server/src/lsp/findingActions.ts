/**
 * Code actions on findings: tag one finding, mark a claim attributed, remove boilerplate or a
 * reader comment, tag every finding of a category, and the fix-all source action.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { Category, Finding, Span, TagKind, TagScan } from '../engine/index.js';
import { removeSpanEdit, tagEdits } from '../engine/tags/edits.js';
import { tagAllEdits, type TagRequest } from '../engine/tags/bulk.js';
import { FIX_ALL_KIND, quote, workspaceEdit, type EditTarget } from './actionEdits.js';

/** The tag kind that records a reviewer's agreement with a finding of each category. */
export const OWN_KIND: Readonly<Record<Exclude<Category, 'tag'>, TagKind>> = {
  boilerplate: 'boilerplate',
  comment: 'comment',
  'unattributed-claim': 'unattributed',
  'vague-attribution': 'attributed',
};

/** Categories fix-all tags (with their own kind): the ones whose span is not article text. */
export const FIX_ALL_CATEGORIES: readonly Category[] = ['boilerplate', 'comment'];

const TAG_CHOICES: readonly TagKind[] = ['boilerplate', 'comment', 'unattributed'];

const CATEGORY_NAMES: Partial<Record<Category, { one: string; many: string }>> = {
  boilerplate: { one: 'boilerplate', many: 'boilerplate findings' },
  comment: { one: 'reader comment', many: 'reader comments' },
};

/** What the finding actions work on: the document's text, its findings and its tags, of one version. */
export interface FindingContext {
  readonly target: EditTarget;
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly scan: TagScan;
  /** The published diagnostic of a finding (the client's own object when it sent one). */
  diagnostic(finding: Finding): Diagnostic;
}

/** Quick fixes for the findings at the requested span (all findings but `tag` ones). */
export function findingActions(ctx: FindingContext, at: readonly Finding[]): CodeAction[] {
  const out: CodeAction[] = [];
  const several = at.length > 1;
  for (const f of at) {
    if (f.category === 'tag') {
      continue;
    }
    const suffix = several ? `: ${quote(ctx.text, f)}` : '';
    const diagnostics = [ctx.diagnostic(f)];
    const own = OWN_KIND[f.category];
    for (const kind of TAG_CHOICES) {
      push(out, ctx, `Tag as ${kind}${suffix}`, tagEdits(ctx.text, f, kind), diagnostics, own === kind);
    }
    if (f.category === 'unattributed-claim' || f.category === 'vague-attribution') {
      push(out, ctx, `Mark as attributed (reviewed)${suffix}`, tagEdits(ctx.text, f, 'attributed'), diagnostics, own === 'attributed');
    }
    const name = CATEGORY_NAMES[f.category];
    if (name) {
      const removal = removeSpanEdit(ctx.text, f);
      push(out, ctx, `Remove this ${name.one}${suffix}`, keepsMarkup(ctx.scan, removal.span) ? [removal] : undefined, diagnostics, false);
    }
  }
  for (const category of new Set(at.map((f) => f.category))) {
    const name = CATEGORY_NAMES[category];
    const all = ctx.findings.filter((f) => f.category === category);
    if (!name || all.length < 2) {
      continue;
    }
    const bulk = tagAllEdits(ctx.text, ctx.scan, all.map((f) => ({ span: f, kind: OWN_KIND[category as 'boilerplate' | 'comment'] })));
    if (bulk && bulk.tagged.length > 0) {
      const title = `Tag all ${bulk.tagged.length} ${bulk.tagged.length === 1 ? name.one : name.many} in this file`;
      out.push({ title, kind: CodeActionKind.QuickFix, edit: workspaceEdit(ctx.target, bulk.edits) });
    }
  }
  return out;
}

/**
 * The fix-all source action: tags every boilerplate and reader-comment finding with its own
 * kind. It never deletes text (a removal is a decision the reviewer makes one span at a time),
 * and it leaves attribution findings alone (they need reading).
 */
export function fixAllAction(ctx: FindingContext): CodeAction | undefined {
  const requests: TagRequest[] = ctx.findings
    .filter((f) => FIX_ALL_CATEGORIES.includes(f.category))
    .map((f) => ({ span: f, kind: OWN_KIND[f.category as 'boilerplate' | 'comment'] }));
  const bulk = requests.length > 0 ? tagAllEdits(ctx.text, ctx.scan, requests) : undefined;
  if (!bulk || bulk.tagged.length === 0) {
    return undefined;
  }
  const n = bulk.tagged.length;
  return {
    title: `Tag ${n} boilerplate and reader-comment finding${n === 1 ? '' : 's'}`,
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(ctx.target, bulk.edits),
  };
}

function push(out: CodeAction[], ctx: FindingContext, title: string, edits: readonly { span: Span; newText: string }[] | undefined, diagnostics: Diagnostic[], isPreferred: boolean): void {
  if (!edits) {
    return;
  }
  out.push({ title, kind: CodeActionKind.QuickFix, diagnostics, ...(isPreferred ? { isPreferred } : {}), edit: workspaceEdit(ctx.target, edits) });
}

/** Whether deleting `span` leaves every tag whole: each tag's two comments both go or both stay, and no other markup is cut. */
function keepsMarkup(scan: TagScan, span: Span): boolean {
  const inside = (s: Span) => span.start <= s.start && s.end <= span.end;
  const touches = (s: Span) => s.start < span.end && span.start < s.end;
  for (const tag of scan.tags) {
    if (inside(tag.open) !== inside(tag.close) || (touches(tag.open) && !inside(tag.open)) || (touches(tag.close) && !inside(tag.close))) {
      return false;
    }
  }
  const paired = new Set(scan.tags.flatMap((t) => [t.open.start, t.close.start]));
  return !(scan.markup ?? []).some((m) => !paired.has(m.start) && touches(m));
}
