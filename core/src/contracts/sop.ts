import { z } from 'zod';
import { WORK_EXECUTORS } from '../workflows/ticket';
import { SOP_PHASES, SOP_STEPS, SOP_UNITS } from '../service-desk/sop';
import { Timestamp } from './common';

/** One step's time standard (Bantul SOP *Baku Mutu — Waktu*). */
export const SopStandardSchema = z.strictObject({
  value: z.number().int().min(1).max(10_000),
  unit: z.enum(SOP_UNITS),
});

/** Every step's time standard, A.1–A.6 and B.1–B.5. */
export const SopStandardsSchema = z.strictObject({
  'A.1': SopStandardSchema,
  'A.2': SopStandardSchema,
  'A.3': SopStandardSchema,
  'A.4': SopStandardSchema,
  'A.5': SopStandardSchema,
  'A.6': SopStandardSchema,
  'B.1': SopStandardSchema,
  'B.2': SopStandardSchema,
  'B.3': SopStandardSchema,
  'B.4': SopStandardSchema,
  'B.5': SopStandardSchema,
});

/** The Pemda's SOP time standards; version 0 while it uses the SOP's own. */
export const SopSettings = z.object({ standards: SopStandardsSchema, version: z.number().int(), updatedAt: Timestamp.nullable() });
export type SopSettings = z.infer<typeof SopSettings>;
export const SopSettingsUpdate = z.strictObject({ standards: SopStandardsSchema, version: z.number().int().min(0) });

export const SopStepStateSchema = z.enum(['done', 'current', 'upcoming', 'skipped']);

/** Where a ticket stands in the SOP: each step with its start, end and due time. */
export const TicketSop = z.object({
  flow: z.enum(['A', 'B']),
  current: z.enum(SOP_STEPS).nullable(),
  ended: z.enum(['closed', 'rejected']).nullable(),
  steps: z.array(
    z.object({
      step: z.enum(SOP_STEPS),
      phase: z.enum(SOP_PHASES),
      state: SopStepStateSchema,
      startedAt: Timestamp.nullable(),
      endedAt: Timestamp.nullable(),
      dueAt: Timestamp.nullable(),
      met: z.boolean().nullable(),
      rounds: z.number().int(),
    }),
  ),
  /** The latest work plan and its work order (SPMK); the plan's text and executor only for agents. */
  plan: z
    .object({
      executor: z.enum(WORK_EXECUTORS),
      executorName: z.string().nullable(),
      deliveryDays: z.number().int(),
      workOrderNumber: z.string().nullable(),
      attachmentId: z.string().nullable(),
    })
    .nullable(),
});
export type TicketSop = z.infer<typeof TicketSop>;
