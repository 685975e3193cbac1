import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEEKLY_HOURS, type WorkingCalendar } from './calendar';
import { DEFAULT_SOP_STANDARDS, SOP_FLOWS, stepDueAt } from './sop';
import { sopProgress, type SopFacts } from './sop-progress';

const wib: WorkingCalendar = { offsetMinutes: 420, weekly: DEFAULT_WEEKLY_HOURS, holidays: new Set(), alwaysOn: false };
const at = (local: string) => new Date(`${local}:00+07:00`);
type Ev = SopFacts['events'][number];
const ev = (type: string, local: string, data: unknown = null): Ev => ({ type, at: at(local), data });
const created = (local: string, status = 'new') => ev('created', local, { status, channel: 'web' });
const plan = (local: string, deliveryDays = 3, executor = 'vendor') =>
  ev('work_planned', local, {
    executor,
    executorName: executor === 'internal' ? null : 'CV Maju',
    deliveryDays,
    workOrderNumber: 'SPMK/INC-2026-000001/1',
    attachmentId: null,
  });
const facts = (events: Ev[], extra: Partial<SopFacts> = {}): SopFacts => ({
  kind: 'incident',
  reportedAt: at('2026-11-23T09:00'),
  recordedByAgent: false,
  events,
  ...extra,
});
const progress = (f: SopFacts) => sopProgress(f, DEFAULT_SOP_STANDARDS, wib);
const states = (f: SopFacts) => progress(f).steps.map((s) => `${s.step}:${s.state}`);

describe('stepDueAt', () => {
  it('counts clock units and working days on the service calendar', () => {
    expect(stepDueAt(wib, at('2026-11-23T09:00'), { value: 10, unit: 'minutes' })).toEqual(at('2026-11-23T09:10'));
    expect(stepDueAt(wib, at('2026-11-23T09:00'), { value: 2, unit: 'hours' })).toEqual(at('2026-11-23T11:00'));
    expect(stepDueAt(wib, at('2026-11-27T09:00'), { value: 1, unit: 'days' })).toEqual(at('2026-11-28T09:00'));
    // Friday: one working day later is the end of Monday's hours.
    expect(stepDueAt(wib, at('2026-11-27T09:00'), { value: 1, unit: 'working_days' })).toEqual(at('2026-11-30T16:00'));
  });

  it('gives no due time instead of failing on a calendar without working time', () => {
    expect(
      stepDueAt({ ...wib, weekly: [[], [], [], [], [], [], []] }, at('2026-11-23T09:00'), { value: 1, unit: 'working_days' }),
    ).toBeNull();
  });
});

