import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckReport } from '../../server/src/cli/report.js';
import { renderJson } from '../../server/src/cli/reporters/json.js';
import { artifactUri, renderSarif } from '../../server/src/cli/reporters/sarif.js';
import { chooseStyle, COLOUR, PLAIN } from '../../server/src/cli/reporters/style.js';
import { renderText } from '../../server/src/cli/reporters/text.js';
import { createAnalyzer } from '../../server/src/engine/index.js';
import { runCli, tempTree } from './helpers.js';

const range = (line: number, from: number, toLine: number, to: number) => ({
  start: { line, character: from },
  end: { line: toLine, character: to },
});

/** A report built by hand, so that the reporters are tested apart from the rules. */
const REPORT: CheckReport = {
  rules: [
    { id: 'boilerplate/donation-appeal', category: 'boilerplate', defaultSeverity: 'warning', description: 'Flags appeals for money. Evidence: imperatives and amounts.' },
    { id: 'comment/reader-comment', category: 'comment', defaultSeverity: 'information', description: 'Flags reader comments.' },
  ],
  files: [
    {
      path: 'seeds/harbour.txt',
      language: 'en',
      outlet: 'Elsmere Gazette',
      diagnostics: [
        { rule: 'boilerplate/donation-appeal', category: 'boilerplate', severity: 'warning', message: 'Donation appeal.', range: range(8, 0, 8, 40) },
        { rule: 'comment/reader-comment', category: 'comment', severity: 'information', message: 'Reader comment 1.', range: range(16, 0, 18, 5) },
        { rule: 'comment/reader-comment', category: 'comment', severity: 'hint', message: 'Reader comment 2.', range: range(19, 2, 21, 0) },
      ],
    },
    { path: 'seeds/broken.txt', error: 'Binary file (contains NUL bytes): skipped.' },
    { path: 'seeds/библиотека.txt', language: 'ru', outlet: null, diagnostics: [], encodingNote: 'Not UTF-8: decoded as KOI8-R (Cyrillic).' },
  ],
};

describe('the text reporter', () => {
  const text = renderText(REPORT);
  const lines = text.split('\n');

  it('groups findings under their file, with language and outlet in the heading', () => {
    const heading = lines.indexOf('seeds/harbour.txt  en, Elsmere Gazette');
    assert.ok(heading >= 0, text);
    assert.match(lines[heading + 1]!, /^ {2}9:1 {3}warning {6}Donation appeal\. {2}boilerplate\/donation-appeal$/u);
    assert.match(lines[heading + 2]!, /^ {2}17:1 {2}information {2}Reader comment 1\. {2}comment\/reader-comment$/u);
    assert.match(lines[heading + 3]!, /^ {2}20:3 {2}hint {9}Reader comment 2\./u);
    assert.equal(lines[heading + 4], '  3 findings: 1 boilerplate, 2 comment');
  });

  it('says why a file could not be checked, and shows encoding notes and clean files', () => {
    assert.ok(lines.includes('  cannot check: Binary file (contains NUL bytes): skipped.'));
    assert.ok(lines.includes('seeds/библиотека.txt  ru, outlet unknown'));
    assert.ok(lines.includes('  note: Not UTF-8: decoded as KOI8-R (Cyrillic).'));
    assert.ok(lines.includes('  no findings'));
  });

  it('ends with the total per category', () => {
    assert.equal(lines.at(-2), '2 files checked, 1 could not be read: 3 findings (1 boilerplate, 2 comment).');
  });

  it('uses no escape codes without colour, and colours severities with it', () => {
    assert.doesNotMatch(text, /\u001b/u);
    assert.match(renderText(REPORT, COLOUR), /\u001b\[33mwarning/u);
  });
});

describe('colour choice', () => {
  it('colours only a terminal, and never when NO_COLOR is set', () => {
    assert.equal(chooseStyle(true, {}), COLOUR);
    assert.equal(chooseStyle(false, {}), PLAIN);
    assert.equal(chooseStyle(undefined, {}), PLAIN);
    assert.equal(chooseStyle(true, { NO_COLOR: '1' }), PLAIN);
  });
});

describe('the JSON reporter', () => {
  it('gives a failed file its error and no diagnostics, and keeps encoding notes out of the contract', () => {
    const json = JSON.parse(renderJson(REPORT)) as { files: Array<Record<string, unknown>> };
    assert.deepEqual(json.files[1], { path: 'seeds/broken.txt', error: 'Binary file (contains NUL bytes): skipped.', diagnostics: [] });
    assert.deepEqual(Object.keys(json.files[2]!), ['path', 'language', 'outlet', 'diagnostics', 'sources']);
  });
});

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }> } };
    columnKind: string;
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ level: string; message: { text: string } }> }>;
    results: Array<{
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
    }>;
  }>;
}

