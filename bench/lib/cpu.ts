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

/** Nanoseconds a thread has run on a CPU and waited, ready, for one (/proc/<pid>/task/<tid>/schedstat). */
function schedstat(pid: number): { runNs: number; waitNs: number } | null {
  try {
    const [run, wait] = fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ');
    return { runNs: Number(run), waitNs: Number(wait) };
  } catch {
    return null;
  }
}

/** The machine's busy and idle time, in ticks, from the first line of /proc/stat. */
function machineTicks(): { busy: number; idle: number } {
  const [cpuLine = ''] = fs.readFileSync('/proc/stat', 'utf8').split('\n');
  const [, ...fields] = cpuLine.trim().split(/\s+/);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields.map(Number);
  return { busy: user + nice + system + irq + softirq + steal, idle: idle + iowait };
}

export interface CpuUse {
  /** CPU milliseconds the server's processes used per answered request. */
  serverCpuMsPerRequest: number;
  /** The same for the local PostgreSQL server's processes; null for PGlite (inside the server) or a remote server. */
  databaseCpuMsPerRequest: number | null;
  /**
   * The server's event loop (the main thread of its busiest process): the share of the run it
   * ran on a CPU, and the share it was ready to run but waited for one. Near 100 % together, the
   * event loop is the serial stage; the waiting part is the CPU that PostgreSQL, the load driver
   * and the server's own helper threads held meanwhile.
   */
  eventLoop: { runningPercent: number; waitingPercent: number } | null;
  /** The share of the machine's CPU time left idle during the run. */
  machineIdlePercent: number;
}

/** CPU the server and the local PostgreSQL used while `run` ran, per request it answered. */
export async function measureCpu<T extends { requests: number }>(
  serverPid: number,
  withPostgres: boolean,
  run: () => Promise<T>,
): Promise<T & CpuUse> {
  const server = processTree(serverPid);
  const before = ticks([...server, ...(withPostgres ? postgresProcesses() : [])]);
  const loopsBefore = new Map(server.map((pid) => [pid, schedstat(pid)]));
  const machineBefore = machineTicks();
  const started = process.hrtime.bigint();
  const result = await run();
  const wallNs = Number(process.hrtime.bigint() - started);
  const machineAfter = machineTicks();
  const loops = [...loopsBefore].flatMap(([pid, b]) => {
    const a = schedstat(pid);
    return a && b ? [{ running: a.runNs - b.runNs, waiting: a.waitNs - b.waitNs }] : [];
  });
  const busiest = loops.sort((x, y) => y.running - x.running)[0];
  const percent = (ns: number) => Math.round((1000 * ns) / wallNs) / 10;
  const busy = machineAfter.busy - machineBefore.busy;
  const idle = machineAfter.idle - machineBefore.idle;
  const used = (pids: number[]) => [...ticks(pids)].reduce((sum, [pid, t]) => sum + t - (before.get(pid) ?? 0), 0) * TICK_MS;
  const perRequest = (ms: number) => (result.requests > 0 ? Math.round((ms / result.requests) * 1000) / 1000 : 0);
  const database = withPostgres ? postgresProcesses() : [];
  return {
    ...result,
    serverCpuMsPerRequest: perRequest(used(processTree(serverPid))),
    databaseCpuMsPerRequest: database.length > 0 ? perRequest(used(database)) : null,
    eventLoop: busiest ? { runningPercent: percent(busiest.running), waitingPercent: percent(busiest.waiting) } : null,
    machineIdlePercent: busy + idle > 0 ? Math.round((1000 * idle) / (busy + idle)) / 10 : 0,
  };
}
