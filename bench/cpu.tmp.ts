import { spawn, execSync } from 'node:child_process';
import fs from 'node:fs';
import { Client, drive } from './lib/load';
const env = { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sigap_bench_1000000', PORT: '3202', HOST: '127.0.0.1', SIGAP_JOBS: '0', SIGAP_DEMO: '0', SIGAP_LOG_LEVEL: 'error' };
const s = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof2', '--import', 'tsx', 'server/src/main.ts'], { env, stdio: 'inherit' });
for (let i = 0; i < 300; i++) { try { if ((await fetch('http://127.0.0.1:3202/api/health')).ok) break; } catch {} await new Promise(r => setTimeout(r, 200)); }
const facts = JSON.parse(fs.readFileSync('bench/.data/postgres-1000000.json', 'utf8'));
const c = new Client(new URL('http://127.0.0.1:3202')); await c.login(facts.agentEmail, 'sigap-bench');
const r = new Client(new URL('http://127.0.0.1:3202')); await r.login(facts.reporterEmail, 'sigap-bench');
const services = JSON.parse(execSync(`psql -h 127.0.0.1 -U postgres -d sigap_bench_1000000 -tAc "select json_agg(s.id) from service s join pemda p on p.id=s.pemda_id where p.name='Kabupaten Uji 1'"`).toString());
const ticks = () => { const pg = execSync("ps -C postgres -o times= | awk '{s+=$1} END {print s}'").toString().trim(); const node = fs.readFileSync(`/proc/${s.pid}/stat`, 'utf8').split(' '); const me = fs.readFileSync('/proc/self/stat', 'utf8').split(' '); return { pg: Number(pg), node: (Number(node[13]) + Number(node[14])) / 100, runner: (Number(me[13]) + Number(me[14])) / 100 }; };
for (const [name, op] of [
  ['queue', async (i: number) => void (await c.request('GET', `/api/v1/tickets?scope=queue&pageSize=25&page=${1 + (i % 4)}`))],
  // ['search', async (i: number) => void (await c.request('GET', `/api/v1/tickets?scope=queue&status=all&pageSize=25&q=${encodeURIComponent(['jaringan terputus','printer','gagal login'][i % 3]!)}`))],
  ['create', async (i: number) => void (await r.request('POST', '/api/v1/tickets', { kind: 'incident', serviceId: services[i % services.length], title: 'Aplikasi tidak bisa diakses', description: 'Halaman galat sejak pagi, mohon bantuan.', impact: 'minor', urgency: 2 }))],
] as const) {
  const a = ticks(); const t0 = Date.now();
  const res = await drive(50, 6, op);
  const b = ticks(); const wall = (Date.now() - t0) / 1000;
  console.log(name, res.throughput, '/s p95', res.p95, '| cpu cores used: pg', ((b.pg - a.pg) / wall).toFixed(2), 'node', ((b.node - a.node) / wall).toFixed(2), 'runner', ((b.runner - a.runner) / wall).toFixed(2));
}
c.close(); r.close(); s.kill('SIGINT'); await new Promise(x => s.once('exit', x));
