/**
 * The server's state for the editor's status item: how many documents the corpus holds, how
 * many events link them, and what the server is busy with, sent as the `sourceReview/status`
 * notification whenever one of them changes.
 */
import { NotificationType } from 'vscode-languageserver';

/** What the server is doing: reading seeds from disk, linking events, or nothing. */
export type StatusPhase = 'reading' | 'linking' | 'idle';

/** The `sourceReview/status` notification's parameters. */
export interface ServerStatus {
  /** Documents in the workspace corpus. */
  readonly documents: number;
  /** Events reported by two or more documents. */
  readonly events: number;
  /** Grows whenever the event index has changed and settled (the coverage may differ even when the counts do not). */
  readonly revision: number;
  /** Whether a background task is running. */
  readonly busy: boolean;
  /** The most recently started task still running, or `idle`. */
  readonly phase: StatusPhase;
}

/** Server → client: the status changed. */
export const StatusNotification = new NotificationType<ServerStatus>('sourceReview/status');

/** Where the reporter reads the counts and sends the notification. */
export interface StatusSink {
  /** Current corpus and event counts. */
  counts(): { readonly documents: number; readonly events: number; readonly revision: number };
  /** Sends one status to the client. */
  send(status: ServerStatus): void;
}

/** Pause that merges a burst of changes into one notification, in milliseconds. */
const SEND_DELAY = 100;

/**
 * Tracks running background tasks and sends the status after changes settle for a moment; a
 * task's start is sent at once so the editor shows "busy" without delay. A status equal to
 * the last one sent is not sent again.
 */
export class StatusReporter {
  private readonly tasks: StatusPhase[] = [];
  private timer: NodeJS.Timeout | undefined;
  private last = '';
  private disposed = false;

  constructor(private readonly sink: StatusSink) {}

  /** The status as it is now. */
  current(): ServerStatus {
    const { documents, events, revision } = this.sink.counts();
    const phase = this.tasks.at(-1) ?? 'idle';
    return { documents, events, revision, busy: this.tasks.length > 0, phase };
  }

  /** Runs `task` as a phase of work: busy while it runs, even when it fails. */
  async during<T>(phase: Exclude<StatusPhase, 'idle'>, task: () => Promise<T>): Promise<T> {
    this.tasks.push(phase);
    this.sendNow();
    try {
      return await task();
    } finally {
      this.tasks.splice(this.tasks.lastIndexOf(phase), 1);
      this.changed();
    }
  }

  /** The counts may have changed: send the status once changes pause. */
  changed(): void {
    if (this.disposed || this.timer) {
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sendNow();
    }, SEND_DELAY);
  }

  /** Stops sending (shutdown). */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private sendNow(): void {
    if (this.disposed) {
      return;
    }
    const status = this.current();
    const key = JSON.stringify(status);
    if (key !== this.last) {
      this.last = key;
      this.sink.send(status);
    }
  }
}
