import { addWorkingDays } from '@sigap/core';
import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('resolve', (ctx, body) => {
  const { row, setting, now } = ctx;
  Object.assign(ctx.changes, {
    resolved_at: now,
    cause: body.cause ?? row.cause,
    auto_close_at: addWorkingDays(setting.calendar, now, setting.policy.autoCloseWorkingDays),
  });
  ctx.events.push({ type: 'resolved', visibility: 'public', body: body.body, data: { cause: body.cause } });
  ctx.tell.push({
    ...ctx.reporter,
    notice: { code: 'ticket.resolved', params: { number: row.number, title: row.title, text: body.body, trackingCode: row.tracking_code } },
  });
});
