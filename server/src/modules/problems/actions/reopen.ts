import { problemEffect } from '../problem-action-context';

export default problemEffect('reopen', (ctx, body) => {
  Object.assign(ctx.changes, { resolved_at: null, closed_at: null });
  ctx.events.push({ type: 'reopened', visibility: 'public', body: body.body, data: null });
});
