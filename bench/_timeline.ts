import { BENCH_PASSWORD } from './lib/generate';
import { Client, RawConnection } from './lib/load';
import { queueRequest } from './lib/scenarios';
const base = new URL('http://127.0.0.1:3300');
const agent = new Client(base);
await agent.login('u1@pemda1.bench.sigap.id', BENCH_PASSWORD);
const conns = Array.from({ length: 50 }, () => new RawConnection(base, agent.headers('GET')));
const done: [number, number][] = [];
const t0 = performance.now();
let i = 0;
await Promise.all(conns.map(async (c) => {
  while (performance.now() - t0 < 10_000) {
    const s = performance.now();
    await c.request(queueRequest(i++));
    const e = performance.now();
    done.push([e - t0, e - s]);
  }
}));
done.sort((a, b) => a[0] - b[0]);
// gaps: no completion for > 30 ms
const gaps: string[] = [];
for (let k = 1; k < done.length; k++) if (done[k]![0] - done[k - 1]![0] > 30) gaps.push(`${done[k - 1]![0].toFixed(0)}+${(done[k]![0] - done[k - 1]![0]).toFixed(0)}`);
const lat = done.map((d) => d[1]).sort((a, b) => a - b);
console.log('n', done.length, 'p50', lat[Math.floor(lat.length * 0.5)]!.toFixed(1), 'p95', lat[Math.floor(lat.length * 0.95)]!.toFixed(1));
console.log('gaps > 30 ms:', gaps.length, gaps.join(' '));
// per 500 ms bucket: count and p95
for (let b = 0; b < 20; b++) {
  const inB = done.filter((d) => d[0] >= b * 500 && d[0] < (b + 1) * 500).map((d) => d[1]).sort((x, y) => x - y);
  if (inB.length) process.stdout.write(`${b * 0.5}s:${inB.length}/${inB[Math.floor(inB.length * 0.95)]!.toFixed(0)} `);
}
console.log();
for (const c of conns) c.close();
agent.close();
