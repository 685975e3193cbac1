import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { chainPendingAudit, pemdasWithPendingAudit } from './audit';

/**
 * Links committed audit records into their Pemda's hash chain soon after they commit: kicked
 * after every write request, and swept on an interval for writes made elsewhere (jobs, other
 * processes) or left pending by a crash. One drain runs at a time; kicks during it coalesce.
 */
const GATHER_MS = 20;

export class AuditChainer {
  private draining: Promise<void> | null = null;
  /** Kicks that came while a drain ran: that drain takes another pass. */
  private kicksWhileDraining = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly onError: (error: unknown) => void,
  ) {}

  kick(): void {
    if (this.draining) {
      this.kicksWhileDraining++;
      return;
    }
    // A short pause lets a burst of writes be chained in one pass.
    this.draining = new Promise<void>((resolve) => setTimeout(resolve, GATHER_MS))
      .then(() => this.drain())
      .finally(() => {
        this.draining = null;
      });
  }

  /** Waits for the running drain, if any (tests, shutdown). */
  async settle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.settle();
  }

  private async drain(): Promise<void> {
    do {
      if (this.kicksWhileDraining > 0) await new Promise((resolve) => setTimeout(resolve, GATHER_MS));
      this.kicksWhileDraining = 0;
      try {
        for (const pemdaId of await pemdasWithPendingAudit(this.db)) await chainPendingAudit(this.db, pemdaId);
      } catch (error) {
        this.onError(error);
        return;
      }
    } while (this.kicksWhileDraining > 0);
  }
}
