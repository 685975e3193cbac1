import { problemEffect } from '../problem-action-context';

export default problemEffect('publish_known_error', (ctx, body) => {
  Object.assign(ctx.changes, { cause: body.cause, workaround: body.workaround });
  ctx.events.push({ type: 'known_error_published', visibility: 'public', body: body.workaround, data: null });
});
