import type { RecordRef } from '@sigap/core';

/** Where a record's own page is, by its kind. */
export function recordPath(record: Pick<RecordRef, 'id' | 'kind'>): string {
  switch (record.kind) {
    case 'ticket':
      return `/tiket/${record.id}`;
    case 'problem':
      return `/masalah/${record.id}`;
  }
}
