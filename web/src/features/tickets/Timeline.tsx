import { Badge, Text, Timeline as MantineTimeline } from '@mantine/core';
import { TICKET_STATUSES, type TicketEvent } from '@sigap/core';
import type { TFunction, i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Resources } from '../../i18n/namespaces';
import { oneOf } from '../../lib/oneOf';
import { formatDateTime } from '../../lib/time';

type EventType = keyof Resources['tickets']['events'];

/** Whether the timeline has a name for an event type (the server sends it as text; an unknown one shows as sent). */
function isNamed(i18next: i18n, type: string): type is EventType {
  return i18next.exists(`events.${type}`, { ns: 'tickets' });
}

function statusName(t: TFunction<'tickets'>, value: unknown): string {
  const status = oneOf(TICKET_STATUSES, value);
  return status ? t(`statuses.${status}`) : String(value);
}

function detail(e: TicketEvent, t: TFunction<'tickets'>): string | null {
  const data = (e.data ?? {}) as Record<string, unknown>;
  if (e.type === 'status') return `${statusName(t, data.from)} → ${statusName(t, data.to)}`;
  if (e.type === 'confirmed') return `${data.satisfaction === 'puas' ? t('satisfied') : t('notSatisfied')} · ${String(data.rating)}/5`;
  if (e.type === 'reprioritised' || e.type === 'converted') return `${String(data.from)} → ${String(data.to)}`;
  if (e.type === 'first_response') return data.met ? t('met') : t('missed');
  if (e.type === 'assigned') return String(data.assigneeName ?? '');
  if (e.type === 'escalated_level' || e.type === 'sla_warning' || e.type === 'sla_breach') return t('level', { level: data.level });
  return null;
}

/** Every handling activity (Y-Tabel 5 field 11), oldest first. */
export function Timeline({ events, timeZone }: { events: TicketEvent[]; timeZone: string }) {
  const { t, i18n } = useTranslation('tickets');
  return (
    <MantineTimeline bulletSize={14} lineWidth={2} aria-label={t('timeline')}>
      {events.map((e) => (
        <MantineTimeline.Item
          key={e.id}
          title={
            <Text size="sm" fw={600} span>
              {isNamed(i18n, e.type) ? t(`events.${e.type}`) : e.type}{' '}
              {e.visibility === 'internal' && (
                <Badge size="xs" color="gray" variant="outline">
                  {t('internal')}
                </Badge>
              )}
            </Text>
          }
          data-testid="timeline-item"
          data-type={e.type}
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(e.at, timeZone)} · {e.actorName}
          </Text>
          {detail(e, t) && <Text size="sm">{detail(e, t)}</Text>}
          {e.body && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {e.body}
            </Text>
          )}
        </MantineTimeline.Item>
      ))}
    </MantineTimeline>
  );
}
