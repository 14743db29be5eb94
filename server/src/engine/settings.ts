import type { Category, Severity } from './types.js';

/** Per-rule or per-category override. */
export interface RuleSetting {
  readonly enabled?: boolean;
  readonly severity?: Severity;
}

/** What the engine can be told; the server and CLI validate user input into this. */
export interface EngineSettings {
  /** Overrides keyed by category (`boilerplate`) or rule id (`boilerplate/donation-appeal`); a rule id wins. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Extra literal phrases whose lines count as boilerplate (matched case-insensitively). */
  readonly extraBoilerplatePhrases: readonly string[];
  /**
   * Extra literal reporting phrases ("told our correspondent", "сообщил нашему изданию") that
   * attribute a sentence, matched case-insensitively as whole words; any language, since a
   * phrase only ever matches text in its own script.
   */
  readonly extraAttributionCues?: readonly string[];
}

/** Settings when the user gave none. */
export const DEFAULT_SETTINGS: EngineSettings = Object.freeze({
  rules: Object.freeze({}),
  extraBoilerplatePhrases: Object.freeze([]) as readonly string[],
  extraAttributionCues: Object.freeze([]) as readonly string[],
});

/** The effective enablement and severity of a rule under `settings`. */
export function ruleSetting(
  settings: EngineSettings,
  id: string,
  category: Category,
  defaultSeverity: Severity,
): { enabled: boolean; severity: Severity; severityIsSet: boolean } {
  const byCategory = settings.rules[category] ?? {};
  const byRule = settings.rules[id] ?? {};
  const set = byRule.severity ?? byCategory.severity;
  return {
    enabled: byRule.enabled ?? byCategory.enabled ?? true,
    severity: set ?? defaultSeverity,
    severityIsSet: set !== undefined,
  };
}