describe('the SARIF reporter', () => {
  const sarif = JSON.parse(renderSarif(REPORT, { name: 'source-review', version: '9.9.9' })) as SarifLog;
  const run = sarif.runs[0]!;

  it('writes a SARIF 2.1.0 log with one run and the rule table', () => {
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/u);
    assert.equal(sarif.runs.length, 1);
    assert.equal(run.tool.driver.name, 'source-review');
    assert.equal(run.tool.driver.version, '9.9.9');
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), ['boilerplate/donation-appeal', 'comment/reader-comment']);
    assert.equal(run.tool.driver.rules[0]!.shortDescription.text, 'Flags appeals for money.');
    assert.equal(run.tool.driver.rules[1]!.defaultConfiguration.level, 'note');
    assert.equal(run.columnKind, 'utf16CodeUnits');
  });

  it('maps positions to 1-based regions whose end column is just after the finding', () => {
    assert.equal(run.results.length, 3);
    const [first, second, third] = run.results;
    assert.deepEqual(first!.locations[0]!.physicalLocation.region, { startLine: 9, startColumn: 1, endLine: 9, endColumn: 41 });
    assert.deepEqual(third!.locations[0]!.physicalLocation.region, { startLine: 20, startColumn: 3, endLine: 22, endColumn: 1 });
    assert.equal(first!.locations[0]!.physicalLocation.artifactLocation.uri, 'seeds/harbour.txt');
    assert.equal(second!.ruleIndex, 1);
  });

  it('maps severities to SARIF levels', () => {
    assert.deepEqual(run.results.map((r) => r.level), ['warning', 'note', 'note']);
  });

  it('reports unreadable files and encoding notes as tool notifications', () => {
    const invocation = run.invocations[0]!;
    assert.equal(invocation.executionSuccessful, false);
    assert.deepEqual(invocation.toolExecutionNotifications?.map((n) => n.level), ['error', 'note']);
    assert.match(invocation.toolExecutionNotifications![0]!.message.text, /^seeds\/broken\.txt: Binary file/u);
  });

  it('percent-encodes relative paths and turns absolute ones into file URIs', () => {
    assert.equal(artifactUri('seeds/new #1.txt'), 'seeds/new%20%231.txt');
    assert.equal(artifactUri('seeds/библиотека.txt'), 'seeds/%D0%B1%D0%B8%D0%B1%D0%BB%D0%B8%D0%BE%D1%82%D0%B5%D0%BA%D0%B0.txt');
    assert.equal(artifactUri('/data/seeds/a b.txt'), 'file:///data/seeds/a%20b.txt');
  });
});

describe('check --format sarif and --format text, end to end', () => {
  it('lists every rule of the registry in the SARIF rule table', () => {
    const r = runCli(['check', '--format', 'sarif', 'seeds']);
    const log = JSON.parse(r.stdout) as SarifLog;
    assert.deepEqual(
      log.runs[0]!.tool.driver.rules.map((x) => x.id),
      createAnalyzer().rules.map((x) => x.id),
    );
    for (const result of log.runs[0]!.results) {
      assert.match(result.locations[0]!.physicalLocation.artifactLocation.uri, /^seeds\/[^/]+\.txt$/u);
      assert.ok(result.locations[0]!.physicalLocation.region['startLine']! >= 1);
    }
  });

  it('prints plain text when piped, one heading per file and a total', () => {
    const root = tempTree({ 'notes/one.txt': 'A short note about a harbour.\n', 'notes/two.md': 'Another short note.\n' });
    const r = runCli(['check', 'notes'], { cwd: root });
    assert.doesNotMatch(r.stdout, /\u001b/u);
    assert.match(r.stdout, /^notes.one\.txt {2}en, /mu);
    assert.match(r.stdout, /^notes.two\.md {2}/mu);
    assert.match(r.stdout, /^2 files checked: \d+ findings?/mu);
  });
});
