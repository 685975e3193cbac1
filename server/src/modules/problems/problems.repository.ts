import type { ProblemQuery } from '@sigap/core';
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { problemDb, type ProblemDb, type ProblemTable } from './problems.tables';

const OPEN = ['new', 'analysis', 'known_error', 'awaiting_fix'];

/** Kysely only: problems and their record rows, always filtered by the reader's Pemda. */
export class ProblemRepository {
  private readonly db: ProblemDb;
  constructor(db: Kysely<Database>) {
    this.db = problemDb(db);
  }

  async insert(
    record: { id: string; pemda_id: string; number: string; title: string; owner_pd_id: string | null },
    problem: Insertable<ProblemTable>,
  ) {
    await this.db
      .insertInto('record')
      .values({ ...record, kind: 'problem', status: 'new' })
      .execute();
    await this.db.insertInto('problem').values(problem).execute();
  }

  /** One page of a Pemda's problems, newest first (record_kind_list_idx), and a capped count. */
  async page(pemdaId: string, query: ProblemQuery) {
    let ids = this.db.selectFrom('record as r').where('r.pemda_id', '=', pemdaId).where('r.kind', '=', 'problem');
    if (query.status === 'open') ids = ids.where('r.status', 'in', OPEN);
    else if (query.status !== 'all') ids = ids.where('r.status', '=', query.status);
    if (query.q) ids = ids.where('r.title', 'ilike', `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const [rows, count] = await Promise.all([
      ids
        .innerJoin('problem as p', 'p.id', 'r.id')
        .leftJoin('service as s', 's.id', 'p.service_id')
        .leftJoin('perangkat_daerah as pd', 'pd.id', 'r.owner_pd_id')
        .leftJoin('app_user as u', 'u.id', 'p.assignee_id')
        .select([
          'r.id',
          'r.number',
          'r.title',
          'r.status',
          'p.priority',
          's.name as service_name',
          'pd.name as owner_pd_name',
          'u.name as assignee_name',
          'r.created_at',
        ])
        .orderBy('r.created_at', 'desc')
        .orderBy('r.id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute(),
      this.db
        .selectFrom(ids.select('r.id').limit(10_000).as('capped'))
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  }

  /** The problem with its record and the names it refers to. */
  detail(pemdaId: string, id: string) {
    return this.db
      .selectFrom('record as r')
      .innerJoin('problem as p', 'p.id', 'r.id')
      .leftJoin('service as s', 's.id', 'p.service_id')
      .leftJoin('perangkat_daerah as pd', 'pd.id', 'r.owner_pd_id')
      .leftJoin('app_user as u', 'u.id', 'p.assignee_id')
      .selectAll('p')
      .select([
        'r.number',
        'r.title',
        'r.status',
        'r.version',
        'r.owner_pd_id',
        'r.created_at',
        's.name as service_name',
        'pd.name as owner_pd_name',
        'u.name as assignee_name',
      ])
      .where('r.pemda_id', '=', pemdaId)
      .where('r.id', '=', id)
      .executeTakeFirst();
  }

  /** The record row locked for an action, with the columns the workflow's rules read. */
  lock(pemdaId: string, id: string) {
    return this.db
      .selectFrom('record as r')
      .innerJoin('problem as p', 'p.id', 'r.id')
      .select(['r.id', 'r.pemda_id', 'r.kind', 'r.number', 'r.title', 'r.status', 'r.owner_pd_id', 'r.version', 'p.assignee_id'])
      .where('r.pemda_id', '=', pemdaId)
      .where('r.id', '=', id)
      .where('r.kind', '=', 'problem')
      .forUpdate('r')
      .executeTakeFirst();
  }

  assigneeOf(pemdaId: string, id: string) {
    return this.db.selectFrom('problem').select('assignee_id').where('pemda_id', '=', pemdaId).where('id', '=', id).executeTakeFirst();
  }

  async update(id: string, changes: Updateable<ProblemTable>): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await this.db.updateTable('problem').set(changes).where('id', '=', id).execute();
  }

  /** Where a problem about a service belongs: its providing PD; otherwise Diskominfo. */
  async ownerPd(pemdaId: string, serviceId: string | null): Promise<string | null> {
    if (serviceId) {
      const service = await this.db
        .selectFrom('service')
        .select('provider_pd_id')
        .where('pemda_id', '=', pemdaId)
        .where('id', '=', serviceId)
        .executeTakeFirst();
      return service?.provider_pd_id ?? null;
    }
    const diskominfo = await this.db
      .selectFrom('perangkat_daerah')
      .select('id')
      .where('pemda_id', '=', pemdaId)
      .where('is_diskominfo', '=', true)
      .orderBy('created_at')
      .executeTakeFirst();
    return diskominfo?.id ?? null;
  }

  service(pemdaId: string, serviceId: string) {
    return this.db
      .selectFrom('service')
      .select(['service_type', 'classification'])
      .where('pemda_id', '=', pemdaId)
      .where('id', '=', serviceId)
      .executeTakeFirst();
  }
}
