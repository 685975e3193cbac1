import { Badge, Group, Text, Timeline as MantineTimeline } from '@mantine/core';
import type { PublicTimelineEvent, RecordLink, TimelineEvent } from '@sigap/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time';
import { entryDetail } from './timelineText';

const asSent = (status: string) => status;
const NO_LINKS: readonly RecordLink[] = [];

export interface TimelineProps {
  /** A public page's entries name the actor's role only (PublicTimelineEvent). */
  events: readonly (TimelineEvent | PublicTimelineEvent)[];
  timeZone: string;
  /** A status of the record's kind in the reader's language (the kind's namespace knows them). */
  statusName?: (status: string) => string;
  /** The record's current links, so a link entry is named from this record's side. */
  links?: readonly RecordLink[];
}

/**
 * Every entry of a record's timeline, oldest first, in the reader's language: its name from its
 * type, its words from its data, a person's text as written. Internal notes are set apart by a lock,
 * a tinted background and the words "Catatan internal", not by colour alone.
 */
export function Timeline({ events, timeZone, statusName = asSent, links = NO_LINKS }: TimelineProps) {
  const { t } = useTranslation('records');
  return (
    <MantineTimeline bulletSize={18} lineWidth={2} aria-label={t('timeline')}>
      {events.map((e) => {
        const note = e.type === 'comment' && e.visibility === 'internal';
        const detail = entryDetail(e, { t, statusName, links, at: (iso) => formatDateTime(iso, timeZone) });
        return (
          <MantineTimeline.Item
            key={e.id}
            data-testid="timeline-item"
            data-type={e.type}
            data-visibility={e.visibility}
            color={note ? 'yellow' : undefined}
            bullet={note ? <IconLock size={11} aria-hidden /> : undefined}
            title={
              <Group gap={6} component="span">
                <Text size="sm" fw={600} span>
                  {note ? t('internalNote') : t(`events.${e.type}`)}
                </Text>
                {e.visibility === 'internal' && !note && (
                  <Badge size="xs" color="gray" variant="outline" tt="none">
                    {t('agentsOnly')}
                  </Badge>
                )}
              </Group>
            }
            styles={
              note
                ? {
                    itemBody: {
                      background: 'var(--mantine-color-yellow-0)',
                      borderLeft: '3px dashed var(--mantine-color-yellow-6)',
                      padding: '4px 8px',
                    },
                  }
                : undefined
            }
          >
            <Text size="xs" c="dimmed">
              {formatDateTime(e.at, timeZone)} · {'actorRole' in e ? t(`actorRoles.${e.actorRole}`) : e.actorName}
            </Text>
            {detail && <Text size="sm">{detail}</Text>}
            {e.body && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {e.body}
              </Text>
            )}
          </MantineTimeline.Item>
        );
      })}
    </MantineTimeline>
  );
}
