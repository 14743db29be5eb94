/**
 * Hover content for a sentence that other documents report too: per event, each other
 * mention's outlet, language, sentence and a `[file:line](file:///…#Lline)` link, with what
 * differs in framing; and the passages the document shares verbatim with another ("reprint").
 */
import { framingDifferences, type EventAtPosition, type EventMention, type ReprintPassage } from '../engine/events/index.js';
import type { Span } from '../engine/index.js';
import { documentLink } from './hover.js';

/** A hover lists at most this many other mentions per event. */
const MAX_MENTIONS = 12;

/** Markdown for the events and reprints at a position, and the span it covers; `undefined` when there are none. */
export function eventHover(
  events: readonly EventAtPosition[],
  reprints: readonly ReprintPassage[],
  roots: readonly string[],
): { markdown: string; span: Span } | undefined {
  const sections: string[] = [];
  let span: Span | undefined;
  for (const at of events) {
    if (at.others.length === 0) {
      continue;
    }
    span ??= at.mention.span;
    sections.push(eventSection(at, roots));
  }
  if (reprints.length > 0) {
    span ??= reprints[0]!.span;
    sections.push(reprintSection(reprints, roots));
  }
  return span === undefined ? undefined : { markdown: sections.join('\n\n---\n\n'), span };
}

function eventSection(at: EventAtPosition, roots: readonly string[]): string {
  const documents = new Set(at.others.map((m) => m.uri)).size;
  const lines = [`**Event** · ${escapeMarkdown(at.event.summary)}`, '', `Also reported in ${documents === 1 ? '1 other document' : `${documents} other documents`}:`, ''];
  for (const other of at.others.slice(0, MAX_MENTIONS)) {
    lines.push(...mentionItem(at.mention, other, roots));
  }
  if (at.others.length > MAX_MENTIONS) {
    lines.push(`- … and ${at.others.length - MAX_MENTIONS} more`);
  }
  return lines.join('\n');
}

function mentionItem(mention: EventMention, other: EventMention, roots: readonly string[]): string[] {
  const outlet = other.outlet ?? 'outlet unknown';
  const item = [`- **${escapeMarkdown(outlet)}** (${other.language}) · ${documentLink(other.uri, other.line, roots)}`, `  > ${escapeMarkdown(oneLine(other.text))}`];
  const framing = framingDifferences(mention, other);
  if (framing.length > 0) {
    item.push('', `  Framing: ${framing.map((f) => escapeMarkdown(f.message.replace(/\.$/u, ''))).join('; ')}.`);
  }
  return item;
}

function reprintSection(reprints: readonly ReprintPassage[], roots: readonly string[]): string {
  const lines = ['**Reprint** · this passage appears nearly verbatim elsewhere (one source, not two):', ''];
  for (const p of reprints.slice(0, MAX_MENTIONS)) {
    const range = p.otherFirstLine === p.otherLastLine ? `line ${p.otherFirstLine + 1}` : `lines ${p.otherFirstLine + 1}–${p.otherLastLine + 1}`;
    lines.push(`- also in ${documentLink(p.otherUri, p.otherFirstLine, roots)}, ${range} (${Math.round(p.overlap * 100)}% shared)`);
  }
  return lines.join('\n');
}

/** A sentence on one line, so that it stays inside its list item. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Escapes the characters that would turn a scraped sentence into Markdown markup. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
