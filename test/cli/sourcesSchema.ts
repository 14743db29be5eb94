/** The `sources` array of `check --format json` (README, JSON section), strict: no extra keys. */
import { z } from 'zod';

const position = z.strictObject({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });

/** An LSP range: 0-based line, UTF-16 character, end exclusive and not before the start. */
export const rangeSchema = z
  .strictObject({ start: position, end: position })
  .refine(({ start, end }) => start.line < end.line || (start.line === end.line && start.character <= end.character), 'start <= end');

/** One statement of a source. */
export const statementSchema = z.strictObject({
  kind: z.enum(['direct-quote', 'indirect', 'source-phrase', 'backward', 'continuation']),
  range: rangeSchema,
  cue: z.strictObject({ range: rangeSchema, text: z.string().min(1) }),
  text: z.string().min(1),
});

/** One source with where it is named and what it says. */
export const sourceSchema = z.strictObject({
  name: z.string().min(1),
  vague: z.boolean(),
  mentions: z.array(rangeSchema),
  statements: z.array(statementSchema).min(1),
});

/** A checked file's `sources`. */
export const sourcesSchema = z.array(sourceSchema);
