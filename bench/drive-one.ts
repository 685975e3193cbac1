// npx tsx bench/drive-one.ts <port> <agentEmail> <create|queue|detail|search|health|me|q1|q4p|qs1> [seconds] [connections] [warm-up seconds]
// Drives one scenario against a server that is already running (for profiling it by hand).
// IDS_FILE=<file of ticket ids> for detail; RATE=<n/s> to offer a fixed rate (open loop) instead of a closed loop.
import fs from 'node:fs';
import { BENCH_PASSWORD } from './lib/generate';
import { Client, driveHttp, driveRate, type RawRequest } from './lib/load';
import { createTicket, detailRequest, queueRequest, searchRequest } from './lib/scenarios';

const [port = '3200', email = '', scenario = 'queue', seconds = '10', connections = '50', warmup = '2'] = process.argv.slice(2);
const base = new URL(`http://127.0.0.1:${port}`);
const agent = new Client(base);
await agent.login(email, BENCH_PASSWORD);
// IDS_FILE: ticket ids one per line (the runner's detail reads 5,000 random tickets of the desk).
const ids = process.env.IDS_FILE
  ? fs.readFileSync(process.env.IDS_FILE, 'utf8').split('\n').filter(Boolean)
  : (
      JSON.parse((await agent.request('GET', '/api/v1/tickets?scope=queue&status=all&pageSize=100')).body) as { items: { id: string }[] }
    ).items.map((t) => t.id);
const services = (
  JSON.parse((await agent.request('GET', '/api/v1/services?pageSize=100')).body) as { items: { id: string; active: boolean }[] }
).items
  .filter((s) => s.active)
  .map((s) => s.id);
const scenarios: Record<string, (i: number) => RawRequest> = {
  create: (i) => createTicket(i, services),
  queue: queueRequest,
  detail: (i) => detailRequest(i, ids),
  search: searchRequest,
  health: () => ({ method: 'GET', path: '/api/health' }),
  // One queue request alone (the scenario mixes pages 1–4, a third filtered to P4).
  q1: () => ({ method: 'GET', path: '/api/v1/tickets?scope=queue&pageSize=25&page=1' }),
  q4p: () => ({ method: 'GET', path: '/api/v1/tickets?scope=queue&pageSize=25&page=4&priority=P4' }),
  me: () => ({ method: 'GET', path: '/api/v1/me' }),
  // A queue page of one row: with q1, what the rows of a page cost the server apart from the request.
  qs1: () => ({ method: 'GET', path: '/api/v1/tickets?scope=queue&pageSize=1&page=1' }),
};
const next = scenarios[scenario];
if (!next) throw new Error(`unknown scenario ${scenario}`);
const headers = agent.headers(scenario === 'create' ? 'POST' : 'GET');
if (Number(warmup) > 0) await driveHttp(base, headers, Number(connections), Number(warmup), next);
// RATE: offer that many requests a second (open loop, as the runner's creation at 300/s) instead.
const rate = Number(process.env.RATE ?? 0);
const r =
  rate > 0
    ? await driveRate(base, headers, rate, Number(seconds), 200, next)
    : await driveHttp(base, headers, Number(connections), Number(seconds), next);
console.log(scenario, JSON.stringify(r));
agent.close();
