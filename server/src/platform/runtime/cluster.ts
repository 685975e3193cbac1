import cluster from 'node:cluster';

/**
 * Runs `count` server processes on one port (node:cluster), the first of them running the
 * background jobs when `jobs` is set, and forks a new one whenever one dies.
 *
 * Connections are handed out by the operating system (`SCHED_NONE`: every worker accepts on the
 * shared listening socket), not by the primary. Under Node's default round-robin the primary
 * accepts each connection and passes it to a worker, keeping its own copy until the worker says it
 * took it: when the worker dies first (a crash, `kill -9`, the OOM killer), that copy stays open
 * in the primary (CLOSE-WAIT) and the client waits forever. With the operating system's
 * hand-out a connection only ever lives in the worker that accepted it, so its death closes it,
 * and connections not yet accepted wait in the shared queue for a live worker.
 */
export function runWorkers(count: number, jobs: boolean): void {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  let stopping = false;
  const fork = (runJobs: boolean) => {
    // A worker killed by a signal exits with no code (null), which is not 0 either.
    cluster.fork({ SIGAP_RUN_JOBS: runJobs ? '1' : '0' }).on('exit', (code) => {
      if (!stopping && code !== 0) fork(runJobs);
    });
  };
  for (let i = 0; i < count; i++) fork(i === 0 && jobs);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
    });
  }
}
