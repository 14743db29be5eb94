/**
 * Path globs from settings (`corpus.include`, `corpus.exclude`, `outlets[].pattern`), matched
 * without regular expressions. Settings may come from an untrusted workspace, and glob
 * libraries compile to backtracking regular expressions (picomatch takes tens of seconds on
 * `*a*a*a*a*a*b` against a 120-character name); this matcher runs the pattern as a set of
 * states over the path, so a match costs at most (pattern length × path length) per brace
 * alternative, whatever the pattern.
 *
 * Syntax: `*` (any run of characters within one path segment), `?` (one character but `/`),
 * `**` as a whole segment (zero or more segments), `[abc]`, `[a-z]`, `[!a]` / `[^a]`,
 * `{a,b}` (nested allowed), `\` escapes the next character. A pattern with no `/` matches the
 * file name at any depth (`*.md` is `**\/*.md`); a leading `./` or `/` anchors at the root.
 */

/** Longest pattern accepted, in UTF-16 units. */
export const MAX_GLOB_LENGTH = 256;
/** Most alternatives one pattern may expand to through `{a,b}`. */
export const MAX_GLOB_ALTERNATIVES = 64;

type Token =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'one' }
  | { readonly kind: 'star' }
  /** `**\/`: zero or more whole segments, each with its slash. */
  | { readonly kind: 'segments' }
  /** A trailing `**`: everything that is left. */
  | { readonly kind: 'rest' }
  | { readonly kind: 'class'; readonly negated: boolean; readonly ranges: readonly (readonly [number, number])[] };

/** A compiled glob: call {@link Glob.matches} with a `/`-separated path. */
export interface Glob {
  /** The pattern as the user wrote it. */
  readonly source: string;
  /** Whether `path` (forward slashes, relative to the root the pattern is anchored at) matches. */
  matches(path: string): boolean;
}

/** Compiles `pattern`, or returns why it cannot be used (too long, too many alternatives, empty). */
export function compileGlob(pattern: string): Glob | { readonly error: string } {
  if (pattern.length === 0) {
    return { error: 'a glob must not be empty' };
  }
  if (pattern.length > MAX_GLOB_LENGTH) {
    return { error: `a glob may have at most ${MAX_GLOB_LENGTH} characters` };
  }
  const alternatives = expandBraces(pattern);
  if (alternatives === null) {
    return { error: `a glob may expand to at most ${MAX_GLOB_ALTERNATIVES} alternatives through {a,b}` };
  }
  const programs = alternatives.flatMap((alt) => anchored(alt)).map(tokenize);
  return Object.freeze({ source: pattern, matches: (path: string) => programs.some((p) => run(p, path)) });
}

/** The alternative anchored at the root: `./` and `/` dropped, `**\/` put before a pattern with no slash, `a/**` also matching `a`. */
function anchored(alt: string): string[] {
  let p = alt.replace(/^(?:\.\/|\/)+/u, '');
  if (!p.includes('/')) {
    p = `**/${p}`;
  }
  return p.endsWith('/**') && p.length > 3 ? [p, p.slice(0, -3)] : [p];
}

/** Expands `{a,b}` groups (innermost structure respected); `null` past {@link MAX_GLOB_ALTERNATIVES}. */
function expandBraces(pattern: string): string[] | null {
  const open = findBraceGroup(pattern);
  if (!open) {
    return [pattern];
  }
  const { start, end, options } = open;
  const out: string[] = [];
  for (const option of options) {
    const expanded = expandBraces(pattern.slice(0, start) + option + pattern.slice(end + 1));
    if (expanded === null || out.length + expanded.length > MAX_GLOB_ALTERNATIVES) {
      return null;
    }
    out.push(...expanded);
  }
  return out;
}

