import { z } from 'zod';

/** Every kind of record on the record platform. */
export const RECORD_KINDS = ['ticket', 'problem'] as const;
export const RecordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof RecordKind>;

/** Number series and their prefixes: INC-2026-000123, REQ-…, PRB-…; OPR-… for operation requests (Bantul SOP B). */
export const NUMBER_SERIES = { incident: 'INC', request: 'REQ', problem: 'PRB', operation: 'OPR' } as const;
export type NumberSeries = keyof typeof NUMBER_SERIES;

/** A readable record number: prefix, year, and its place in the year's series. */
export function formatRecordNumber(series: NumberSeries, year: number, seq: number): string {
  return `${NUMBER_SERIES[series]}-${year}-${String(seq).padStart(6, '0')}`;
}

/**
 * Links between records are stored in one direction and read from both: each type has the
 * name it shows from the other end (an incident is "caused by" a problem, which "causes" it).
 */
export const LINK_TYPES = {
  relates_to: 'relates_to',
  duplicates: 'duplicated_by',
  caused_by: 'causes',
  resolved_by: 'resolves',
  implements: 'implemented_by',
  affects: 'affected_by',
  depends_on: 'used_by',
} as const;
export type LinkType = keyof typeof LINK_TYPES;
export const LinkType = z.enum(['relates_to', 'duplicates', 'caused_by', 'resolved_by', 'implements', 'affects', 'depends_on']);
export type LinkName = LinkType | (typeof LINK_TYPES)[LinkType];
