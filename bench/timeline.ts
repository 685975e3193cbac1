// npx tsx bench/timeline.ts <port> <agentEmail> [seconds] [connections] [warm-up seconds]
// Drives the agent queue against a running server and prints, for every 100 ms, how many
// requests were answered and the slowest of them: where a run's tail latency comes from
// (a slow start, stalls, a machine whose speed swings) rather than only its percentiles.
import { BENCH_PASSWORD } from './lib/generate';
import { Client, driveHttp } from './lib/load';
import { must } from './lib/must';
import { queueRequest } from './lib/scenarios';

const [port = '3200', email = '', seconds = '10', connections = '50', warmup = '3'] = process.argv.slice(2);
const base = new URL(`http://127.0.0.1:${port}`);
const agent = new Client(base);
await agent.login(email, BENCH_PASSWORD);
const headers = agent.headers('GET');
if (Number(warmup) > 0) await driveHttp(base, headers, Number(connections), Number(warmup), queueRequest);

/** Per 100 ms of the run: answers, and the slowest of them in ms. */
const buckets = Array.from({ length: Math.ceil(Number(seconds) * 10) + 1 }, () => ({ answered: 0, slowest: 0 }));
const r = await driveHttp(base, headers, Number(connections), Number(seconds), queueRequest, (at, ms) => {
  const bucket = must(buckets[Math.min(buckets.length - 1, Math.floor(at / 100))], 'bucket');
  bucket.answered += 1;
  bucket.slowest = Math.max(bucket.slowest, ms);
});
agent.close();

console.log(`${r.requests} answers in ${r.seconds} s: ${r.throughput}/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms`);
for (let second = 0; second * 10 < buckets.length; second++) {
  const row = buckets.slice(second * 10, second * 10 + 10);
  const cells = row.map((b) => `${b.answered}/${b.answered ? b.slowest.toFixed(0) : '-'}`);
  const total = row.reduce((n, b) => n + b.answered, 0);
  console.log(`${String(second).padStart(3)} s  ${String(total).padStart(5)}/s  answered/slowest ms per 100 ms: ${cells.join(' ')}`);
}
