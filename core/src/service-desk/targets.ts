import { type WorkingCalendar, addWorkingMinutes, workingMinutesBetween } from './calendar';
import { DEFAULT_PRIORITY_MATRIX, type Priority, type PriorityMatrix } from './priority';

/** Tingkat urgensi (Y-Tabel 10): 1 all users/unreachable, 2 some users, 3 user unfamiliar. */
export const URGENCIES = [1, 2, 3] as const;
export type Urgency = (typeof URGENCIES)[number];

export type Clock = 'working' | 'calendar';

/** Per-Pemda service-desk rules; defaults are the Yogyakarta tables (SPEC §3). */
export interface ServiceDeskPolicy {
  priorityMatrix: PriorityMatrix;
  /** Target Waktu Tanggap by priority, minutes (Y-Tabel 3). */
  responseMinutes: Record<Priority, number>;
  /** Resolution by urgency, hours (Y-Tabel 12). */
  resolutionHours: Record<`${Urgency}`, number>;
  /** Outer bound on the first response (Y-Tabel 11: max 3 h in working hours). */
  maxResponseMinutes: number;
  /** How many days back an agent may set when a recorded report was received (issue 17, item 8); 0: not at all. */
  reportBackdateDays: number;
  clocks: { response: Clock; resolution: Clock; fulfilment: Clock };
  /** Share of a target's time after which the ticket is escalated one level (Y-Tabel 13). */
  escalationShare: number;
  /** Unconfirmed resolutions close after this many working days (SPEC §3.6). */
  autoCloseWorkingDays: number;
}

export const DEFAULT_POLICY: ServiceDeskPolicy = {
  priorityMatrix: DEFAULT_PRIORITY_MATRIX,
  responseMinutes: { P1: 15, P2: 30, P3: 60, P4: 90, P5: 120, P6: 150 },
  resolutionHours: { '1': 48, '2': 72, '3': 120 },
  maxResponseMinutes: 180,
  reportBackdateDays: 7,
  clocks: { response: 'working', resolution: 'working', fulfilment: 'working' },
  escalationShare: 0.75,
  autoCloseWorkingDays: 3,
};

export function clockCalendar(cal: WorkingCalendar, clock: Clock): WorkingCalendar {
  return clock === 'calendar' ? { ...cal, alwaysOn: true } : cal;
}

export interface TargetInput {
  reportedAt: Date;
  priority: Priority;
  urgency: Urgency;
  /** From the catalog's request type (service requests only). */
  fulfilmentMinutes: number | null;
  /** Resolution-clock minutes spent waiting on the user so far. */
  pausedMinutes: number;
}

export interface TicketTargets {
  responseDueAt: Date;
  resolutionDueAt: Date;
  fulfilmentDueAt: Date | null;
  /** When the binding target (fulfilment for requests, else resolution) reaches the escalation share. */
  escalateAt: Date;
}

/**
 * Due times for one ticket: priority sets the response target, urgency the resolution target,
 * the request type the fulfilment target; all on the service's calendar (SPEC §3.2).
 */
export function ticketTargets(policy: ServiceDeskPolicy, cal: WorkingCalendar, input: TargetInput): TicketTargets {
  const response = Math.min(policy.responseMinutes[input.priority], policy.maxResponseMinutes);
  const resolution = policy.resolutionHours[`${input.urgency}`] * 60;
  const resolutionCal = clockCalendar(cal, policy.clocks.resolution);
  const fulfilmentCal = clockCalendar(cal, policy.clocks.fulfilment);
  const binding =
    input.fulfilmentMinutes === null
      ? { cal: resolutionCal, minutes: resolution }
      : { cal: fulfilmentCal, minutes: input.fulfilmentMinutes };
  return {
    responseDueAt: addWorkingMinutes(clockCalendar(cal, policy.clocks.response), input.reportedAt, response),
    resolutionDueAt: addWorkingMinutes(resolutionCal, input.reportedAt, resolution + input.pausedMinutes),
    fulfilmentDueAt:
      input.fulfilmentMinutes === null
        ? null
        : addWorkingMinutes(fulfilmentCal, input.reportedAt, input.fulfilmentMinutes + input.pausedMinutes),
    escalateAt: addWorkingMinutes(binding.cal, input.reportedAt, binding.minutes * policy.escalationShare + input.pausedMinutes),
  };
}

/** How much of a target's working time has passed (0…∞; ≥ 1 means breached). */
export function elapsedShare(cal: WorkingCalendar, startedAt: Date, dueAt: Date, now: Date): number {
  const total = workingMinutesBetween(cal, startedAt, dueAt);
  if (total <= 0) return now >= dueAt ? 1 : 0;
  return workingMinutesBetween(cal, startedAt, now) / total;
}
