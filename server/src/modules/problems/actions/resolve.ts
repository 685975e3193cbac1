import { problemEffect } from '../problem-action-context';

export default problemEffect('resolve', (ctx, body) => {
  Object.assign(ctx.changes, { resolution: body.resolution, resolved_at: ctx.now });
  ctx.events.push({ type: 'resolved', visibility: 'public', body: body.resolution, data: { cause: null } });
});
