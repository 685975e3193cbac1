import fs from 'node:fs';

/**
 * Huge pages the OS has handed out or promised (PostgreSQL's shared memory, when it runs on this
 * machine and got them), as "used of reserved" MB; null when none are reserved.
 */
export function hugePagesInUse(): string | null {
  const info = Object.fromEntries(
    fs
      .readFileSync('/proc/meminfo', 'utf8')
      .split('\n')
      .map((line) => line.split(/:\s+/))
      .filter((kv) => kv.length === 2)
      .map(([k, v]) => [k, Number.parseInt(v!, 10)]),
  );
  const total = info['HugePages_Total'] ?? 0;
  if (!total) return null;
  const sizeMb = (info['Hugepagesize'] ?? 2048) / 1024;
  const used = total - (info['HugePages_Free'] ?? 0) + (info['HugePages_Rsvd'] ?? 0);
  return `${used * sizeMb} of ${total * sizeMb}`;
}
