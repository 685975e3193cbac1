import type { PickDuty } from '@sigap/core';
import type { PickRule } from '../../platform/records/eligibility';
import type { RecordIdentity, RecordKindPolicy } from '../../platform/records/registry';
import { problemRelations } from './problem-access';
import { problemAssigneeRule } from './problem-assignees';
import { ProblemRepository } from './problems.repository';

/** Who may be picked for each duty on a problem. */
const PICKS: Record<PickDuty, (record: RecordIdentity) => PickRule> = { assignee: problemAssigneeRule };

/** Problems on the record platform: readers see them; managers and the assignee work them. */
export function problemRecordPolicy(): RecordKindPolicy {
  return {
    kind: 'problem',
    async access(db, actor, record) {
      const row = await new ProblemRepository(db).assigneeOf(actor.pemdaId, record.id);
      if (!row) return null;
      const relations = problemRelations(actor, { owner_pd_id: record.owner_pd_id, assignee_id: row.assignee_id });
      if (relations.size === 0) return null;
      const works = relations.has('manager') || relations.has('assignee');
      return { relations, internal: true, contribute: works && record.status !== 'closed' };
    },
    pickRule: (_db, record, duty) => Promise.resolve(PICKS[duty](record)),
  };
}
