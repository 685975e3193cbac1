import { problemEffect } from '../problem-action-context';

export default problemEffect('close', (ctx) => {
  ctx.changes.closed_at = ctx.now;
});
