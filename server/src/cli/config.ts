/**
 * `--config FILE`: the VS Code settings keys (`rules`, `extraBoilerplatePhrases`, optionally
 * prefixed `sourceReview.`) in a JSON file, validated by the same schema as the server's.
 */
import { readFileSync } from 'node:fs';
import { CATEGORIES, type EngineSettings, type RuleInfo } from '../engine/index.js';
import { parseSettings, SETTINGS_SCHEMA } from '../settings/schema.js';
import { describeFsError } from './fsErrors.js';

/** Settings from a config file, with warnings for keys that were ignored or replaced by defaults. */
export interface LoadedConfig {
  readonly settings: EngineSettings;
  readonly warnings: readonly string[];
}

/** A config file that cannot be used at all (unreadable, or not JSON). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const PREFIX = 'sourceReview.';
/** Keys VS Code knows that mean nothing to the CLI; accepted without a warning. */
const EDITOR_ONLY_KEYS = new Set(['trace.server']);

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
  for (const [key, value] of Object.entries(raw)) {
    const bare = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
    prefixed ||= bare !== key;
    if (bare in SETTINGS_SCHEMA) {
      input[bare] = value;
    } else if (!EDITOR_ONLY_KEYS.has(bare)) {
      warnings.push(`${file}: unknown setting "${key}" ignored.`);
    }
  }
  const { settings, problems } = parseSettings(input, prefixed ? PREFIX : '');
  warnings.push(...problems.map((p) => `${file}: ${p.message}`));
  const known = new Set<string>([...CATEGORIES, ...rules.map((r) => r.id)]);
  for (const id of Object.keys(settings.rules)) {
    if (!known.has(id)) {
      warnings.push(`${file}: "${prefixed ? PREFIX : ''}rules" names "${id}", which is neither a category nor a rule id; ignored.`);
    }
  }
  return { settings, warnings };
}
