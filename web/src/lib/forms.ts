import { notifications } from '@mantine/notifications';
import type { UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import { ApiError } from '../api/client';
import i18n from '../i18n';

/** Validates a Mantine form with the same zod contract the server uses. */
export function zodValidate(schema: z.ZodType) {
  return (values: unknown): Record<string, string> => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const key = issue.path.join('.');
      errors[key] ??= issue.message;
    }
    return errors;
  };
}

/** Puts a server problem on the form's fields where it names them, and always tells the user. */
export function showProblem<T>(error: unknown, form?: UseFormReturnType<T>) {
  if (error instanceof ApiError) {
    if (form && error.problem.errors) {
      for (const e of error.problem.errors) form.setFieldError(e.path.replace(/^body\.?/, ''), e.message);
    }
    notifications.show({ color: 'red', title: error.problem.title, message: error.problem.detail, closeButtonProps: closeButton() });
    return;
  }
  notifications.show({ color: 'red', title: i18n.t('failed'), message: String(error), closeButtonProps: closeButton() });
}

export function showSaved(message = i18n.t('saved')) {
  notifications.show({ color: 'green', message, closeButtonProps: closeButton() });
}

/**
 * The fields a server problem names, as `{ 'weeklyHours.1.0.start': message }` (without the
 * `body.` the server puts before a body field), for forms that keep their own state.
 */
export function problemFieldErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  if (error instanceof ApiError) for (const e of error.problem.errors ?? []) errors[e.path.replace(/^body\.?/, '')] ??= e.message;
  return errors;
}
/** A notice's close button, named for screen readers (it shows only an ×). */
const closeButton = () => ({ 'aria-label': i18n.t('close') });
