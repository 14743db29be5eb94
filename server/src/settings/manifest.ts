/**
 * The `contributes.configuration` block of the extension manifest, built from the rule
 * registry and the settings keys, so that the manifest, the schema and the rules cannot
 * drift apart: `npm run settings:manifest` writes it into package.json, and a unit test
 * fails when package.json differs from it.
 */
import { CATEGORIES, type RuleInfo } from '../engine/index.js';
import { MAX_GLOB_LENGTH } from './glob.js';
import type { SettingsKey } from './schema.js';

/** A JSON schema fragment as VS Code reads it (with its extensions: scope, markdownDescription). */
export type JsonSchema = { readonly [key: string]: unknown };

const SEVERITIES = ['error', 'warning', 'information', 'hint'];

/** What a category covers, for the settings editor's completion of `sourceReview.rules`. */
const CATEGORY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  boilerplate: 'Every boilerplate rule: site chrome, cookie banners, share and subscribe prompts, credits, repeated lines.',
  comment: 'Reader comments below the article.',
  'unattributed-claim': 'Body sentences that assert something with no source.',
  'vague-attribution': 'Sources too vague to check ("experts say", "по данным источников").',
  tag: 'Review tags written into the text (<!-- review:… -->): unknown kinds and unclosed tags.',
};

/** One override: `false` turns off, a severity name sets the severity, or both in an object. */
function overrideSchema(description: string): JsonSchema {
  return {
    description,
    anyOf: [
      { type: 'boolean' },
      { type: 'string', enum: SEVERITIES },
      {
        type: 'object',
        properties: { enabled: { type: 'boolean' }, severity: { type: 'string', enum: SEVERITIES } },
        additionalProperties: false,
      },
    ],
  };
}

const globArray = (markdownDescription: string): JsonSchema => ({
  scope: 'window',
  type: 'array',
  items: { type: 'string', minLength: 1, maxLength: MAX_GLOB_LENGTH },
  maxItems: 200,
  default: [],
  markdownDescription,
});

/** The manifest's property for each settings key (without the `sourceReview.` prefix). */
export function settingsProperties(rules: readonly RuleInfo[]): Record<SettingsKey, JsonSchema> {
  const ruleProperties: Record<string, JsonSchema> = {};
  for (const category of CATEGORIES) {
    ruleProperties[category] = overrideSchema(`Category \`${category}\`. ${CATEGORY_DESCRIPTIONS[category] ?? ''}`.trim());
  }
  for (const rule of rules) {
    ruleProperties[rule.id] = overrideSchema(`${rule.description} (default severity: ${rule.defaultSeverity})`);
  }
  return {
    rules: {
      scope: 'resource',
      type: 'object',
      default: {},
      markdownDescription:
        'Turns categories (`boilerplate`, `comment`, `unattributed-claim`, `vague-attribution`, `tag`) or single rules ' +
        '(`boilerplate/donation-appeal`) off with `false`, or sets their severity (`"error"`, `"warning"`, `"information"`, `"hint"`), ' +
        'or both: `{ "enabled": true, "severity": "hint" }`. A rule id wins over its category.',
      properties: ruleProperties,
      additionalProperties: false,
    },
    extraBoilerplatePhrases: {
      scope: 'resource',
      type: 'array',
      items: { type: 'string', minLength: 1, maxLength: 500 },
      maxItems: 1000,
      default: [],
      markdownDescription: "Extra phrases (literal text, any case) whose lines count as boilerplate, e.g. a site's own sign-off.",
    },
    extraAttributionCues: {
      scope: 'resource',
      type: 'array',
      items: { type: 'string', minLength: 1, maxLength: 200 },
      maxItems: 1000,
      default: [],
      markdownDescription:
        'Extra reporting phrases, in any language (literal text, any case, whole words), that attribute a sentence, so it is not ' +
        'flagged as an unattributed claim: e.g. `"let slip to"`, `"обмолвился"`. The speaker is looked for around the phrase.',
    },
    outlets: {
      scope: 'window',
      type: 'array',
      maxItems: 500,
      default: [],
      markdownDescription:
        'Names the outlet of documents, overriding the outlet detected from the text (in hovers, event coverage, CodeLenses and the CLI). ' +
        'Each entry is `{ "pattern": "reuters/**", "outlet": "Reuters" }` (a path glob relative to the workspace folder) or ' +
        '`{ "signature": "© Example News", "outlet": "Example News" }` (literal text found in the document, any case). The first match wins.',
      items: {
        type: 'object',
        anyOf: [
          {
            properties: { pattern: { type: 'string', minLength: 1, maxLength: MAX_GLOB_LENGTH }, outlet: { type: 'string', minLength: 1, maxLength: 200 } },
            required: ['pattern', 'outlet'],
            additionalProperties: false,
          },
          {
            properties: { signature: { type: 'string', minLength: 1, maxLength: 500 }, outlet: { type: 'string', minLength: 1, maxLength: 200 } },
            required: ['signature', 'outlet'],
            additionalProperties: false,
          },
        ],
      },
    },
    'corpus.include': globArray(
      'Globs (relative to the workspace folder) of the seed files that make up the corpus; empty: every seed file. ' +
        'A glob with no `/` matches the file name at any depth (`*.md`); `**` matches any number of folders; `{a,b}`, `[a-z]`, `?` work as usual.',
    ),
    'corpus.exclude': globArray('Globs (relative to the workspace folder) of seed files left out of the corpus, e.g. `drafts/**`. Exclusion wins over inclusion.'),
    'codeLens.enabled': {
      scope: 'resource',
      type: 'boolean',
      default: true,
      description: 'Shows "reported by N other outlets" above sentences whose event other documents of the workspace report too.',
    },
    'trace.server': {
      scope: 'window',
      type: 'string',
      enum: ['off', 'messages', 'verbose'],
      default: 'off',
      description: 'Traces the communication between VS Code and the Source Review language server.',
    },
  };
}

/** The whole `contributes.configuration` block. */
export function configurationBlock(rules: readonly RuleInfo[]): { title: string; properties: Record<string, JsonSchema> } {
  const properties: Record<string, JsonSchema> = {};
  for (const [key, schema] of Object.entries(settingsProperties(rules))) {
    properties[`sourceReview.${key}`] = schema;
  }
  return { title: 'Source Review', properties };
}
