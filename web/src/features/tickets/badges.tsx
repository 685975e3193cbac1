import { Badge } from '@mantine/core';
import type { TicketStatus } from '@sigap/core';
import { useTranslation } from 'react-i18next';

const PRIORITY_COLORS: Record<string, string> = { P1: 'red', P2: 'orange', P3: 'yellow', P4: 'blue', P5: 'teal', P6: 'gray' };
const STATUS_COLORS: Record<string, string> = {
  new: 'blue',
  awaiting_approval: 'grape',
  in_progress: 'indigo',
  waiting_user: 'yellow',
  resolved: 'teal',
  closed: 'gray',
};

export function PriorityBadge({ priority }: { priority: string }) {
  return (
    <Badge
      color={PRIORITY_COLORS[priority] ?? 'gray'}
      variant="filled"
      style={{ overflow: 'visible' }}
      aria-label={`Prioritas ${priority}`}
    >
      {priority}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation('tickets');
  return (
    <Badge
      color={STATUS_COLORS[status] ?? 'gray'}
      variant="light"
      tt="none"
      maw="none"
      styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
    >
      {t(`statuses.${status}`)}
    </Badge>
  );
}
