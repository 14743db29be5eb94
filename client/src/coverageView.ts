/**
 * The "Event Coverage" tree in the Explorer: each event reported by two or more outlets →
 * the outlets (name, languages, mention count) → the sentences, a click opening each one;
 * a last group lists what only one outlet reports, in the theme's warning colour.
 */
import {
  EventEmitter,
  MarkdownString,
  ThemeColor,
  ThemeIcon,
  TreeItem,
  TreeItemCollapsibleState,
  Uri,
  type Event,
  type ProviderResult,
  type TreeDataProvider,
} from 'vscode';
import type { CoverageEvent, CoverageMention, CoverageOutlet, EventCoverage, UncoveredDocument } from './protocol';

/** A node of the coverage tree. */
export type CoverageNode =
  | { readonly kind: 'event'; readonly event: CoverageEvent; readonly lonely: boolean }
  | { readonly kind: 'outlet'; readonly outlet: CoverageOutlet; readonly lonely: boolean }
  | { readonly kind: 'mention'; readonly mention: CoverageMention }
  | { readonly kind: 'lonely'; readonly coverage: EventCoverage }
  | { readonly kind: 'document'; readonly document: UncoveredDocument };

/** Sentences longer than this are cut in the tree (the tooltip has them whole). */
const LABEL_CHARS = 120;

const WARNING = new ThemeColor('list.warningForeground');

/** Supplies the tree from the server's `sourceReview/eventCoverage` answer, fetched again on {@link refresh}. */
export class CoverageTree implements TreeDataProvider<CoverageNode> {
  private readonly changed = new EventEmitter<CoverageNode | undefined>();
  private current: Promise<EventCoverage | null> | undefined;

  /** Fires when the whole tree should be read again. */
  readonly onDidChangeTreeData: Event<CoverageNode | undefined> = this.changed.event;

  /** `fetch` asks the server; it may answer `null` (no server yet). */
  constructor(private readonly fetch: () => Promise<EventCoverage | null>) {}

  /** The coverage the tree shows (fetched once per refresh). */
  coverage(): Promise<EventCoverage | null> {
    this.current ??= this.fetch().catch(() => null);
    return this.current;
  }

  /** Forgets the coverage and redraws the tree. */
  refresh(): void {
    this.current = undefined;
    this.changed.fire(undefined);
  }

  async getChildren(node?: CoverageNode): Promise<CoverageNode[]> {
    if (!node) {
      const coverage = await this.coverage();
      if (!coverage) {
        return [];
      }
      const events: CoverageNode[] = coverage.events.map((event) => ({ kind: 'event', event, lonely: false }));
      const lonely = coverage.uncoveredTotal + coverage.singleOutletEvents.length;
      return lonely > 0 ? [...events, { kind: 'lonely', coverage }] : events;
    }
    switch (node.kind) {
      case 'event':
        return node.event.outlets.map((outlet) => ({ kind: 'outlet', outlet, lonely: node.lonely }));
      case 'outlet':
        return node.outlet.mentions.map((mention) => ({ kind: 'mention', mention }));
      case 'lonely':
        return [
          ...node.coverage.singleOutletEvents.map((event): CoverageNode => ({ kind: 'event', event, lonely: true })),
          ...node.coverage.uncovered.map((document): CoverageNode => ({ kind: 'document', document })),
        ];
      default:
        return [];
    }
  }

  getTreeItem(node: CoverageNode): TreeItem {
    switch (node.kind) {
      case 'event':
        return eventItem(node.event, node.lonely);
      case 'outlet':
        return outletItem(node.outlet, node.lonely);
      case 'mention':
        return mentionItem(node.mention);
      case 'lonely':
        return lonelyItem(node.coverage);
      case 'document':
        return documentItem(node.document);
    }
  }

