// npx tsx bench/timeline.ts <port> <agentEmail> [seconds] [connections] [warm-up seconds]
// Drives the agent queue against a running server and prints, for every 100 ms, how many
// requests were answered and the slowest of them: where a run's tail latency comes from
// (a slow start, stalls, a machine whose speed swings) rather than only its percentiles.
import { BENCH_PASSWORD } from './lib/generate';
import { Client, driveHttp, percentile, RawConnection } from './lib/load';
import { queueRequest } from './lib/scenarios';

const [port = '3200', email = '', seconds = '10', connections = '50', warmup = '3'] = process.argv.slice(2);
const base = new URL(`http://127.0.0.1:${port}`);
const agent = new Client(base);
await agent.login(email, BENCH_PASSWORD);
const headers = agent.headers('GET');
if (Number(warmup) > 0) await driveHttp(base, headers, Number(connections), Number(warmup), queueRequest);

const clients = Array.from({ length: Number(connections) }, () => new RawConnection(base, headers));
/** [answered at, latency], in ms from the start. */
const answers: [number, number][] = [];
const start = performance.now();
let sent = 0;
await Promise.all(
  clients.map(async (c) => {
    while (performance.now() - start < Number(seconds) * 1000) {
      const t0 = performance.now();
      await c.request(queueRequest(sent++));
      const t1 = performance.now();
      answers.push([t1 - start, t1 - t0]);
    }
  }),
);
for (const c of clients) c.close();
agent.close();

const latencies = answers.map(([, ms]) => ms).sort((a, b) => a - b);
console.log(`${answers.length} answers in ${seconds} s: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`);
const buckets = Math.ceil(Number(seconds) * 10);
for (let second = 0; second * 10 < buckets; second++) {
  const cells: string[] = [];
  for (let b = second * 10; b < Math.min(buckets, second * 10 + 10); b++) {
    const inBucket = answers.filter(([at]) => at >= b * 100 && at < (b + 1) * 100);
    cells.push(`${inBucket.length}/${inBucket.length ? Math.max(...inBucket.map(([, ms]) => ms)).toFixed(0) : '-'}`);
  }
  const total = answers.filter(([at]) => at >= second * 1000 && at < (second + 1) * 1000).length;
  console.log(`${String(second).padStart(3)} s  ${String(total).padStart(5)}/s  answered/slowest ms per 100 ms: ${cells.join(' ')}`);
}
