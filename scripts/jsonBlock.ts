/** Replacing one member of a JSON document as text, leaving the rest of the file's formatting alone. */

/**
 * `source` with the value at `path` (object keys from the root) replaced by `value`,
 * pretty-printed at the member's indentation. Throws when the path is not there.
 */
export function replaceJsonMember(source: string, path: readonly string[], value: unknown): string {
  let from = 0;
  let to = source.length;
  for (const key of path) {
    const span = memberValue(source, from, to, key);
    if (!span) {
      throw new Error(`No "${path.join('.')}" in the JSON document.`);
    }
    ({ from, to } = span);
  }
  const lineStart = source.lastIndexOf('\n', from) + 1;
  const indent = /^\s*/u.exec(source.slice(lineStart, from))![0];
  const text = pretty(value, indent);
  return source.slice(0, from) + text + source.slice(to);
}

/** The value span of `"key": value` directly inside the object spanning [from, to). */
function memberValue(source: string, from: number, to: number, key: string): { from: number; to: number } | undefined {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (c === '"') {
      const end = stringEnd(source, i);
      if (depth === 1 && JSON.parse(source.slice(i, end)) === key) {
        const colon = source.indexOf(':', end);
        let start = colon + 1;
        while (/\s/u.test(source[start]!)) start++;
        return { from: start, to: valueEnd(source, start) };
      }
      i = end - 1;
    } else if (c === '{' || c === '[') {
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
    }
  }
  return undefined;
}

function stringEnd(source: string, quote: number): number {
  let i = quote + 1;
  while (source[i] !== '"') {
    i += source[i] === '\\' ? 2 : 1;
  }
  return i + 1;
}

function valueEnd(source: string, start: number): number {
  if (source[start] === '"') {
    return stringEnd(source, start);
  }
  if (source[start] !== '{' && source[start] !== '[') {
    return start + /^[^,}\]\s]*/u.exec(source.slice(start))![0].length;
  }
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '"') {
      i = stringEnd(source, i) - 1;
    } else if (c === '{' || c === '[') {
      depth++;
    } else if ((c === '}' || c === ']') && --depth === 0) {
      return i + 1;
    }
  }
  return source.length;
}

/** JSON with two-space indentation, where an object or array that fits in 100 columns stays on one line (as package.json is written by hand). */
export function pretty(value: unknown, indent: string): string {
  const flat = inline(value);
  if (flat.length + indent.length <= 100 || value === null || typeof value !== 'object') {
    return flat;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`;
  }
  const members = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`);
  return `{\n${members.join(',\n')}\n${indent}}`;
}

function inline(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(inline).join(', ')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
  }
  return JSON.stringify(value);
}
