import { PERMISSIONS } from '@sigap/core';
import { ProblemError } from '../../../platform/http/problem';
import { holdsRole } from '../../identity';
import { problemEffect } from '../problem-action-context';

/** Only someone who may manage problems of the problem's PD can be given it. */
export default problemEffect('assign', async (ctx, body) => {
  const eligible = await holdsRole(ctx.trx, ctx.record.pemda_id, body.assigneeId, PERMISSIONS['problems.manage'], ctx.record.owner_pd_id);
  if (!eligible)
    throw new ProblemError('validation.failed', [{ path: 'assigneeId', message: 'Orang ini tidak dapat ditugaskan pada masalah ini.' }]);
  ctx.changes.assignee_id = body.assigneeId;
  const person = await ctx.trx.selectFrom('app_user').select('name').where('id', '=', body.assigneeId).executeTakeFirstOrThrow();
  ctx.events.push({ type: 'assigned', visibility: 'internal', data: { assigneeId: body.assigneeId, assigneeName: person.name } });
  ctx.tell.push({
    userIds: [body.assigneeId],
    notice: { code: 'record.assigned', params: { number: ctx.record.number, title: ctx.record.title } },
  });
});
