import type { ActionField, ActionUi } from '@sigap/core';
import type { z } from 'zod';

/** What the action panel reads of a workflow declaration (core's `defineWorkflow`). */
export interface DeclaredWorkflow {
  actions: Readonly<Record<string, { input: z.ZodObject; ui: ActionUi }>>;
}

/** An action's words, from the kind's namespace (`actions.<name>` and the fields' labels). */
export interface ActionLabels {
  action: (name: string) => string;
  field: (name: string, action: string) => string;
  option: (field: string, value: string) => string;
}

/** A person the person field offers. */
export interface PersonOption {
  value: string;
  label: string;
}

/** The form's values as its inputs hold them (a select's or rating's value as text). */
export type FormValues = Record<string, string>;

/** What an action form sends: each field's value in the type its input takes; an empty optional field is left out. */
export function valuesOf(fields: readonly ActionField[], form: FormValues): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const f of fields) {
    const raw = (form[f.name] ?? '').trim();
    if (!raw) continue;
    if (f.widget === 'select') values[f.name] = f.options.find((o) => String(o) === raw) ?? raw;
    else if (f.widget === 'rating') values[f.name] = Number(raw);
    else values[f.name] = raw;
  }
  return values;
}

/** Field errors: required fields left empty first, then what the action's input schema says. */
export function errorsOf(
  fields: readonly ActionField[],
  input: z.ZodObject,
  form: FormValues,
  requiredMessage: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of fields) if (f.required && !(form[f.name] ?? '').trim()) errors[f.name] = requiredMessage;
  if (Object.keys(errors).length > 0) return errors;
  const result = input.safeParse(valuesOf(fields, form));
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? fields[0]?.name ?? '');
    errors[key] ??= issue.message;
  }
  return errors;
}
