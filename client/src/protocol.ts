/**
 * The extension's own messages with the server (beyond LSP): the status notification, the
 * event coverage and re-index requests. Types come from the server's sources (types only,
 * nothing of the server is bundled into the client).
 */
import { NotificationType, RequestType0 } from 'vscode-languageclient/node';
import type { EventCoverage } from '../../server/src/lsp/coverage';
import type { ServerStatus } from '../../server/src/lsp/status';

export type { CoverageEvent, CoverageMention, CoverageOutlet, EventCoverage, UncoveredDocument } from '../../server/src/lsp/coverage';
export type { ServerStatus, StatusPhase } from '../../server/src/lsp/status';

/** Server → client: corpus size, events found, busy or idle. */
export const StatusNotification = new NotificationType<ServerStatus>('sourceReview/status');

/** Client → server: which outlets report which events (`null` before the server is initialised). */
export const EventCoverageRequest = new RequestType0<EventCoverage | null, void>('sourceReview/eventCoverage');

/** Client → server: drop the corpus and its event index and build both again, with progress. */
export const ReindexCorpusRequest = new RequestType0<{ readonly documents: number; readonly events: number } | null, void>('sourceReview/reindexCorpus');
