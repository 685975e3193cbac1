import { problemEffect } from '../problem-action-context';

export default problemEffect('plan_fix', (ctx, body) => {
  ctx.changes.fix_plan = body.fixPlan;
  ctx.events.push({ type: 'analysed', visibility: 'internal', body: body.fixPlan, data: { field: 'fix' } });
});
