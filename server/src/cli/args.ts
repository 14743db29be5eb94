/**
 * The command line, parsed into what to do. No I/O here: argv in, a command or a usage
 * error out, so every option rule is testable and the help text stays next to the parser.
 */
import type { Severity } from '../engine/index.js';
import type { Jobs } from '../parallel/jobs.js';

/** Output formats of `check`. */
export type CheckFormat = 'text' | 'json' | 'sarif';

/** The lowest severity that makes `check` exit with status 1, or `none` to never fail on findings. */
export type FailOn = Severity | 'none';

/** `source-review check …` */
export interface CheckCommand {
  readonly name: 'check';
  readonly format: CheckFormat;
  readonly config?: string;
  readonly failOn: FailOn;
  readonly jobs: Jobs;
  readonly paths: readonly string[];
}

/** `source-review lsp [--stdio]` */
export interface LspCommand {
  readonly name: 'lsp';
}

/** Output formats of `xref`. */
export type XrefFormat = 'text' | 'json';

/** `source-review xref …` */
export interface XrefCommand {
  readonly name: 'xref';
  readonly format: XrefFormat;
  readonly config?: string;
  readonly jobs: Jobs;
  readonly paths: readonly string[];
}

/** `source-review export --out DIR …` */
export interface ExportCommand {
  readonly name: 'export';
  readonly out: string;
  readonly config?: string;
  /** Write into a non-empty output folder, replacing files of the same name. */
  readonly force: boolean;
  readonly paths: readonly string[];
}

/** `--help` or `--version`. */
export interface InfoCommand {
  readonly name: 'help' | 'version';
}

/** Anything the command line can ask for. */
export type Command = CheckCommand | XrefCommand | LspCommand | ExportCommand | InfoCommand;

/** A command line that cannot be run; `message` says what is wrong. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const FORMATS: readonly CheckFormat[] = ['text', 'json', 'sarif'];
const XREF_FORMATS: readonly XrefFormat[] = ['text', 'json'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'information', 'hint', 'none'];

/** The usage text printed by `--help` and after a usage error. */
export const USAGE = `Usage: source-review <command> [options] PATH...

Commands:
  check [--format text|json|sarif] [--config FILE] [--fail-on SEVERITY] [--jobs N] PATH...
        Check seeds for boilerplate, reader comments and other findings.
        PATH may be files or folders; a file named here is checked whatever its name,
        a folder is searched recursively for *.txt, *.md and *.seed files (hidden
        folders and node_modules are skipped).
        --format    text (default; readable, grouped by file), json (the documented
                    contract, version 1) or sarif (SARIF 2.1.0)
        --config    a JSON file with the settings keys (rules, extraBoilerplatePhrases,
                    extraAttributionCues, outlets, corpus.include, corpus.exclude;
                    optionally prefixed "sourceReview."), as in VS Code
        --fail-on   the lowest severity that makes the exit status 1:
                    error, warning (default), information, hint, or none
        --jobs      worker threads: a number (1 = none) or auto (default: one
                    per core for 100 files or more); the output is the same
  lsp [--stdio]
        Run the language server over standard input and output, for any LSP client.
  xref [--format text|json] [--config FILE] [--jobs N] PATH...
        List the events reported by more than one document (article bodies only,
        in any language), with every sentence that reports each.
        --format    text (default; readable, per event) or json (the documented
                    contract, version 1)
        --config    settings, as for check (outlets, corpus globs, rules)
        --jobs      worker threads, as for check
  export --out DIR [--config FILE] [--force] PATH...
        Write the clean corpus: each seed's article text (boilerplate and reader
        comments removed, review tags stripped, paragraphs kept) at its relative
        path inside DIR, plus DIR/annotations.jsonl (one line per document: tags
        and findings as UTF-16 offsets into the clean text, with their text) and
        DIR/annotations.jsonld (W3C Web Annotation, TextQuote/TextPosition selectors).
        DIR is created if missing; it must not be or lie inside a source folder,
        nor contain a source.
        --out       the output folder
        --config    settings, as for check (disabled rules remove nothing)
        --force     write into a non-empty DIR, replacing files of the same name

Options:
  -h, --help     show this help
  -V, --version  show the version

Exit status: 0 no findings at or above the failing severity, 1 findings,
2 usage or input error (the message says which file and why; other files are
still processed).
`;

