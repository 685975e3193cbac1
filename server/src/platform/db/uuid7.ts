import { randomFillSync } from 'node:crypto';

/** Random bytes drawn in blocks: one system call for many ids. */
const pool = Buffer.alloc(10 * 512);
let used = pool.length;

/**
 * A time-ordered UUID (version 7, RFC 9562): 48 bits of Unix milliseconds, then 74 random bits.
 * Rows written together land next to each other in every index that leads with their id —
 * the primary key, and the tables that index by ticket (timeline, notifications, audit) — so a
 * new ticket touches the right-hand pages those indexes already hold in memory instead of a
 * random page each. With random (version 4) ids, the first change to each such page after a
 * checkpoint also writes the whole page to the WAL: at 1M tickets that was most of a
 * creation's WAL right after a checkpoint (bench/results/SUMMARY.md).
 */
export function uuidv7(ms: number = Date.now()): string {
  if (used + 10 > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const random = pool.toString('hex', used, (used += 10));
  const time = Math.trunc(ms).toString(16).padStart(12, '0');
  // Version 7 in the 13th digit; the variant's bits 10 in the 17th.
  const variant = ((parseInt(random.charAt(3), 16) & 0x3) | 0x8).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(0, 3)}-${variant}${random.slice(4, 7)}-${random.slice(7, 19)}`;
}
