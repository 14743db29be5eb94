/**
 * How deeply a text nests Markdown containers (block quotes, list items). The Markdown parser's
 * cost grows much faster than linearly with nesting depth (10,000 nested list markers on one
 * line take minutes), so past {@link MAX_MARKDOWN_NESTING} a document is read as plain lines.
 */

/** Deepest nesting the Markdown parser is given; deeper documents get plain-line blocks. */
export const MAX_MARKDOWN_NESTING = 100;

/**
 * The deepest container nesting of any line, estimated in one pass: each `>` or list marker
 * (`-`, `*`, `+`, `1.`, `1)` followed by a space) at the start of a line counts one level, and
 * the indentation before a line's last marker counts one level per two columns. Indented prose
 * without a marker counts nothing.
 */
export function markdownNesting(text: string): number {
  let deepest = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let markers = 0;
    let columns = 0;
    let columnsBeforeMarker = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) {
        columns += c === 9 ? 4 : 1;
        i++;
      } else if (c === 62 /* > */) {
        markers++;
        columnsBeforeMarker = columns;
        i++;
      } else if ((c === 45 || c === 42 || c === 43) && isBlank(text.charCodeAt(i + 1))) {
        markers++;
        columnsBeforeMarker = columns;
        i += 2;
      } else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) {
          j++;
        }
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 41) && isBlank(text.charCodeAt(j + 1))) {
          markers++;
          columnsBeforeMarker = columns;
          i = j + 2;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    const depth = markers === 0 ? 0 : markers + Math.floor(columnsBeforeMarker / 2);
    deepest = Math.max(deepest, depth);
    // On to the next line.
    while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) {
      i++;
    }
    i++;
  }
  return deepest;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}
