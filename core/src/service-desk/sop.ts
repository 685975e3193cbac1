import { addWorkingDays, type WorkingCalendar, isBeyondHorizon } from './calendar';

/**
 * The Bantul SOP for SPBE service management (Kep. Bupati Bantul 218/2024, SPEC §3.2): section A
 * (*Pelayanan Pengguna SPBE*) for incidents and service requests, section B (*Pengoperasian
 * Layanan SPBE*) for operation requests. A.7 and A.8 (evaluation, improvement) are periodic work
 * over many tickets, not steps of one ticket.
 */
export const SOP_STEPS = ['A.1', 'A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'B.1', 'B.2', 'B.3', 'B.4', 'B.5'] as const;
export type SopStep = (typeof SOP_STEPS)[number];

/** What a step is for, the same in both sections: B has no documentation step of its own. */
export const SOP_PHASES = ['submit', 'triage', 'plan', 'deliver', 'survey', 'document'] as const;
export type SopPhase = (typeof SOP_PHASES)[number];

export type SopFlow = 'A' | 'B';
export const SOP_FLOWS: Record<SopFlow, readonly { step: SopStep; phase: SopPhase }[]> = {
  A: [
    { step: 'A.1', phase: 'submit' },
    { step: 'A.2', phase: 'triage' },
    { step: 'A.3', phase: 'plan' },
    { step: 'A.4', phase: 'deliver' },
    { step: 'A.5', phase: 'survey' },
    { step: 'A.6', phase: 'document' },
  ],
  B: [
    { step: 'B.1', phase: 'submit' },
    { step: 'B.2', phase: 'triage' },
    { step: 'B.3', phase: 'plan' },
    { step: 'B.4', phase: 'deliver' },
    { step: 'B.5', phase: 'survey' },
  ],
};

/** Operation requests follow section B; incidents and service requests section A. */
export function sopFlowOf(kind: 'incident' | 'request' | 'operation'): SopFlow {
  return kind === 'operation' ? 'B' : 'A';
}

/** Clock minutes, hours or days, or working days on the service's calendar. */
export const SOP_UNITS = ['minutes', 'hours', 'days', 'working_days'] as const;
export type SopUnit = (typeof SOP_UNITS)[number];
export interface SopStandard {
  value: number;
  unit: SopUnit;
}
export type SopStandards = Record<SopStep, SopStandard>;

/** A work plan sets its own delivery time within the SOP's 1–14 days (A.4/B.4). */
export const DELIVERY_DAYS = { min: 1, max: 14 } as const;

const day = { value: 1, unit: 'working_days' } as const;
/** The time standards (*Baku Mutu — Waktu*) of the SOP; each Pemda may change them. */
export const DEFAULT_SOP_STANDARDS: SopStandards = {
  'A.1': day,
  'A.2': day,
  'A.3': day,
  'A.4': { value: DELIVERY_DAYS.max, unit: 'working_days' },
  'A.5': { value: 10, unit: 'minutes' },
  'A.6': day,
  'B.1': day,
  'B.2': day,
  'B.3': day,
  'B.4': { value: DELIVERY_DAYS.max, unit: 'working_days' },
  'B.5': { value: 10, unit: 'minutes' },
};

const MINUTE = 60_000;

/** When a step that started at `start` is due; null when the calendar cannot say (it never fails a read). */
export function stepDueAt(cal: WorkingCalendar, start: Date, standard: SopStandard): Date | null {
  const t = start.getTime();
  switch (standard.unit) {
    case 'minutes':
      return new Date(t + standard.value * MINUTE);
    case 'hours':
      return new Date(t + standard.value * 60 * MINUTE);
    case 'days':
      return new Date(t + standard.value * 24 * 60 * MINUTE);
    case 'working_days': {
      // A calendar with too little working time gives the horizon: no due time to show.
      const due = addWorkingDays(cal, start, standard.value);
      return isBeyondHorizon(start, due) ? null : due;
    }
  }
}
