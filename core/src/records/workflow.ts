import { z } from 'zod';
import { Version } from '../contracts/common';

/** How an action is offered in the UI; labels come from the kind's translations (`actions.<name>`). */
export interface ActionUi {
  /** The one action a handler most likely wants next is shown as the primary button. */
  tone: 'primary' | 'default' | 'danger';
  /** Fields the action form shows, in order; each names a property of the action's input. */
  fields: readonly ActionField[];
}

export type ActionField =
  | { name: string; widget: 'text' | 'textarea'; required: boolean }
  | { name: string; widget: 'select'; options: readonly (string | number)[]; required: boolean }
  | { name: string; widget: 'person'; required: boolean }
  | { name: string; widget: 'rating'; required: boolean };

/**
 * One action of a record kind: what it takes, from which states, who may do it, where it leads.
 * `next` is a method (not a property) so that specs with different inputs share one record type.
 */
export interface ActionSpec<S extends string, R extends string, State, I extends z.ZodObject = z.ZodObject> {
  input: I;
  from: readonly S[];
  who: readonly R[];
  /** An extra condition on the record's state (e.g. only tier-1 tickets escalate to tier 2). */
  when?(state: State): boolean;
  /** The state after the action; absent means the state does not change. */
  next?(from: S, input: z.output<I>): S;
  ui: ActionUi;
}

export interface Workflow<S extends string, R extends string, State, A extends Record<string, ActionSpec<S, R, State>>> {
  kind: string;
  states: readonly S[];
  /** States in which the record is finished: nothing but reopening moves it on. */
  final: readonly S[];
  relations: readonly R[];
  actions: A;
}

/** Declares a record kind's workflow once; the server and web derive everything else from it. */
export function defineWorkflow<
  const S extends string,
  const R extends string,
  State,
  const A extends Record<string, ActionSpec<S, R, State>>,
>(workflow: Workflow<S, R, State, A>): Workflow<S, R, State, A> {
  return workflow;
}

/** Keeps an action's input type precise inside a workflow declaration. */
export function action<S extends string, R extends string, State, I extends z.ZodObject>(
  spec: ActionSpec<S, R, State, I>,
): ActionSpec<S, R, State, I> {
  return spec;
}

export type ActionName<W extends { actions: object }> = Extract<keyof W['actions'], string>;

/** The body of an action request: the action's input plus its name and the record version read. */
export type ActionBody<W extends { actions: Record<string, { input: z.ZodObject }> }> = {
  [K in ActionName<W>]: z.output<W['actions'][K]['input']> & { action: K; version: number };
}[ActionName<W>];

/** What the action form may send, before defaults and trimming (z.input). */
export type ActionBodyInput<W extends { actions: Record<string, { input: z.ZodObject }> }> = {
  [K in ActionName<W>]: z.input<W['actions'][K]['input']> & { action: K; version: number };
}[ActionName<W>];

/** The actions someone holding `relations` may take on a record in `status` with `state`. */
export function allowedActionsOf<S extends string, R extends string, State, A extends Record<string, ActionSpec<S, R, State>>>(
  workflow: Workflow<S, R, State, A>,
  status: S,
  state: State,
  relations: ReadonlySet<R>,
): Extract<keyof A, string>[] {
  const names: Extract<keyof A, string>[] = [];
  for (const name in workflow.actions) {
    const spec = workflow.actions[name];
    if (!spec || !spec.from.includes(status)) continue;
    if (!spec.who.some((r) => relations.has(r))) continue;
    if (spec.when && !spec.when(state)) continue;
    names.push(name);
  }
  return names;
}

/** The state a record reaches by an action that was allowed (the action's `next`, else unchanged). */
export function nextState<S extends string, R extends string, State, A extends Record<string, ActionSpec<S, R, State>>>(
  workflow: Workflow<S, R, State, A>,
  from: S,
  body: { action: string; [field: string]: unknown },
): S {
  const spec = Object.hasOwn(workflow.actions, body.action) ? workflow.actions[body.action] : undefined;
  if (!spec) throw new Error(`${workflow.kind} declares no action "${body.action}"`);
  return spec.next ? spec.next(from, body) : from;
}

/**
 * The request body schema of a workflow's action route: a union discriminated by `action`,
 * each member the action's input plus `action` and `version` (strict: unknown fields refused).
 */
export function actionBodySchema<W extends { actions: Record<string, { input: z.ZodObject }> }>(workflow: W) {
  const members = Object.entries(workflow.actions).map(([name, spec]) =>
    spec.input.extend({ action: z.literal(name), version: Version }).strict(),
  );
  const [first, ...rest] = members;
  if (!first) throw new Error('a workflow declares at least one action');
  // Each member was built from the declaration just above, so a parsed body is that action's body.
  const isBody = (value: unknown): value is ActionBody<W> =>
    typeof value === 'object' &&
    value !== null &&
    'action' in value &&
    typeof value.action === 'string' &&
    Object.hasOwn(workflow.actions, value.action);
  return z.discriminatedUnion('action', [first, ...rest]).pipe(z.custom<ActionBody<W>>(isBody));
}
