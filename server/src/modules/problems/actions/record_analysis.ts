import { problemEffect } from '../problem-action-context';

export default problemEffect('record_analysis', (ctx, body) => {
  Object.assign(ctx.changes, {
    symptom: body.symptom,
    cause: body.cause,
    cause_category: body.causeCategory,
    whys: JSON.stringify(body.whys),
  });
  ctx.events.push({ type: 'analysed', visibility: 'internal', data: { field: 'cause' } });
});
