/**
 * The status bar item: documents indexed and events found, a spinning icon while the server
 * reads or links the corpus, a warning when the server is not running; a click shows the output.
 */
import { MarkdownString, StatusBarAlignment, ThemeColor, window, type Disposable, type StatusBarItem } from 'vscode';
import type { ServerStatus } from './protocol';

/** What the server is doing, in words. */
const PHASE_TEXT: Record<ServerStatus['phase'], string> = {
  reading: 'reading seeds',
  linking: 'linking events',
  idle: 'idle',
};

/** The status item and the last status it shows. */
export class StatusItem implements Disposable {
  private readonly item: StatusBarItem;
  private last: ServerStatus | undefined;

  constructor() {
    this.item = window.createStatusBarItem('sourceReview.status', StatusBarAlignment.Left, 0);
    this.item.name = 'Source Review';
    this.item.command = 'sourceReview.showOutput';
    this.starting();
    this.item.show();
  }

  /** The last status the server sent. */
  get status(): ServerStatus | undefined {
    return this.last;
  }

  /** The text the item shows now (for tests). */
  get text(): string {
    return this.item.text;
  }

  /** The server is starting (or restarting). */
  starting(): void {
    this.last = undefined;
    this.item.text = '$(sync~spin) Source Review';
    this.item.tooltip = 'Source Review: starting the language server…';
    this.item.backgroundColor = undefined;
  }

  /** The server stopped and is not coming back on its own. */
  stopped(): void {
    this.last = undefined;
    this.item.text = '$(warning) Source Review';
    this.item.tooltip = 'Source Review: the language server is not running. Click to show its output; run "Source Review: Restart Server" to start it again.';
    this.item.backgroundColor = new ThemeColor('statusBarItem.warningBackground');
  }

  /** Shows a status from the server. */
  update(status: ServerStatus): void {
    this.last = status;
    const counts = `${status.documents} ${plural(status.documents, 'doc', 'docs')}, ${status.events} ${plural(status.events, 'event', 'events')}`;
    this.item.text = status.busy ? `$(sync~spin) ${counts}` : `$(checklist) ${counts}`;
    this.item.backgroundColor = undefined;
    const tooltip = new MarkdownString(undefined, true);
    tooltip.appendMarkdown('**Source Review**\n\n');
    tooltip.appendMarkdown(`- ${status.documents} ${plural(status.documents, 'document', 'documents')} in the workspace corpus\n`);
    tooltip.appendMarkdown(`- ${status.events} ${plural(status.events, 'event', 'events')} reported by two or more documents\n`);
    tooltip.appendMarkdown(`- ${status.busy ? '$(sync~spin) ' : ''}${PHASE_TEXT[status.phase]}\n\n`);
    tooltip.appendMarkdown('Click to show the output.');
    this.item.tooltip = tooltip;
  }

  dispose(): void {
    this.item.dispose();
  }
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
