import { uuidv7 } from '../../../platform/db/uuid7';
import { ProblemError } from '../../../platform/http/problem';
import { ticketEffect } from '../ticket-action-context';
import { workOrderNumber, workOrderFacts } from '../work-order-facts';
import { workOrderPdf } from '../work-order';

/**
 * Bantul SOP A.3/B.3: the work plan. When a technical team or a vendor does the work (A.4 "Perlu
 * Penyedia Layanan"), a work order (SPMK) is made from the ticket and kept as its attachment.
 */
export default ticketEffect('plan_work', async (ctx, body) => {
  const { row, now } = ctx;
  if (body.executor !== 'internal' && !body.executorName)
    throw new ProblemError('validation.failed', [
      { path: 'executorName', message: 'Sebutkan tim teknis atau rekanan yang melaksanakan pekerjaan.' },
    ]);
  let order: { number: string; attachmentId: string } | null = null;
  if (body.executor !== 'internal' && body.executorName) {
    const facts = await workOrderFacts(ctx, body.deliveryDays);
    const number = workOrderNumber(row.number, facts.issued + 1);
    const bytes = await workOrderPdf({
      ...facts,
      number,
      executor: body.executor,
      executorName: body.executorName,
      plan: body.plan,
      deliveryDays: body.deliveryDays,
      issuedBy: ctx.who.actorName,
      issuedAt: now,
    });
    order = { number, attachmentId: uuidv7(now.getTime()) };
    ctx.documents.push({ id: order.attachmentId, filename: `${number.replaceAll('/', '-')}.pdf`, bytes });
  }
  ctx.events.push({
    type: 'work_planned',
    visibility: 'public',
    body: body.plan,
    data: {
      executor: body.executor,
      executorName: body.executor === 'internal' ? null : body.executorName,
      deliveryDays: body.deliveryDays,
      workOrderNumber: order?.number ?? null,
      attachmentId: order?.attachmentId ?? null,
    },
  });
});
