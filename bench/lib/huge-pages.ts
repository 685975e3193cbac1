import fs from 'node:fs';

/**
 * Huge pages the OS has handed out or promised (PostgreSQL's shared memory, when it runs on this
 * machine and got them), as "used of reserved" MB; null when none are reserved.
 */
export function hugePagesInUse(): string | null {
  const info = new Map<string, number>();
  for (const line of fs.readFileSync('/proc/meminfo', 'utf8').split('\n')) {
    const [key, value, ...rest] = line.split(/:\s+/);
    if (key !== undefined && value !== undefined && rest.length === 0) info.set(key, Number.parseInt(value, 10));
  }
  const total = info.get('HugePages_Total') ?? 0;
  if (!total) return null;
  const sizeMb = (info.get('Hugepagesize') ?? 2048) / 1024;
  const used = total - (info.get('HugePages_Free') ?? 0) + (info.get('HugePages_Rsvd') ?? 0);
  return `${used * sizeMb} of ${total * sizeMb}`;
}
