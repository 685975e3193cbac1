import { Badge } from '@mantine/core';
import type { ProblemStatus } from '@sigap/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ProblemStatus, string> = {
  new: 'blue',
  analysis: 'indigo',
  known_error: 'orange',
  awaiting_fix: 'yellow',
  resolved: 'teal',
  closed: 'gray',
};

/** A problem's status, in words (the colour only repeats them). */
export function ProblemStatusBadge({ status }: { status: ProblemStatus }) {
  const { t } = useTranslation('problems');
  return (
    <Badge color={COLORS[status]} variant="light" tt="none" data-testid="problem-status">
      {t(`statuses.${status}`)}
    </Badge>
  );
}
