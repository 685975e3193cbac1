// npx tsx bench/drive-one.ts <port> <agentEmail> <scenario> [seconds] [connections]
// Drives one scenario against a server that is already running (for profiling it by hand).
import { BENCH_PASSWORD } from './lib/generate';
import { Client, driveHttp } from './lib/load';
import { DESCRIPTIONS, INCIDENT_TITLES, SERVICE_WORDS } from './lib/vocabulary';

const [port = '3200', email = '', scenario = 'queue', seconds = '10', connections = '50'] = process.argv.slice(2);
const base = new URL(`http://127.0.0.1:${port}`);
const agent = new Client(base);
await agent.login(email, BENCH_PASSWORD);
const ids = JSON.parse((await agent.request('GET', '/api/v1/tickets?scope=queue&status=all&pageSize=100')).body).items.map((t: { id: string }) => t.id) as string[];
const words = ['jaringan terputus', 'aplikasi lambat', 'gagal login', 'server mati', 'akun pegawai baru', 'sertifikat kedaluwarsa', 'printer', 'VPN'];
const paths: Record<string, (i: number) => string> = {
  queue: (i) => `/api/v1/tickets?scope=queue&pageSize=25&page=${1 + (i % 4)}${i % 3 === 0 ? '&priority=P4' : ''}`,
  detail: (i) => `/api/v1/tickets/${ids[i % ids.length]}`,
  search: (i) => `/api/v1/tickets?scope=queue&status=all&pageSize=25&q=${encodeURIComponent(words[i % words.length]!)}`,
};
const services = (JSON.parse((await agent.request('GET', '/api/v1/services?pageSize=100')).body) as { items: { id: string; active: boolean }[] }).items.filter((s) => s.active).map((s) => s.id);
const create = (i: number) => ({
  method: 'POST',
  path: '/api/v1/tickets',
  body: {
    kind: 'incident',
    serviceId: services[i % services.length],
    title: INCIDENT_TITLES[i % INCIDENT_TITLES.length]!.replace('{s}', SERVICE_WORDS[i % SERVICE_WORDS.length]!),
    description: `${DESCRIPTIONS[i % DESCRIPTIONS.length]} ${DESCRIPTIONS[(i * 7 + 3) % DESCRIPTIONS.length]}`,
    impact: 'minor',
    urgency: 2,
  },
});
const r =
  scenario === 'create'
    ? await driveHttp(base, agent.headers('POST'), Number(connections), Number(seconds), create)
    : await driveHttp(base, agent.headers('GET'), Number(connections), Number(seconds), (i) => ({ method: 'GET', path: paths[scenario]!(i) }));
console.log(scenario, JSON.stringify(r));
agent.close();
