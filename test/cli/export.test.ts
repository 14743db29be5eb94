import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { checkJson, ROOT, runCli, tempTree, type CliRun } from './helpers.js';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface CheckFile {
  path: string;
  language: string;
  outlet: string | null;
  diagnostics: Array<{ category: string; range: Range }>;
}
interface AnnotationLine {
  path: string;
  outlet: string | null;
  language: string;
  cleanPath: string;
  error?: string;
  tags: Array<{ kind: string; note?: string; start: number; end: number; text: string; sourceStart: number; sourceEnd: number }>;
  findings: Array<{ rule: string; category: string; severity: string; message: string; start: number; end: number; text: string }>;
  removed: { tags: Array<{ kind: string; text: string }>; findings: Array<{ category: string; text: string; sourceStart: number; sourceEnd: number }> };
}
interface WebAnnotationCollection {
  type: string;
  total: number;
  first: {
    items: Array<{
      motivation: string;
      body: Array<{ purpose: string; value: string }>;
      target: { source: string; selector: Array<{ type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }> };
    }>;
  };
}

/** Article-like paragraphs the analyzer reads as body text (short lines in tiny files read as page chrome). */
const EN_BODY =
  'The city council voted on Monday to close the old river bridge for repairs, after engineers found cracks in two of its supports. The closure will last at least eight months, the council said in a statement.\n';
const EN_MORE =
  'Drivers will be sent over the northern bridge, which the transport department expects to carry twice its usual traffic during the works.\n';
const RU_BODY =
  'Работы начались ещё осенью и шли без перерыва всю зиму, несмотря на морозы и задержки с поставками металла для новых опор.\n';
const RU_MORE = 'Ремонт обошёлся городу почти в миллиард рублей, сообщили в департаменте транспорта. Деньги выделили из регионального бюджета.\n';

function hashTree(folder: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    const full = join(folder, name);
    try {
      hashes.set(name, createHash('sha256').update(readFileSync(full)).digest('hex'));
    } catch {
      // A folder.
    }
  }
  return hashes;
}

function readLines(path: string): AnnotationLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as AnnotationLine);
}

