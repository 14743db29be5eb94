/** Terminal colour for the text format: on only for a TTY, and never when NO_COLOR is set. */

/** Wraps text in ANSI styles, or returns it unchanged when colour is off. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  cyan(text: string): string;
}

const code = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

/** Colours as ANSI escape sequences. */
export const COLOUR: Style = {
  bold: code(1, 22),
  dim: code(2, 22),
  red: code(31, 39),
  yellow: code(33, 39),
  blue: code(34, 39),
  cyan: code(36, 39),
};

const same = (text: string) => text;

/** No styling at all. */
export const PLAIN: Style = { bold: same, dim: same, red: same, yellow: same, blue: same, cyan: same };

/** Colour when `isTTY` and the NO_COLOR convention (https://no-color.org) does not ask otherwise. */
export function chooseStyle(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): Style {
  const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
  return isTTY === true && !noColor ? COLOUR : PLAIN;
}