/** The first `{…}` holding a top-level comma, with its options; braces without one stay literal. */
function findBraceGroup(pattern: string): { start: number; end: number; options: string[] } | undefined {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === '\\') {
      start++;
      continue;
    }
    if (pattern[start] !== '{') {
      continue;
    }
    let depth = 0;
    let from = start + 1;
    const options: string[] = [];
    for (let i = start; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') {
        i++;
      } else if (c === '{') {
        depth++;
      } else if (c === '}' && --depth === 0) {
        options.push(pattern.slice(from, i));
        if (options.length > 1) {
          return { start, end: i, options };
        }
        break;
      } else if (c === ',' && depth === 1) {
        options.push(pattern.slice(from, i));
        from = i + 1;
      }
    }
  }
  return undefined;
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const atSegmentStart = i === 0 || pattern[i - 1] === '/';
    if (c === '*' && pattern[i + 1] === '*' && atSegmentStart && (i + 2 === pattern.length || pattern[i + 2] === '/')) {
      tokens.push(i + 2 === pattern.length ? { kind: 'rest' } : { kind: 'segments' });
      i += 2; // past `**` and its slash
    } else if (c === '*') {
      if (tokens.at(-1)?.kind !== 'star') {
        tokens.push({ kind: 'star' });
      }
    } else if (c === '?') {
      tokens.push({ kind: 'one' });
    } else if (c === '[') {
      const parsed = parseClass(pattern, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else {
        tokens.push({ kind: 'char', char: c });
      }
    } else if (c === '\\' && i + 1 < pattern.length) {
      tokens.push({ kind: 'char', char: pattern[++i]! });
    } else {
      tokens.push({ kind: 'char', char: c });
    }
  }
  return tokens;
}

/** `[…]` starting at `at`: its token and the index of its `]`, or `undefined` when it is not closed. */
function parseClass(pattern: string, at: number): { token: Token; end: number } | undefined {
  let i = at + 1;
  const negated = pattern[i] === '!' || pattern[i] === '^';
  if (negated) {
    i++;
  }
  const ranges: [number, number][] = [];
  for (let first = true; i < pattern.length; i++, first = false) {
    let c = pattern[i]!;
    if (c === ']' && !first) {
      return { token: { kind: 'class', negated, ranges }, end: i };
    }
    if (c === '\\' && i + 1 < pattern.length) {
      c = pattern[++i]!;
    }
    if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
      ranges.push([c.charCodeAt(0), pattern.charCodeAt(i + 2)]);
      i += 2;
    } else {
      ranges.push([c.charCodeAt(0), c.charCodeAt(0)]);
    }
  }
  return undefined;
}

/**
 * Runs the tokens over `path` as a nondeterministic automaton: `at[i]` says some way of
 * matching has consumed the path so far and stands before token i; `inside[i]` that a
 * `**\/` token is in the middle of a segment. Each character updates every state once.
 */
function run(tokens: readonly Token[], path: string): boolean {
  const n = tokens.length;
  let at = new Uint8Array(n + 1);
  let inside = new Uint8Array(n);
  at[0] = 1;
  close(tokens, at);
  for (let k = 0; k < path.length; k++) {
    const c = path[k]!;
    const nextAt = new Uint8Array(n + 1);
    const nextInside = new Uint8Array(n);
    let alive = false;
    for (let i = 0; i < n; i++) {
      if (inside[i]) {
        nextInside[i] = 1;
        alive = true;
        if (c === '/') {
          nextAt[i + 1] = 1;
        }
      }
      if (!at[i]) {
        continue;
      }
      const t = tokens[i]!;
      const step = (to: number): void => {
        nextAt[to] = 1;
        alive = true;
      };
      switch (t.kind) {
        case 'char':
          if (c === t.char) step(i + 1);
          break;
        case 'one':
          if (c !== '/') step(i + 1);
          break;
        case 'class':
          if (c !== '/' && inClass(t, c.charCodeAt(0))) step(i + 1);
          break;
        case 'star':
          if (c !== '/') step(i);
          break;
        case 'rest':
          step(i);
          break;
        case 'segments':
          if (c === '/') {
            step(i + 1);
          } else {
            nextInside[i] = 1;
            alive = true;
          }
          break;
      }
    }
    if (!alive) {
      return false;
    }
    close(tokens, nextAt);
    at = nextAt;
    inside = nextInside;
  }
  return at[n] === 1;
}

/** Moves along the tokens that may match nothing (`*`, `**\/`, trailing `**`); they only lead forward, so one pass suffices. */
function close(tokens: readonly Token[], at: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    if (at[i] && (kind === 'star' || kind === 'segments' || kind === 'rest')) {
      at[i + 1] = 1;
    }
  }
}

function inClass(t: Extract<Token, { kind: 'class' }>, code: number): boolean {
  const inside = t.ranges.some(([lo, hi]) => code >= lo && code <= hi);
  return inside !== t.negated;
}
