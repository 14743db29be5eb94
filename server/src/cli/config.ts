/**
 * `--config FILE`: the VS Code settings keys (`rules`, `extraBoilerplatePhrases`,
 * `extraAttributionCues`, `outlets`, `corpus.include`, `corpus.exclude`; optionally prefixed
 * `sourceReview.`; dotted keys flat or nested) in a JSON file, validated by the same schema
 * as the server's.
 */
import { readFileSync, statSync } from 'node:fs';
import type { EngineSettings, RuleInfo } from '../engine/index.js';
import { parseSettings, SETTINGS_SCHEMA, unknownRuleProblems } from '../settings/schema.js';
import { WorkspaceScope } from '../settings/scope.js';
import { describeFsError } from './fsErrors.js';

/** Settings from a config file, with warnings for keys that were ignored or replaced by defaults. */
export interface LoadedConfig {
  readonly settings: EngineSettings;
  /** Which files of a folder are read (`corpus.*`) and the outlet map (`outlets`). */
  readonly scope: WorkspaceScope;
  readonly warnings: readonly string[];
}

/** A config file that cannot be used at all (unreadable, or not JSON). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const PREFIX = 'sourceReview.';

/** Reads and validates a config file. Throws {@link ConfigError} when it cannot be used. */
export function loadConfig(file: string, rules: readonly RuleInfo[]): LoadedConfig {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read config file ${file}: ${describeFsError(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source.replace(/^\uFEFF/u, ''));
  } catch (error) {
    throw new ConfigError(`Config file ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(`Config file ${file} must hold a JSON object of settings.`);
  }
  const warnings: string[] = [];
  const input: Record<string, unknown> = {};
  let prefixed = false;
  for (const [key, value] of flatten(raw as Record<string, unknown>)) {
    const bare = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
    prefixed ||= bare !== key;
    if (bare in SETTINGS_SCHEMA) {
      input[bare] = value;
    } else {
      warnings.push(`${file}: unknown setting "${key}" ignored.`);
    }
  }
  const { settings, workspace, problems } = parseSettings(input, prefixed ? PREFIX : '');
  warnings.push(...problems.map((p) => `${file}: ${p.message}`));
  warnings.push(...unknownRuleProblems(settings, rules.map((r) => r.id), prefixed ? PREFIX : '').map((p) => `${file}: ${p.message}`));
  return { settings, scope: new WorkspaceScope(workspace), warnings };
}

/** Keys as written, with a nested group of dotted keys (`"corpus": { "include": … }`) spelled out as `corpus.include`. */
function flatten(raw: Record<string, unknown>): [string, unknown][] {
  const out: [string, unknown][] = [];
  const dotted = new Set(Object.keys(SETTINGS_SCHEMA).filter((k) => k.includes('.')).map((k) => k.slice(0, k.indexOf('.'))));
  for (const [key, value] of Object.entries(raw)) {
    const bare = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
    if (dotted.has(bare) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out.push(...Object.entries(value).map(([sub, v]): [string, unknown] => [`${key}.${sub}`, v]));
    } else {
      out.push([key, value]);
    }
  }
  return out;
}

/** `scope` with its globs relative to each folder among the command line's `paths` (files named directly match by their path as given). */
export function scopeForPaths(scope: WorkspaceScope, paths: readonly string[]): WorkspaceScope {
  return scope.withRoots(paths.filter((path) => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  }));
}

/** What a command takes from `--config`: nothing without one. */
export interface CommandConfig {
  readonly settings?: EngineSettings;
  readonly scope?: WorkspaceScope;
}

/**
 * Loads a command's `--config FILE`, if it has one, writing each warning through `warn`.
 * Returns `null` when the file cannot be used (the reason is already written).
 */
export function commandConfig(file: string | undefined, rules: readonly RuleInfo[], warn: (message: string) => void): CommandConfig | null {
  if (file === undefined) {
    return {};
  }
  try {
    const config = loadConfig(file, rules);
    config.warnings.forEach((w) => warn(`warning: ${w}`));
    return { settings: config.settings, scope: config.scope };
  } catch (error) {
    if (error instanceof ConfigError) {
      warn(error.message);
      return null;
    }
    throw error;
  }
}