  getParent(): ProviderResult<CoverageNode> {
    return undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function eventItem(event: CoverageEvent, lonely: boolean): TreeItem {
  const item = new TreeItem(summaryWithoutDate(event), TreeItemCollapsibleState.Collapsed);
  const outlets = event.outlets.length;
  item.description = [event.date, `${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}`].filter(Boolean).join(' · ');
  item.iconPath = lonely ? new ThemeIcon('warning', WARNING) : new ThemeIcon('calendar');
  item.tooltip = new MarkdownString(`**${escape(event.summary)}**\n\nReported by ${event.outlets.map((o) => escape(o.label)).join(', ')}.`);
  item.contextValue = 'event';
  item.id = `${lonely ? 'lonely' : 'event'}:${event.id}`;
  return item;
}

function outletItem(outlet: CoverageOutlet, lonely: boolean): TreeItem {
  const item = new TreeItem(outlet.label, TreeItemCollapsibleState.Collapsed);
  const n = outlet.mentions.length;
  item.description = `${outlet.languages.join(', ')} · ${n} ${n === 1 ? 'mention' : 'mentions'}`;
  item.iconPath = lonely ? new ThemeIcon('warning', WARNING) : new ThemeIcon(outlet.outlet === null ? 'file' : 'globe');
  item.tooltip = outlet.outlet === null ? `${outlet.label}: the document does not name its outlet` : outlet.label;
  item.contextValue = 'outlet';
  return item;
}

function mentionItem(mention: CoverageMention): TreeItem {
  const text = mention.text.length > LABEL_CHARS ? `${mention.text.slice(0, LABEL_CHARS - 1)}…` : mention.text;
  const item = new TreeItem(text, TreeItemCollapsibleState.None);
  const uri = Uri.parse(mention.uri);
  item.description = `${fileName(uri)}:${mention.range.start.line + 1}`;
  item.tooltip = mention.text;
  item.iconPath = new ThemeIcon('quote');
  item.resourceUri = uri;
  item.command = { command: 'vscode.open', title: 'Open the mention', arguments: [uri, { selection: mention.range, preview: true }] };
  item.contextValue = 'mention';
  return item;
}

function lonelyItem(coverage: EventCoverage): TreeItem {
  const item = new TreeItem('Only in one outlet', TreeItemCollapsibleState.Collapsed);
  const parts = [
    coverage.uncoveredTotal > 0 ? `${coverage.uncoveredTotal} ${coverage.uncoveredTotal === 1 ? 'document' : 'documents'}` : '',
    coverage.singleOutletEvents.length > 0 ? `${coverage.singleOutletEvents.length} ${coverage.singleOutletEvents.length === 1 ? 'event' : 'events'}` : '',
  ];
  item.description = parts.filter(Boolean).join(', ');
  item.iconPath = new ThemeIcon('warning', WARNING);
  const listed = coverage.uncovered.length < coverage.uncoveredTotal ? ` The first ${coverage.uncovered.length} documents by name are listed.` : '';
  item.tooltip = `Documents that share no event with another outlet, and events that only one outlet reports.${listed}`;
  item.contextValue = 'lonely';
  item.id = 'lonely';
  return item;
}

function documentItem(document: UncoveredDocument): TreeItem {
  const uri = Uri.parse(document.uri);
  const item = new TreeItem(document.label, TreeItemCollapsibleState.None);
  item.description = [document.outlet ?? 'outlet unknown', document.language].join(' · ');
  item.iconPath = new ThemeIcon('warning', WARNING);
  item.tooltip = `${uri.fsPath}: no other outlet reports its events.`;
  item.resourceUri = uri;
  item.command = { command: 'vscode.open', title: 'Open the document', arguments: [uri] };
  item.contextValue = 'document';
  return item;
}

/** The summary without its trailing date, which the description shows. */
function summaryWithoutDate(event: CoverageEvent): string {
  return event.date === null ? event.summary : event.summary.replace(/\s*\([^()]+\)\s*$/u, '') || event.summary;
}

function fileName(uri: Uri): string {
  return uri.path.split('/').at(-1) ?? uri.path;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/gu, (c) => `\\${c}`);
}
