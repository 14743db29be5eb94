import { z } from 'zod';
import type { EngineSettings } from '../engine/settings.js';
import { CATEGORIES } from '../engine/types.js';
import { compileGlob, MAX_GLOB_LENGTH } from './glob.js';
import type { OutletRule } from './outlets.js';

const severity = z.enum(['error', 'warning', 'information', 'hint']);

/** A per-category or per-rule override: `false` turns it off, a severity name sets its severity. */
const ruleOverride = z.union([
  z.boolean(),
  severity,
  z.object({ enabled: z.boolean().optional(), severity: severity.optional() }).strict(),
]);

/** Literal phrases: never compiled as patterns, so their length and number are the only limits. */
const phrases = (maxLength: number) => z.array(z.string().trim().min(1).max(maxLength)).max(1000);

/** A path glob, bounded in length and checked to compile (see `glob.ts`: matching is linear whatever it says). */
const glob = z
  .string()
  .min(1)
  .max(MAX_GLOB_LENGTH)
  .superRefine((value, ctx) => {
    const compiled = compileGlob(value);
    if ('error' in compiled) {
      ctx.addIssue({ code: 'custom', message: compiled.error });
    }
  });

const outletName = z.string().trim().min(1).max(200);
const outletRule = z.union([
  z.object({ pattern: glob, outlet: outletName }).strict(),
  z.object({ signature: z.string().trim().min(1).max(500), outlet: outletName }).strict(),
]);

/**
 * The user-facing settings (`sourceReview.*` in VS Code, the same keys in a CLI `--config` file).
 * One schema for the server and the CLI; each key is validated on its own so that one bad
 * value keeps the defaults for that key only.
 */
export const SETTINGS_SCHEMA = {
  rules: z.record(z.string(), ruleOverride).default({}),
  extraBoilerplatePhrases: phrases(500).default([]),
  extraAttributionCues: phrases(200).default([]),
  outlets: z.array(outletRule).max(500).default([]),
  'corpus.include': z.array(glob).max(200).default([]),
  'corpus.exclude': z.array(glob).max(200).default([]),
  /** Whether the editor shows "reported by N other outlets" above sentences other documents report too (not an engine setting). */
  'codeLens.enabled': z.boolean().default(true),
  /** Read by the editor's language client, not the server; validated so a wrong value is named like any other. */
  'trace.server': z.enum(['off', 'messages', 'verbose']).default('off'),
} as const;

/** A settings key (without the `sourceReview.` prefix). */
export type SettingsKey = keyof typeof SETTINGS_SCHEMA;

/** What each key expects, in words, for warnings about a wrong value. */
export const EXPECTED: Readonly<Record<SettingsKey, string>> = {
  rules: 'an object mapping a category or rule id to true/false, a severity ("error", "warning", "information", "hint") or { "enabled", "severity" }',
  extraBoilerplatePhrases: 'an array of at most 1000 strings of 1–500 characters',
  extraAttributionCues: 'an array of at most 1000 strings of 1–200 characters',
  outlets: 'an array of at most 500 objects { "pattern": glob, "outlet": name } or { "signature": text, "outlet": name }',
  'corpus.include': `an array of at most 200 globs of 1–${MAX_GLOB_LENGTH} characters`,
  'corpus.exclude': `an array of at most 200 globs of 1–${MAX_GLOB_LENGTH} characters`,
  'codeLens.enabled': 'a boolean',
  'trace.server': 'one of "off", "messages", "verbose"',
};

/** The keys, in schema order. */
export const SETTINGS_KEYS = Object.keys(SETTINGS_SCHEMA) as SettingsKey[];

/** A problem with one settings key. */
export interface SettingsProblem {
  readonly key: string;
  readonly message: string;
}

/** Settings for the server and CLI outside the engine: which files form the corpus and who published them. */
export interface WorkspaceSettings {
  readonly outlets: readonly OutletRule[];
  readonly corpusInclude: readonly string[];
  readonly corpusExclude: readonly string[];
}

/** Everything {@link parseSettings} gives. */
export interface ParsedSettings {
  readonly settings: EngineSettings;
  readonly workspace: WorkspaceSettings;
  readonly codeLensEnabled: boolean;
  readonly problems: SettingsProblem[];
}

/**
 * A key's raw value: flat (`"corpus.include"`, as a config file may write it) or nested
 * (`{ corpus: { include } }`, as editors send dotted keys).
 */
export function rawValue(input: Readonly<Record<string, unknown>>, key: string): unknown {
  if (key in input) {
    return input[key];
  }
  let value: unknown = input;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * Validates raw settings (any JSON value) key by key. Returns the settings, using the
 * default for every key whose value is wrong, and one problem per wrong key naming it,
 * what it expects and what was wrong.
 */
export function parseSettings(raw: unknown, prefix = 'sourceReview.'): ParsedSettings {
  const problems: SettingsProblem[] = [];
  const input = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && input !== raw) {
    problems.push({ key: prefix.replace(/\.$/u, ''), message: 'Settings must be an object; using the defaults.' });
  }
  const value = <K extends SettingsKey>(key: K): z.output<(typeof SETTINGS_SCHEMA)[K]> => {
    const schema = SETTINGS_SCHEMA[key];
    const r = schema.safeParse(rawValue(input, key));
    if (r.success) {
      return r.data as z.output<(typeof SETTINGS_SCHEMA)[K]>;
    }
    const issue = r.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${key}.${issue.path.join('.')}` : key;
    const detail = issue ? ` (${prefix}${where}: ${issue.message})` : '';
    const fallback = schema.parse(undefined) as z.output<(typeof SETTINGS_SCHEMA)[K]>;
    problems.push({
      key: `${prefix}${where}`,
      message: `${prefix}${key} expects ${EXPECTED[key]}${detail}; using the default (${JSON.stringify(fallback)}).`,
    });
    return fallback;
  };
  const rules: Record<string, { enabled?: boolean; severity?: z.infer<typeof severity> }> = {};
  for (const [id, o] of Object.entries(value('rules'))) {
    rules[id] = typeof o === 'boolean' ? { enabled: o } : typeof o === 'string' ? { severity: o } : o;
  }
  const settings: EngineSettings = {
    rules,
    extraBoilerplatePhrases: value('extraBoilerplatePhrases'),
    extraAttributionCues: value('extraAttributionCues'),
  };
  const workspace: WorkspaceSettings = {
    outlets: value('outlets'),
    corpusInclude: value('corpus.include'),
    corpusExclude: value('corpus.exclude'),
  };
  const codeLensEnabled = value('codeLens.enabled');
  value('trace.server');
  return { settings, workspace, codeLensEnabled, problems };
}

/** The `codeLens.enabled` setting from raw settings; the default for a missing or wrong value. */
export function codeLensEnabled(raw: unknown): boolean {
  return parseSettings(raw).codeLensEnabled;
}

/**
 * One problem per key of `rules` that is neither a category nor one of `ruleIds` (a typo would
 * otherwise silently change nothing).
 */
export function unknownRuleProblems(settings: EngineSettings, ruleIds: readonly string[], prefix = 'sourceReview.'): SettingsProblem[] {
  const known = new Set<string>([...CATEGORIES, ...ruleIds]);
  return Object.keys(settings.rules)
    .filter((id) => !known.has(id))
    .map((id) => ({ key: `${prefix}rules.${id}`, message: `"${prefix}rules" names "${id}", which is neither a category nor a rule id; ignored.` }));
}
