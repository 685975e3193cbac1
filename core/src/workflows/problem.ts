import { z } from 'zod';
import { Id, OptionalText } from '../contracts/common';
import { action, defineWorkflow, type ActionName } from '../records/workflow';

/** A problem's life (SPEC §3.7, Y-2.2.1.3): from analysis to a known error, a fix and closure. */
export const PROBLEM_STATUSES = ['new', 'analysis', 'known_error', 'awaiting_fix', 'resolved', 'closed'] as const;
type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** A manager holds problems.manage over the problem's PD; the assignee works it; a reader only reads. */
export const PROBLEM_RELATIONS = ['manager', 'assignee', 'reader'] as const;
export type ProblemRelation = (typeof PROBLEM_RELATIONS)[number];

export const CAUSE_CATEGORIES = ['people', 'process', 'technology', 'vendor', 'environment'] as const;

const WORKING = ['new', 'analysis', 'known_error', 'awaiting_fix'] as const satisfies readonly ProblemStatus[];
const text = (max: number) => z.string().trim().min(3).max(max);
const field = (name: string, required: boolean) => ({ name, widget: 'textarea', required }) as const;

type A<I extends z.ZodObject> = Parameters<typeof action<ProblemStatus, ProblemRelation, null, I>>[0];
const problemAction = <I extends z.ZodObject>(spec: A<I>) => action<ProblemStatus, ProblemRelation, null, I>(spec);

export const problemWorkflow = defineWorkflow({
  kind: 'problem',
  states: PROBLEM_STATUSES,
  final: ['closed'],
  relations: PROBLEM_RELATIONS,
  actions: {
    start_analysis: problemAction({
      input: z.object({}),
      from: ['new'],
      who: ['manager', 'assignee'],
      next: () => 'analysis',
      ui: { tone: 'primary', fields: [] },
    }),
    assign: problemAction({
      input: z.object({ assigneeId: Id }),
      from: WORKING,
      who: ['manager'],
      ui: { tone: 'default', fields: [{ name: 'assigneeId', widget: 'person', required: true }] },
    }),
    record_analysis: problemAction({
      input: z.object({
        symptom: OptionalText(5000),
        cause: OptionalText(5000),
        causeCategory: z
          .enum(CAUSE_CATEGORIES)
          .nullish()
          .transform((v) => v ?? null),
        whys: z.array(z.string().trim().min(1).max(500)).max(5).default([]),
      }),
      from: WORKING,
      who: ['manager', 'assignee'],
      ui: {
        tone: 'default',
        fields: [
          field('symptom', false),
          field('cause', false),
          { name: 'causeCategory', widget: 'select', options: CAUSE_CATEGORIES, required: false },
        ],
      },
    }),
    publish_known_error: problemAction({
      input: z.object({ cause: text(5000), workaround: text(5000) }),
      from: ['analysis'],
      who: ['manager', 'assignee'],
      next: () => 'known_error',
      ui: { tone: 'primary', fields: [field('cause', true), field('workaround', true)] },
    }),
    plan_fix: problemAction({
      input: z.object({ fixPlan: text(5000) }),
      from: ['analysis', 'known_error'],
      who: ['manager', 'assignee'],
      next: () => 'awaiting_fix',
      ui: { tone: 'default', fields: [field('fixPlan', true)] },
    }),
    resolve: problemAction({
      input: z.object({ resolution: text(5000) }),
      from: ['analysis', 'known_error', 'awaiting_fix'],
      who: ['manager', 'assignee'],
      next: () => 'resolved',
      ui: { tone: 'primary', fields: [field('resolution', true)] },
    }),
    close: problemAction({
      input: z.object({}),
      from: ['resolved'],
      who: ['manager'],
      next: () => 'closed',
      ui: { tone: 'default', fields: [] },
    }),
    reopen: problemAction({
      input: z.object({ body: text(2000) }),
      from: ['resolved', 'closed'],
      who: ['manager'],
      next: () => 'analysis',
      ui: { tone: 'default', fields: [field('body', true)] },
    }),
  },
});

export type ProblemActionName = ActionName<typeof problemWorkflow>;
