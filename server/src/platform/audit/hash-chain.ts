import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth, so a value hashes the same after a jsonb round trip. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedRecord {
  /** Null in the deployment's own chain. */
  pemdaId: string | null;
  seq: number;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
}

/** sha256 over the record's content and its predecessor's hash. */
export function hashRecord(r: ChainedRecord): string {
  const content = canonicalJson([
    r.pemdaId,
    r.seq,
    r.occurredAt.toISOString(),
    r.actorId,
    r.actorName,
    r.action,
    r.entityType,
    r.entityId,
    r.before ?? null,
    r.after ?? null,
    r.requestId,
    r.prevHash,
  ]);
  return createHash('sha256').update(content).digest('hex');
}