/** The source's lines with the UTF-16 ranges of boilerplate and comment diagnostics cut out; `touched` when any was. */
function linesWithoutChrome(text: string, file: CheckFile): Array<{ original: string; text: string; touched: boolean }> {
  const lines = text.split(/\r\n|\n|\r/u).map((original) => ({ original, keep: new Array<boolean>(original.length).fill(true), touched: false }));
  for (const d of file.diagnostics) {
    if (d.category !== 'boilerplate' && d.category !== 'comment') {
      continue;
    }
    for (let n = d.range.start.line; n <= d.range.end.line && n < lines.length; n++) {
      const line = lines[n]!;
      const from = n === d.range.start.line ? d.range.start.character : 0;
      const to = n === d.range.end.line ? d.range.end.character : line.original.length;
      line.keep.fill(false, from, to);
      line.touched ||= to > from;
    }
  }
  return lines.map((l) => ({ original: l.original, text: [...l.original.split('')].filter((_, i) => l.keep[i]).join(''), touched: l.touched }));
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

describe('export of the seeds folder', () => {
  // Made here, not in the hook: the folder lives until the file's tests end.
  const out = join(tempTree(), 'corpus');
  let run: CliRun;
  let check: CheckFile[];
  let sourcesBefore: Map<string, string>;

  before(() => {
    sourcesBefore = hashTree(join(ROOT, 'seeds'));
    check = (checkJson(['seeds']).json as { files: CheckFile[] }).files;
    run = runCli(['export', '--out', out, 'seeds']);
  });

  it('succeeds, creating the output folder, and says what it wrote', () => {
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`Exported ${check.length} documents to `, 'u'));
  });

  it('leaves every source byte for byte as it was', () => {
    assert.deepEqual(hashTree(join(ROOT, 'seeds')), sourcesBefore);
  });

  it('writes each seed at its relative path, with the article body line for line and no chrome or comment line', () => {
    assert.ok(check.some((f) => f.diagnostics.some((d) => d.category === 'comment')), 'the seeds have reader comments');
    let goneLines = 0;
    for (const file of check) {
      const source = readFileSync(join(ROOT, file.path), 'utf8');
      const clean = readFileSync(join(out, file.path), 'utf8');
      const lines = linesWithoutChrome(source, file);
      const body = lines.filter((l) => l.text.trim() !== '');
      const actual = clean.split('\n').filter((l) => l !== '');
      assert.equal(actual.length, body.length, `${file.path}: as many lines as the body has`);
      body.forEach((line, i) => {
        if (line.touched) {
          assert.equal(squash(actual[i]!), squash(line.text), `${file.path}: line ${i} without its flagged part`);
        } else {
          assert.equal(actual[i], line.original.trimEnd(), `${file.path}: body line ${i} as it was`);
        }
      });
      const bodyTexts = new Set(body.map((l) => l.original.trimEnd()));
      const gone = lines.filter((l) => l.touched && l.text.trim() === '' && !bodyTexts.has(l.original.trimEnd()));
      goneLines += gone.length;
      for (const line of gone) {
        assert.ok(!actual.includes(line.original.trimEnd()), `${file.path}: "${line.original}" is gone`);
      }
    }
    assert.ok(goneLines > 10, 'the seeds have whole lines of chrome and comments');
  });

  it('keeps paragraphs apart by one blank line, with none leading, trailing or doubled', () => {
    for (const file of check) {
      const clean = readFileSync(join(out, file.path), 'utf8');
      assert.doesNotMatch(clean, /\n\n\n|^\n|\n\n$/u, file.path);
      assert.ok(clean.endsWith('\n'));
    }
    const withParagraphs = check.filter((f) => /\n\s*\n/u.test(readFileSync(join(ROOT, f.path), 'utf8')));
    assert.ok(withParagraphs.length > 0);
    for (const file of withParagraphs) {
      assert.match(readFileSync(join(out, file.path), 'utf8'), /\n\n/u, `${file.path} keeps its paragraph breaks`);
    }
  });

  it('writes one JSONL line per document, with outlet and language as check reports them and offsets that slice the clean file back to each text', () => {
    const lines = readLines(join(out, 'annotations.jsonl'));
    assert.deepEqual(
      lines.map((l) => [l.path, l.outlet, l.language, l.cleanPath]),
      check.map((f) => [f.path, f.outlet, f.language, f.path]),
    );
    let spans = 0;
    for (const line of lines) {
      const clean = readFileSync(join(out, line.cleanPath), 'utf8');
      for (const span of [...line.tags, ...line.findings]) {
        assert.equal(clean.slice(span.start, span.end), span.text);
        spans++;
      }
      const chrome = check.find((f) => f.path === line.path)!.diagnostics.filter((d) => d.category === 'boilerplate' || d.category === 'comment');
      assert.equal(line.removed.findings.filter((f) => f.category === 'boilerplate' || f.category === 'comment').length, chrome.length);
      assert.ok(line.findings.every((f) => f.category !== 'boilerplate' && f.category !== 'comment'));
    }
    assert.ok(spans > 0, 'the seeds have findings left in their bodies');
  });

  it('writes W3C Web Annotations whose quote and position selectors both find the text in the clean file', () => {
    const collection = JSON.parse(readFileSync(join(out, 'annotations.jsonld'), 'utf8')) as WebAnnotationCollection;
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, collection.first.items.length);
    const jsonlSpans = readLines(join(out, 'annotations.jsonl')).reduce((n, l) => n + l.tags.length + l.findings.length, 0);
    assert.equal(collection.total, jsonlSpans);
    for (const a of collection.first.items) {
      const clean = [...readFileSync(join(out, decodeURIComponent(a.target.source)), 'utf8')];
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = a.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      assert.equal(clean.slice(position.start, position.end).join(''), quote.exact);
      assert.ok(clean.join('').includes(`${quote.prefix}${quote.exact}${quote.suffix}`));
    }
  });
});

describe('export of tagged seeds', () => {
  it('strips the tags, drops boilerplate- and comment-tagged text, and gives the other tags in clean offsets', () => {
    const root = tempTree({
      'src/a.seed': `Мэр заявил, что <!-- review:unattributed note="кто сказал?" -->мост откроют в мае<!-- /review --> после замены опор и покрытия. ${RU_BODY}\n<!-- review:boilerplate -->Подпишитесь на наш канал в Телеграме!<!-- /review -->\n\n${RU_MORE}`,
      'src/b.seed': `${EN_BODY}\n<!-- review:comment -->\nGreat article, thanks!\nI disagree with the mayor.\n<!-- /review -->\n`,
    });
    const r = runCli(['export', '--out', 'out', 'src'], { cwd: root });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(join(root, 'out/src/a.seed'), 'utf8'), `Мэр заявил, что мост откроют в мае после замены опор и покрытия. ${RU_BODY}\n${RU_MORE}`);
    assert.equal(readFileSync(join(root, 'out/src/b.seed'), 'utf8'), EN_BODY);
    const [a, b] = readLines(join(root, 'out/annotations.jsonl'));
    assert.deepEqual(
      a!.tags.map((t) => [t.kind, t.note, t.text]),
      [['unattributed', 'кто сказал?', 'мост откроют в мае']],
    );
    const cleanA = readFileSync(join(root, 'out/src/a.seed'), 'utf8');
    assert.equal(cleanA.slice(a!.tags[0]!.start, a!.tags[0]!.end), 'мост откроют в мае');
    assert.deepEqual(
      b!.removed.tags.map((t) => [t.kind, t.text]),
      [['comment', 'Great article, thanks!\nI disagree with the mayor.']],
    );
  });

  it('keeps flagged boilerplate when --config turns the boilerplate category off', () => {
    const root = tempTree({
      'src/a.txt': `Support independent journalism today!\n\n${EN_BODY}\n${EN_MORE}`,
      'config.json': JSON.stringify({ rules: { boilerplate: false } }),
    });
    const plain = runCli(['export', '--out', 'plain', 'src'], { cwd: root });
    const configured = runCli(['export', '--out', 'configured', '--config', 'config.json', 'src'], { cwd: root });
    assert.equal(plain.status, 0, plain.stderr);
    assert.equal(configured.status, 0, configured.stderr);
    assert.doesNotMatch(readFileSync(join(root, 'plain/src/a.txt'), 'utf8'), /Support independent journalism/u);
    assert.equal(readFileSync(join(root, 'configured/src/a.txt'), 'utf8'), `Support independent journalism today!\n\n${EN_BODY}\n${EN_MORE}`);
  });
});

