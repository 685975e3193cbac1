import { renderNotice, type Language } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { ProblemError } from '../../platform/http/problem';
import { NotificationRepository } from './notifications.repository';

/** In-app notices, put into words in the reader's language and the Pemda's zone as they are read. */
export class NotificationService {
  private readonly repo: NotificationRepository;
  constructor(db: Kysely<Database>) {
    this.repo = new NotificationRepository(db);
  }

  async page(userId: string, language: Language, page: number, pageSize: number) {
    const { rows, total, unread } = await this.repo.page(userId, page, pageSize);
    return {
      items: rows.map((n) => {
        const words = renderNotice(n.code, n.params, language, n.time_zone);
        return {
          id: n.id,
          recordId: n.record_id,
          recordKind: n.record_kind,
          code: n.code,
          title: words.title,
          body: words.body,
          readAt: n.read_at?.toISOString() ?? null,
          createdAt: n.created_at.toISOString(),
        };
      }),
      total,
      unread,
      page,
      pageSize,
    };
  }

  /**
   * Marking one's own notices read is not a business write; it is not audited. Someone else's
   * notice (another user's, another Pemda's) is not found, like any row the reader may not see.
   */
  async markRead(userId: string, id: string | null): Promise<void> {
    if (id === null) return this.repo.markAllRead(userId);
    if (!(await this.repo.markRead(userId, id))) throw new ProblemError('resource.not_found');
  }
}