/** Parses `argv` (without `node` and the script). Throws {@link UsageError}. */
export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) {
    throw new UsageError('No command given.');
  }
  if (command === '-h' || command === '--help' || command === 'help') {
    return { name: 'help' };
  }
  if (command === '-V' || command === '--version' || command === 'version') {
    return { name: 'version' };
  }
  switch (command) {
    case 'check':
      return parseCheck(rest);
    case 'lsp':
      return parseLsp(rest);
    case 'xref':
      return parseXref(rest);
    case 'export':
      return parseExport(rest);
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

/**
 * Reads the PATHs and options of `command`: `option` takes each option's name and a reader
 * of its value and returns false for an option it does not know. Returns null for `--help`,
 * else the PATHs (maybe none).
 */
function readPathsAndOptions(
  command: string,
  argv: readonly string[],
  option: (name: string, value: () => string) => boolean,
): string[] | null {
  const paths: string[] = [];
  const options = new OptionReader(argv);
  for (let arg = options.next(); arg !== undefined; arg = options.next()) {
    if (options.afterSeparator || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    const { name, inline } = splitOption(arg);
    if (name === '-h' || name === '--help') {
      return null;
    }
    if (!option(name, () => options.value(name, inline))) {
      throw new UsageError(`Unknown option "${arg}" for ${command}.`);
    }
  }
  return paths;
}

/** `paths`, or a usage error when `command` was given none. */
function somePaths(command: string, paths: string[]): string[] {
  if (paths.length === 0) {
    throw new UsageError(`${command} needs at least one PATH (a file or a folder).`);
  }
  return paths;
}

function parseCheck(argv: readonly string[]): CheckCommand | InfoCommand {
  let format: CheckFormat = 'text';
  let config: string | undefined;
  let failOn: FailOn = 'warning';
  let jobs: Jobs = 'auto';
  const paths = readPathsAndOptions('check', argv, (name, value) => {
    if (name === '--format') {
      format = oneOf(name, value(), FORMATS);
    } else if (name === '--config') {
      config = value();
    } else if (name === '--fail-on') {
      failOn = oneOf(name, value(), FAIL_ON);
    } else if (name === '--jobs') {
      jobs = jobsValue(name, value());
    } else {
      return false;
    }
    return true;
  });
  if (paths === null) {
    return { name: 'help' };
  }
  return { name: 'check', format, failOn, jobs, paths: somePaths('check', paths), ...(config !== undefined ? { config } : {}) };
}

function parseXref(argv: readonly string[]): XrefCommand | InfoCommand {
  let format: XrefFormat = 'text';
  let config: string | undefined;
  let jobs: Jobs = 'auto';
  const paths = readPathsAndOptions('xref', argv, (name, value) => {
    if (name === '--format') {
      format = oneOf(name, value(), XREF_FORMATS);
    } else if (name === '--config') {
      config = value();
    } else if (name === '--jobs') {
      jobs = jobsValue(name, value());
    } else {
      return false;
    }
    return true;
  });
  if (paths === null) {
    return { name: 'help' };
  }
  return { name: 'xref', format, jobs, paths: somePaths('xref', paths), ...(config !== undefined ? { config } : {}) };
}

function parseExport(argv: readonly string[]): ExportCommand | InfoCommand {
  let out: string | undefined;
  let config: string | undefined;
  let force = false;
  const paths = readPathsAndOptions('export', argv, (name, value) => {
    if (name === '--out') {
      out = value();
    } else if (name === '--config') {
      config = value();
    } else if (name === '--force') {
      force = true;
    } else {
      return false;
    }
    return true;
  });
  if (paths === null) {
    return { name: 'help' };
  }
  if (out === undefined || out === '') {
    throw new UsageError('export needs --out DIR, the folder to write the clean corpus to.');
  }
  somePaths('export', paths);
  return { name: 'export', out, force, paths, ...(config !== undefined ? { config } : {}) };
}

function parseLsp(argv: readonly string[]): LspCommand | InfoCommand {
  for (const arg of argv) {
    if (arg === '-h' || arg === '--help') {
      return { name: 'help' };
    }
    // Some clients add --clientProcessId=N; the server does not need it.
    if (arg !== '--stdio' && !arg.startsWith('--clientProcessId')) {
      throw new UsageError(`Unknown option "${arg}" for lsp (only --stdio is supported).`);
    }
  }
  return { name: 'lsp' };
}

/** Walks argv, handing out option values and noticing `--`. */
class OptionReader {
  private index = 0;
  afterSeparator = false;

  constructor(private readonly argv: readonly string[]) {}

  next(): string | undefined {
    const arg = this.argv[this.index++];
    if (arg === '--' && !this.afterSeparator) {
      this.afterSeparator = true;
      return this.next();
    }
    return arg;
  }

  value(name: string, inline: string | undefined): string {
    if (inline !== undefined) {
      return inline;
    }
    const v = this.argv[this.index++];
    if (v === undefined || (v.startsWith('--') && v.length > 2)) {
      throw new UsageError(`Option ${name} needs a value.`);
    }
    return v;
  }
}

function splitOption(arg: string): { name: string; inline: string | undefined } {
  const eq = arg.indexOf('=');
  return eq > 0 ? { name: arg.slice(0, eq), inline: arg.slice(eq + 1) } : { name: arg, inline: undefined };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) {
    return value as T;
  }
  throw new UsageError(`Option ${name} must be one of ${allowed.join(', ')} (got "${value}").`);
}

/** Most worker threads `--jobs` accepts: more only costs memory. */
const MAX_JOBS = 64;

function jobsValue(name: string, value: string): Jobs {
  if (value === 'auto') {
    return 'auto';
  }
  const n = /^\d+$/u.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS) {
    throw new UsageError(`Option ${name} must be auto or a whole number from 1 to ${MAX_JOBS} (got "${value}").`);
  }
  return n;
}
