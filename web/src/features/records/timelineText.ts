import { LINK_TYPES, LinkType, TIMELINE_DATA, type LinkName, type RecordLink, type TimelineEvent } from '@sigap/core';
import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** What a timeline needs besides the entry to say it in words. */
export interface TimelineWords {
  t: TFunction<'records'>;
  /** A status of the record's kind in the reader's language. */
  statusName: (status: string) => string;
  /** The record's current links: they name a link entry from this record's side. */
  links: readonly RecordLink[];
  /** An instant as the reader reads it, in the Pemda's zone. */
  at?: (iso: string) => string;
}

const LINK_NAMES: readonly LinkName[] = [...LinkType.options, ...Object.values(LINK_TYPES)];

function dataOf<S extends z.ZodType>(schema: S, data: unknown): z.output<S> | null {
  const result = schema.safeParse(data);
  return result.success ? result.data : null;
}

/**
 * A link entry names the link type as stored; the record's current link to the same record (when
 * there is one) says it from this side ("causes" rather than "caused by" on the problem).
 */
function linkNameOf(d: { recordId: string; linkType: string }, words: TimelineWords): string {
  const inverse = LinkType.safeParse(d.linkType);
  const current = words.links.find(
    (l) => l.record.id === d.recordId && (l.name === d.linkType || (inverse.success && l.name === LINK_TYPES[inverse.data])),
  );
  const name = current?.name ?? LINK_NAMES.find((n) => n === d.linkType);
  return name ? words.t(`linkNames.${name}`).toLocaleLowerCase() : d.linkType;
}

function level(d: { level: number; automatic: boolean } | null, t: TFunction<'records'>): string | null {
  if (!d) return null;
  return d.automatic ? t('detail.levelAutomatic', { level: d.level }) : t('detail.level', { level: d.level });
}

/** The words under an entry's name, from its type and data; null when the name says it all. */
export function entryDetail(e: Pick<TimelineEvent, 'type' | 'data'>, words: TimelineWords): string | null {
  const { t } = words;
  switch (e.type) {
    case 'created': {
      const d = dataOf(TIMELINE_DATA.created, e.data);
      if (!d?.priority) return null;
      return d.tier ? t('detail.created', { priority: d.priority, tier: d.tier }) : t('detail.createdPriority', { priority: d.priority });
    }
    case 'status': {
      const d = dataOf(TIMELINE_DATA.status, e.data);
      return d && t('detail.statusChange', { from: words.statusName(d.from), to: words.statusName(d.to) });
    }
    case 'attachment': {
      const d = dataOf(TIMELINE_DATA.attachment, e.data);
      return d && t('detail.attachment', { size: Math.max(1, Math.round(d.sizeBytes / 1024)) });
    }
    case 'link_added':
    case 'link_removed': {
      const d = dataOf(TIMELINE_DATA[e.type], e.data);
      if (!d) return null;
      const name = linkNameOf(d, words);
      return e.type === 'link_added'
        ? t('detail.linkAdded', { number: d.number, name })
        : t('detail.linkRemoved', { number: d.number, name });
    }
    case 'approval_decided': {
      const d = dataOf(TIMELINE_DATA.approval_decided, e.data);
      return d && t('detail.decision', { step: d.step, decision: t(`decisions.${d.decision}`) });
    }
    case 'assigned':
      return dataOf(TIMELINE_DATA.assigned, e.data)?.assigneeName ?? null;
    case 'escalated_level':
    case 'sla_warning':
    case 'sla_breach':
      return level(dataOf(TIMELINE_DATA[e.type], e.data), t);
    case 'reprioritised':
    case 'converted': {
      const d = dataOf(TIMELINE_DATA[e.type], e.data);
      return d && t('detail.statusChange', { from: d.from, to: d.to });
    }
    case 'resolved': {
      const cause = dataOf(TIMELINE_DATA.resolved, e.data)?.cause;
      return cause ? t('detail.cause', { cause }) : null;
    }
    case 'confirmed': {
      const d = dataOf(TIMELINE_DATA.confirmed, e.data);
      if (!d) return null;
      return d.satisfaction === 'puas' ? t('detail.satisfied', { rating: d.rating }) : t('detail.notSatisfied', { rating: d.rating });
    }
    case 'reopened':
      return dataOf(TIMELINE_DATA.reopened, e.data)?.unsatisfied ? t('detail.unsatisfied') : null;
    case 'auto_closed':
      return t('detail.autoClosed');
    case 'first_response': {
      const d = dataOf(TIMELINE_DATA.first_response, e.data);
      return d && (d.met ? t('detail.met') : t('detail.missed'));
    }
    case 'analysed': {
      const d = dataOf(TIMELINE_DATA.analysed, e.data);
      return d && t('detail.analysed', { field: t(`analysisFields.${d.field}`) });
    }
    case 'known_error_published':
      return t('detail.knownError');
    case 'work_planned': {
      const d = dataOf(TIMELINE_DATA.work_planned, e.data);
      if (!d) return null;
      return d.workOrderNumber
        ? t('detail.workOrder', { number: d.workOrderNumber, days: d.deliveryDays })
        : t('detail.workPlanned', { days: d.deliveryDays });
    }
    case 'clock_beyond_calendar':
      return t('detail.beyondCalendar');
    case 'routed_fallback': {
      const d = dataOf(TIMELINE_DATA.routed_fallback, e.data);
      if (!d) return null;
      const to = t(`fallbackTo.${d.to}`);
      return d.reason === 'desk'
        ? t('detail.fallbackDesk', { tier: d.tier ?? 1, pd: d.pdName, to })
        : t('detail.fallbackApproval', { pd: d.pdName, to });
    }
    case 'reported_at_set': {
      const d = dataOf(TIMELINE_DATA.reported_at_set, e.data);
      const at = words.at ?? ((iso: string) => iso);
      return d && t('detail.reportedAtSet', { reportedAt: at(d.reportedAt), recordedAt: at(d.recordedAt) });
    }
    case 'comment':
    case 'taken':
    case 'waiting_user':
    case 'resumed':
    case 'escalated_tier':
    case 'escalated_line':
    case 'vendor':
    case 'approved':
    case 'rejected':
    case 'closed':
      return null;
    default: {
      const unknown: never = e.type;
      return unknown;
    }
  }
}