describe('export refusals and bad input', () => {
  const tree = () =>
    tempTree({
      'src/a.txt': EN_BODY,
      'src/nested/b.txt': RU_MORE,
    });

  for (const [name, out] of [
    ['the source folder itself', 'src'],
    ['a folder inside the source folder', 'src/out'],
    ['a folder inside a nested source folder', 'src/nested/deeper/out'],
  ] as const) {
    it(`refuses ${name} as the output folder, with status 2, and writes nothing`, () => {
      const root = tree();
      const before = hashTree(join(root, 'src'));
      const r = runCli(['export', '--out', out, 'src'], { cwd: root });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /source folder/u);
      assert.deepEqual(hashTree(join(root, 'src')), before);
      assert.equal(existsSync(join(root, 'src/annotations.jsonl')), false);
    });
  }

  it('refuses an output folder that contains a source, also when the source is a single file', () => {
    const root = tree();
    const r = runCli(['export', '--out', '.', 'src/a.txt'], { cwd: root });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /inside the output folder|source folder/u);
    assert.equal(existsSync(join(root, 'annotations.jsonl')), false);
  });

  it('refuses the folder of a file given on the command line', () => {
    const root = tree();
    const r = runCli(['export', '--out', 'src/nested', 'src/nested/b.txt'], { cwd: root });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /is the source folder/u);
  });

  it('refuses a non-empty output folder without --force, and with it replaces its own files and leaves others', () => {
    const root = tree();
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'out/keep.md'), 'mine');
    const refused = runCli(['export', '--out', 'out', 'src'], { cwd: root });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /not empty.*--force/u);
    assert.equal(existsSync(join(root, 'out/annotations.jsonl')), false);
    const forced = runCli(['export', '--out', 'out', '--force', 'src'], { cwd: root });
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(readFileSync(join(root, 'out/keep.md'), 'utf8'), 'mine');
    assert.equal(readFileSync(join(root, 'out/src/a.txt'), 'utf8'), EN_BODY);
  });

  it('never writes through a symbolic link in the output folder into the sources', () => {
    const root = tree();
    mkdirSync(join(root, 'out'));
    symlinkSync(join(root, 'src'), join(root, 'out/src'));
    const before = hashTree(join(root, 'src'));
    const r = runCli(['export', '--out', 'out', '--force', 'src'], { cwd: root });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /outside the output folder/u);
    assert.deepEqual(hashTree(join(root, 'src')), before);
    assert.equal(existsSync(join(root, 'src/annotations.jsonl')), false);
  });

  it('reports an undecodable file by name and still exports the others', () => {
    const root = tempTree({
      'src/good.txt': EN_BODY,
      'src/binary.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x00]),
    });
    const r = runCli(['export', '--out', 'out', 'src'], { cwd: root });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /src\/binary\.txt: Binary file/u);
    assert.equal(readFileSync(join(root, 'out/src/good.txt'), 'utf8'), EN_BODY);
    assert.equal(existsSync(join(root, 'out/src/binary.txt')), false);
    const lines = readLines(join(root, 'out/annotations.jsonl'));
    assert.deepEqual(
      lines.map((l) => [l.path, l.error === undefined]),
      [
        ['src/binary.txt', false],
        ['src/good.txt', true],
      ],
    );
  });

  it('needs --out and a PATH', () => {
    assert.match(runCli(['export', 'seeds']).stderr, /needs --out DIR/u);
    assert.match(runCli(['export', '--out', 'x']).stderr, /needs at least one PATH/u);
  });
});
