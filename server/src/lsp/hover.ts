/** Hover content for findings: what the rule is, and the corpus evidence behind it. */
import { isAbsolute, relative, sep } from 'node:path';
import { normaliseLine, type CorpusView, type Finding, type RuleInfo, type SeedDocument } from '../engine/index.js';
import { displayLine } from './convert.js';
import { uriToPath } from './uris.js';

/** A hover lists at most this many other documents; a line repeated on every page of a site would fill the screen. */
const MAX_LINKS = 20;

/** What a hover needs besides the findings. */
export interface HoverContext {
  /** The rule registry entry of an id. */
  rule(id: string): RuleInfo | undefined;
  readonly corpus: CorpusView;
  /** Workspace folder paths, to show other documents by a relative name. */
  readonly roots: readonly string[];
}

/** The findings of `findings` whose span contains `offset` (both ends included). */
export function findingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings.filter((f) => f.start <= offset && offset <= f.end);
}

/**
 * Markdown explaining each finding: its category, rule and message, the rule's description,
 * and for corpus evidence a `[file:line](file:///absolute/path#Lline)` link per other document.
 */
export function hoverMarkdown(doc: SeedDocument, findings: readonly Finding[], ctx: HoverContext): string {
  return findings.map((f) => findingMarkdown(doc, f, ctx)).join('\n\n---\n\n');
}

function findingMarkdown(doc: SeedDocument, finding: Finding, ctx: HoverContext): string {
  const parts = [`**${finding.category}** · \`${finding.rule}\``, finding.message];
  const description = ctx.rule(finding.rule)?.description;
  if (description) {
    parts.push(description);
  }
  const keys = findingLineKeys(doc, finding);
  const others = finding.data?.alsoIn ?? repeatsElsewhere(doc, keys, ctx.corpus);
  if (others.length > 0) {
    const links = others.slice(0, MAX_LINKS).map((uri) => `- ${documentLink(uri, lineIn(ctx.corpus.get(uri), keys), ctx.roots)}`);
    if (others.length > MAX_LINKS) {
      links.push(`- … and ${others.length - MAX_LINKS} more`);
    }
    const count = others.length === 1 ? '1 other document' : `${others.length} other documents`;
    parts.push(`Also in ${count}:\n\n${links.join('\n')}`);
  }
  const evidence = finding.data?.evidence ?? [];
  if (evidence.length > 0) {
    parts.push(`Evidence: ${evidence.join('; ')}.`);
  }
  return parts.join('\n\n');
}

/**
 * Other documents repeating a one-line finding's line. A rule that names the line's kind
 * (a "Read more" button) wins over the corpus rule, whose evidence is then looked up here.
 */
function repeatsElsewhere(doc: SeedDocument, keys: readonly string[], corpus: CorpusView): readonly string[] {
  return keys.length === 1 ? corpus.documentsWithLine(keys[0]!, doc.uri) : [];
}

/** Normalised texts of the non-blank lines a finding covers, in order. */
function findingLineKeys(doc: SeedDocument, finding: Finding): string[] {
  const first = doc.lineMap.lineAt(finding.start);
  const last = doc.lineMap.lineAt(Math.max(finding.start, finding.end - 1));
  const keys: string[] = [];
  for (let i = first; i <= last && keys.length < 50; i++) {
    const key = normaliseLine(doc.lines[i]?.text ?? '');
    if (key) {
      keys.push(key);
    }
  }
  return keys;
}

/** The 0-based line of `other` that repeats one of `keys`, or 0 when it cannot be found. */
function lineIn(other: SeedDocument | undefined, keys: readonly string[]): number {
  if (!other || keys.length === 0) {
    return 0;
  }
  const wanted = new Set(keys);
  const line = other.lines.find((l) => wanted.has(normaliseLine(l.text)));
  return line?.index ?? 0;
}

/** `[name:line](uri#Lline)` with a 1-based line; the name is relative to a workspace folder when possible. */
export function documentLink(uri: string, zeroBasedLine: number, roots: readonly string[]): string {
  const line = displayLine(zeroBasedLine);
  const name = displayName(uri, roots).replace(/[\\[\]]/g, (c) => `\\${c}`);
  const target = uri.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${name}:${line}](${target}#L${line})`;
}

function displayName(uri: string, roots: readonly string[]): string {
  const path = uriToPath(uri);
  if (path === undefined) {
    return uri;
  }
  for (const root of roots) {
    const rel = relative(root, path);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
      return rel.split(sep).join('/');
    }
  }
  return path.slice(path.lastIndexOf(sep) + 1);
}
