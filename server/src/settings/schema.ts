import { z } from 'zod';
import type { EngineSettings } from '../engine/settings.js';

const severity = z.enum(['error', 'warning', 'information', 'hint']);

/** A per-category or per-rule override: `false` turns it off, a severity name sets its severity. */
const ruleOverride = z.union([
  z.boolean(),
  severity,
  z.object({ enabled: z.boolean().optional(), severity: severity.optional() }).strict(),
]);

/**
 * The user-facing settings (`sourceReview.*` in VS Code, the same keys in a CLI `--config` file).
 * One schema for the server and the CLI; each key is validated on its own so that one bad
 * value keeps the defaults for that key only.
 */
export const SETTINGS_SCHEMA = {
  rules: z.record(z.string(), ruleOverride).default({}),
  extraBoilerplatePhrases: z.array(z.string().min(1).max(500)).max(1000).default([]),
  /** Whether the editor shows "reported by N other outlets" above sentences other documents report too (not an engine setting). */
  'codeLens.enabled': z.boolean().default(true),
} as const;

/**
 * The `codeLens.enabled` setting from raw settings, nested (`{ codeLens: { enabled } }`, as
 * editors send it) or flat (`"codeLens.enabled"`); the default for a missing or wrong value.
 */
export function codeLensEnabled(raw: unknown): boolean {
  const input = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const nested = input['codeLens'];
  const value = nested !== null && typeof nested === 'object' ? (nested as Record<string, unknown>)['enabled'] : input['codeLens.enabled'];
  const r = SETTINGS_SCHEMA['codeLens.enabled'].safeParse(value);
  return r.success ? r.data : true;
}

/** A problem with one settings key. */
export interface SettingsProblem {
  readonly key: string;
  readonly message: string;
}

/**
 * Validates raw settings (any JSON value) key by key. Returns engine settings, using the
 * default for every key whose value is wrong, and one problem per wrong key naming it.
 */
export function parseSettings(raw: unknown, prefix = 'sourceReview.'): { settings: EngineSettings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const input = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && input !== raw) {
    problems.push({ key: prefix.replace(/\.$/u, ''), message: 'Settings must be an object; using the defaults.' });
  }
  const value = <K extends keyof typeof SETTINGS_SCHEMA>(key: K): z.output<(typeof SETTINGS_SCHEMA)[K]> => {
    const schema = SETTINGS_SCHEMA[key];
    const r = schema.safeParse(input[key]);
    if (r.success) {
      return r.data as z.output<(typeof SETTINGS_SCHEMA)[K]>;
    }
    const issue = r.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${key}.${issue.path.join('.')}` : key;
    problems.push({
      key: `${prefix}${where}`,
      message: `${prefix}${where}: ${issue?.message ?? 'invalid value'}; using the default for ${prefix}${key}.`,
    });
    return schema.parse(undefined) as z.output<(typeof SETTINGS_SCHEMA)[K]>;
  };
  const rules: Record<string, { enabled?: boolean; severity?: z.infer<typeof severity> }> = {};
  for (const [id, o] of Object.entries(value('rules'))) {
    rules[id] = typeof o === 'boolean' ? { enabled: o } : typeof o === 'string' ? { severity: o } : o;
  }
  return { settings: { rules, extraBoilerplatePhrases: value('extraBoilerplatePhrases') }, problems };
}