describe('sopProgress', () => {
  it('puts a new portal ticket in A.2 until the desk responds', () => {
    const p = progress(facts([created('2026-11-23T09:00')]));
    expect(p.flow).toBe('A');
    expect(p.current).toBe('A.2');
    expect(states(facts([created('2026-11-23T09:00')]))).toEqual([
      'A.1:done',
      'A.2:current',
      'A.3:upcoming',
      'A.4:upcoming',
      'A.5:upcoming',
      'A.6:upcoming',
    ]);
    expect(p.steps[1]?.dueAt).toEqual(at('2026-11-24T16:00'));
  });

  it('starts a report an agent recorded in A.3: it was recorded, classified and prioritised then', () => {
    expect(progress(facts([created('2026-11-23T09:00')], { recordedByAgent: true })).current).toBe('A.3');
  });

  it('keeps a request awaiting approval in A.1, and ends it there when rejected', () => {
    const waiting = [created('2026-11-23T09:00', 'awaiting_approval')];
    expect(progress(facts(waiting, { kind: 'request' })).current).toBe('A.1');
    expect(progress(facts([...waiting, ev('approved', '2026-11-23T10:00')], { kind: 'request' })).current).toBe('A.2');
    const rejected = progress(facts([...waiting, ev('rejected', '2026-11-23T10:00')], { kind: 'request' }));
    expect(rejected.current).toBeNull();
    expect(rejected.ended).toBe('rejected');
    expect(rejected.steps.map((s) => s.state)).toEqual(['done', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
  });

  it('walks A.1–A.6 with a work plan, measuring delivery against the plan’s days', () => {
    const p = progress(
      facts([
        created('2026-11-23T09:00'),
        ev('taken', '2026-11-23T09:05'),
        ev('first_response', '2026-11-23T09:05', { met: true }),
        plan('2026-11-23T10:00', 2),
        ev('resolved', '2026-11-24T15:00', { cause: null }),
        ev('confirmed', '2026-11-24T15:05', { satisfaction: 'puas', rating: 5 }),
        ev('closed', '2026-11-24T15:05'),
      ]),
    );
    expect(p.current).toBeNull();
    expect(p.ended).toBe('closed');
    expect(p.steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
    const deliver = p.steps[3];
    expect(deliver?.startedAt).toEqual(at('2026-11-23T10:00'));
    expect(deliver?.dueAt).toEqual(at('2026-11-25T16:00'));
    expect(deliver?.met).toBe(true);
    expect(p.steps[4]?.met).toBe(true);
    expect(p.plan?.workOrderNumber).toBe('SPMK/INC-2026-000001/1');
  });

  it('ends A.2 and A.3 together when the desk plans the work straight away', () => {
    const p = progress(facts([created('2026-11-23T09:00'), plan('2026-11-23T09:30')]));
    expect(p.current).toBe('A.4');
    expect(p.steps.slice(0, 4).map((s) => s.state)).toEqual(['done', 'done', 'done', 'current']);
    expect(p.steps[2]).toMatchObject({ startedAt: at('2026-11-23T09:30'), endedAt: at('2026-11-23T09:30') });
  });

  it('skips A.3 when the desk resolves without a work plan', () => {
    const p = progress(facts([created('2026-11-23T09:00'), ev('taken', '2026-11-23T09:05'), ev('resolved', '2026-11-23T11:00')]));
    expect(p.current).toBe('A.5');
    expect(p.steps[2]?.state).toBe('skipped');
    expect(p.steps[3]).toMatchObject({ state: 'done', startedAt: at('2026-11-23T09:05'), endedAt: at('2026-11-23T11:00') });
  });

  it('sends a ticket back to delivery on tidak puas and on a reopening', () => {
    const base = [
      created('2026-11-23T09:00'),
      ev('taken', '2026-11-23T09:05'),
      plan('2026-11-23T10:00'),
      ev('resolved', '2026-11-23T11:00'),
    ];
    const unhappy = progress(
      facts([
        ...base,
        ev('confirmed', '2026-11-23T11:05', { satisfaction: 'tidak_puas', rating: 1 }),
        ev('reopened', '2026-11-23T11:05', { unsatisfied: true }),
      ]),
    );
    expect(unhappy.current).toBe('A.4');
    expect(unhappy.steps[3]?.rounds).toBe(2);
    const reopened = progress(facts([...base, ev('auto_closed', '2026-11-26T16:00'), ev('reopened', '2026-11-27T08:00')]));
    expect(reopened.current).toBe('A.4');
    expect(reopened.ended).toBeNull();
  });

  it('follows B.1–B.5 for an operation request, which closes after the survey', () => {
    const p = progress(
      facts(
        [
          created('2026-11-23T09:00'),
          ev('taken', '2026-11-23T09:05'),
          plan('2026-11-23T10:00', 5, 'technical_team'),
          ev('resolved', '2026-11-24T10:00'),
          ev('confirmed', '2026-11-24T10:05', { satisfaction: 'puas', rating: 4 }),
          ev('closed', '2026-11-24T10:05'),
        ],
        { kind: 'operation' },
      ),
    );
    expect(p.flow).toBe('B');
    expect(p.steps.map((s) => `${s.step}:${s.state}`)).toEqual(['B.1:done', 'B.2:done', 'B.3:done', 'B.4:done', 'B.5:done']);
    expect(p.ended).toBe('closed');
  });

  it('marks a step late when it ended after its time standard', () => {
    const p = progress(facts([created('2026-11-23T09:00'), ev('taken', '2026-11-26T09:00')]));
    expect(p.steps[1]).toMatchObject({ state: 'done', met: false });
  });

  // Any sequence of timeline entries, in any order the workflow might write them.
  const TYPES = [
    'taken',
    'first_response',
    'work_planned',
    'resolved',
    'confirmed',
    'reopened',
    'closed',
    'auto_closed',
    'approved',
    'rejected',
    'comment',
    'status',
  ];
  const entry = fc.record({
    type: fc.constantFrom(...TYPES),
    minutes: fc.integer({ min: 0, max: 20_000 }),
    puas: fc.boolean(),
  });
  it('always shows at most one current step, every step of its flow once, and times in order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('incident' as const, 'request' as const, 'operation' as const),
        fc.boolean(),
        fc.boolean(),
        fc.array(entry, { maxLength: 25 }),
        (kind, approval, recorded, entries) => {
          const start = at('2026-11-23T09:00').getTime();
          let t = start;
          const events: Ev[] = [{ type: 'created', at: new Date(start), data: { status: approval ? 'awaiting_approval' : 'new' } }];
          for (const e of entries) {
            t += e.minutes * 60_000;
            const data =
              e.type === 'confirmed'
                ? { satisfaction: e.puas ? 'puas' : 'tidak_puas', rating: 3 }
                : e.type === 'work_planned'
                  ? { executor: 'internal', executorName: null, deliveryDays: 3, workOrderNumber: null, attachmentId: null }
                  : null;
            events.push({ type: e.type, at: new Date(t), data });
          }
          const p = progress({ kind, reportedAt: new Date(start), recordedByAgent: recorded, events });
          expect(p.steps.map((s) => s.step)).toEqual(SOP_FLOWS[p.flow].map((s) => s.step));
          expect(p.steps.filter((s) => s.state === 'current').length).toBeLessThanOrEqual(1);
          expect(p.current === null).toBe(p.steps.every((s) => s.state !== 'current'));
          if (p.ended) expect(p.current).toBeNull();
          for (const s of p.steps) {
            if (s.startedAt && s.endedAt) expect(s.endedAt.getTime()).toBeGreaterThanOrEqual(s.startedAt.getTime());
            if (s.state === 'done') expect(s.endedAt).not.toBeNull();
            if (s.state === 'current') expect(s.startedAt).not.toBeNull();
          }
        },
      ),
    );
  });
});
