import { Badge, Text, Timeline as MantineTimeline } from '@mantine/core';
import type { TicketEvent } from '@sigap/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time';

function detail(e: TicketEvent, t: (k: string, o?: Record<string, unknown>) => string): string | null {
  const data = (e.data ?? {}) as Record<string, unknown>;
  if (e.type === 'status') return `${t(`statuses.${String(data.from)}`)} → ${t(`statuses.${String(data.to)}`)}`;
  if (e.type === 'confirmed')
    return `${data.satisfaction === 'puas' ? t('desk.satisfied') : t('desk.notSatisfied')} · ${String(data.rating)}/5`;
  if (e.type === 'reprioritised' || e.type === 'converted') return `${String(data.from)} → ${String(data.to)}`;
  if (e.type === 'first_response') return data.met ? t('desk.met') : t('desk.missed');
  if (e.type === 'assigned') return String(data.assigneeName ?? '');
  if (e.type === 'escalated_level' || e.type === 'sla_warning' || e.type === 'sla_breach') return t('desk.level', { level: data.level });
  return null;
}

/** Every handling activity (Y-Tabel 5 field 11), oldest first. */
export function Timeline({ events, timeZone }: { events: TicketEvent[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <MantineTimeline bulletSize={14} lineWidth={2} aria-label={t('desk.timeline')}>
      {events.map((e) => (
        <MantineTimeline.Item
          key={e.id}
          title={
            <Text size="sm" fw={600} span>
              {t(`events.${e.type}`, { defaultValue: e.type })}{' '}
              {e.visibility === 'internal' && (
                <Badge size="xs" color="gray" variant="outline">
                  {t('desk.internal')}
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
