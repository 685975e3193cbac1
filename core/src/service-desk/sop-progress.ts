import { TIMELINE_DATA } from '../records/events';
import type { WorkingCalendar } from './calendar';
import { SOP_FLOWS, sopFlowOf, stepDueAt, type SopFlow, type SopPhase, type SopStandard, type SopStandards, type SopStep } from './sop';

/** What the SOP step of a ticket is derived from: its kind, how it came in, and its timeline. */
export interface SopFacts {
  kind: 'incident' | 'request' | 'operation';
  reportedAt: Date;
  /** Recorded by an agent (phone, letter, e-mail): recording, classifying and prioritising happened then. */
  recordedByAgent: boolean;
  /** The ticket's timeline in order, internal entries included. */
  events: readonly { type: string; at: Date; data: unknown }[];
}

export type SopStepState = 'done' | 'current' | 'upcoming' | 'skipped';

export interface SopStepProgress {
  step: SopStep;
  phase: SopPhase;
  state: SopStepState;
  startedAt: Date | null;
  endedAt: Date | null;
  /** The step's time standard from its (latest) start; for delivery, the work plan's days when one was made. */
  dueAt: Date | null;
  /** For a finished step: whether it ended by its due time. */
  met: boolean | null;
  /** How often the step was entered (delivery again after *tidak puas* or a reopening). */
  rounds: number;
}

export type WorkPlan = NonNullable<ReturnType<(typeof TIMELINE_DATA)['work_planned']['parse']>>;

export interface SopProgress {
  flow: SopFlow;
  /** The step the ticket is in now; null once it is closed or rejected. */
  current: SopStep | null;
  /** How the flow ended, if it has. */
  ended: 'closed' | 'rejected' | null;
  steps: SopStepProgress[];
  /** The latest work plan (A.3/B.3), with its work order (SPMK) when one was issued. */
  plan: WorkPlan | null;
}

/** Entries that show the desk has recorded, classified and prioritised the ticket (A.2/B.2 done). */
const TRIAGED = new Set([
  'first_response',
  'taken',
  'assigned',
  'reprioritised',
  'converted',
  'escalated_tier',
  'escalated_line',
  'waiting_user',
  'vendor',
]);

interface Span {
  startedAt: Date | null;
  endedAt: Date | null;
  rounds: number;
  skipped: boolean;
}

/**
 * Which SOP step a ticket is in, and when each step started and ended, derived from what the
 * ticket's workflow already records: nobody clicks through the steps. Tidak puas and a reopening
 * send the ticket back to delivery (A.4/B.4); a resolution without a work plan skips A.3/B.3.
 */
export function sopProgress(facts: SopFacts, standards: SopStandards, cal: WorkingCalendar): SopProgress {
  const flow = sopFlowOf(facts.kind);
  const spans = new Map<SopPhase, Span>();
  // One object, so that the helpers below and the loop read the same state.
  const walk: { current: SopPhase | null; ended: SopProgress['ended']; plan: WorkPlan | null } = { current: null, ended: null, plan: null };

  const enter = (phase: SopPhase, at: Date) => {
    spans.set(phase, { startedAt: at, endedAt: null, rounds: (spans.get(phase)?.rounds ?? 0) + 1, skipped: false });
    walk.current = phase;
  };
  const finish = (at: Date) => {
    const span = walk.current && spans.get(walk.current);
    if (span) span.endedAt = at;
    walk.current = null;
  };
  const advance = (phase: SopPhase, at: Date) => {
    finish(at);
    enter(phase, at);
  };
  const close = (at: Date, how: 'closed' | 'rejected') => {
    if (walk.current === 'survey' && flow === 'A') advance('document', at);
    finish(at);
    walk.ended = how;
  };

  enter('submit', facts.reportedAt);
  for (const e of facts.events) {
    const at = e.at;
    if (e.type === 'created') {
      const data = TIMELINE_DATA.created.safeParse(e.data);
      if (data.success && data.data.status === 'awaiting_approval') continue;
      advance('triage', facts.reportedAt);
      if (facts.recordedByAgent) advance('plan', facts.reportedAt);
    } else if (e.type === 'approved' && walk.current === 'submit') {
      advance('triage', at);
    } else if (e.type === 'rejected' && walk.current === 'submit') {
      close(at, 'rejected');
    } else if (TRIAGED.has(e.type) && walk.current === 'triage') {
      advance('plan', at);
    } else if (e.type === 'work_planned') {
      const data = TIMELINE_DATA.work_planned.safeParse(e.data);
      if (data.success) walk.plan = data.data;
      // A plan made straight from triage also ends triage: A.2 and A.3 end together.
      if (walk.current === 'triage') advance('plan', at);
      if (walk.current === 'plan') advance('deliver', at);
    } else if (e.type === 'resolved') {
      if (walk.current === 'triage' || walk.current === 'plan') {
        // Delivered without a written plan: A.3 is skipped and delivery spans from triage to now.
        const triaged = walk.current === 'triage' ? at : (spans.get('plan')?.startedAt ?? at);
        finish(at);
        spans.set('plan', { startedAt: null, endedAt: null, rounds: 0, skipped: true });
        enter('deliver', triaged);
      }
      if (walk.current === 'deliver') advance('survey', at);
    } else if (e.type === 'confirmed' && walk.current === 'survey') {
      const data = TIMELINE_DATA.confirmed.safeParse(e.data);
      if (data.success && data.data.satisfaction === 'tidak_puas') advance('deliver', at);
      else if (flow === 'A') advance('document', at);
      else close(at, 'closed');
    } else if (e.type === 'reopened' && walk.current !== 'deliver') {
      finish(at);
      walk.ended = null;
      enter('deliver', at);
    } else if (e.type === 'closed' || e.type === 'auto_closed') {
      if (walk.current !== null) close(at, 'closed');
    }
  }

  const steps = SOP_FLOWS[flow].map(({ step, phase }): SopStepProgress => {
    const span = spans.get(phase);
    const state: SopStepState =
      span?.skipped === true
        ? 'skipped'
        : span?.endedAt
          ? 'done'
          : span && phase === walk.current
            ? 'current'
            : walk.ended
              ? 'skipped'
              : 'upcoming';
    const planned: SopStandard | null = walk.plan ? { value: walk.plan.deliveryDays, unit: 'working_days' } : null;
    const standard = phase === 'deliver' && planned ? planned : standards[step];
    const dueAt = span?.startedAt ? stepDueAt(cal, span.startedAt, standard) : null;
    return {
      step,
      phase,
      state,
      startedAt: span?.startedAt ?? null,
      endedAt: state === 'done' ? (span?.endedAt ?? null) : null,
      dueAt: state === 'skipped' ? null : dueAt,
      met: state === 'done' && dueAt && span?.endedAt ? span.endedAt.getTime() <= dueAt.getTime() : null,
      rounds: span?.rounds ?? 0,
    };
  });
  const currentStep = steps.find((s) => s.state === 'current')?.step ?? null;
  return { flow, current: currentStep, ended: walk.ended, steps, plan: walk.plan };
}
