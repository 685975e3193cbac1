import { CAUSE_CATEGORIES, PROBLEM_STATUSES, problemWorkflow, type ProblemActionName } from '@sigap/core';
import { useTranslation } from 'react-i18next';
import { oneOf } from '../../lib/oneOf';
import type { ActionLabels } from '../records';

const FIELDS = ['assigneeId', 'symptom', 'cause', 'causeCategory', 'whys', 'workaround', 'fixPlan', 'resolution', 'body'] as const;

function isProblemAction(name: string): name is ProblemActionName {
  return Object.hasOwn(problemWorkflow.actions, name);
}

/** The problem workflow's words for the action panel, from the `problems` namespace. */
export function useProblemActionLabels(): ActionLabels {
  const { t } = useTranslation('problems');
  return {
    action: (name) => (isProblemAction(name) ? t(`actions.${name}`) : name),
    field: (name) => {
      const field = oneOf(FIELDS, name);
      return field ? t(`fields.${field}`) : name;
    },
    option: (field, value) => {
      const category = field === 'causeCategory' ? oneOf(CAUSE_CATEGORIES, value) : undefined;
      return category ? t(`causeCategories.${category}`) : value;
    },
  };
}

/** A problem status in the reader's language (as sent when the interface has no name for it). */
export function useProblemStatusName(): (status: string) => string {
  const { t } = useTranslation('problems');
  return (status) => {
    const known = oneOf(PROBLEM_STATUSES, status);
    return known ? t(`statuses.${known}`) : status;
  };
}
