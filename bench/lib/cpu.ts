import fs from 'node:fs';

/** Linux counts a process's CPU time in ticks of USER_HZ, 100 a second on mainstream builds. */
const TICK_MS = 10;

/** CPU time (user + system) of each process, in ticks, from /proc/<pid>/stat. */
function ticks(pids: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The fields after the command's closing parenthesis start at field 3; utime and stime are 14 and 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      /* the process has ended */
    }
  }
  return out;
}

/** A process and its descendants (the server and, with SIGAP_WORKERS > 1, its workers). */
export function processTree(pid: number): number[] {
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return [pid, ...children.flatMap(processTree)];
  } catch {
    return [pid];
  }
}

/** The local PostgreSQL server's processes (none when the database runs on another host). */
function postgresProcesses(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return fs.readFileSync(`/proc/${name}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    })
    .map(Number);
}

export interface CpuUse {
  /** CPU milliseconds the server's processes used per answered request. */
  serverCpuMsPerRequest: number;
  /** The same for the local PostgreSQL server's processes; null for PGlite (inside the server) or a remote server. */
  databaseCpuMsPerRequest: number | null;
}

/** CPU the server and the local PostgreSQL used while `run` ran, per request it answered. */
export async function measureCpu<T extends { requests: number }>(serverPid: number, withPostgres: boolean, run: () => Promise<T>): Promise<T & CpuUse> {
  const before = ticks([...processTree(serverPid), ...(withPostgres ? postgresProcesses() : [])]);
  const result = await run();
  const used = (pids: number[]) => [...ticks(pids)].reduce((sum, [pid, t]) => sum + t - (before.get(pid) ?? 0), 0) * TICK_MS;
  const perRequest = (ms: number) => (result.requests > 0 ? Math.round((ms / result.requests) * 1000) / 1000 : 0);
  const database = withPostgres ? postgresProcesses() : [];
  return {
    ...result,
    serverCpuMsPerRequest: perRequest(used(processTree(serverPid))),
    databaseCpuMsPerRequest: database.length > 0 ? perRequest(used(database)) : null,
  };
}
