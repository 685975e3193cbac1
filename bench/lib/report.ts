import fs from 'node:fs';
import path from 'node:path';
import type { GeneratedFacts } from './generate';
import type { LoadResult } from './load';

export type EngineReport =
  | {
      engine: 'postgres' | 'pglite';
      version: string;
      facts: GeneratedFacts;
      idleRssMb: number;
      bare: { insertTransaction: LoadResult; indexedSelect: LoadResult };
      http: Record<string, LoadResult & { rssMb: number }>;
      jobs: {
        openTickets: number;
        escalationCatchUp: { ms: number; warned: number; breached: number };
        escalationSteady: { ms: number; warned: number; breached: number };
        autoClose: { ms: number; closed: number };
      };
    }
  | { engine: 'postgres' | 'pglite'; failure: string; scale: number };

export interface BenchRun {
  quick: boolean;
  connections: number;
  seconds: number;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; platform: string };
  reports: EngineReport[];
}

const LABELS: Record<string, string> = {
  ticketCreate: 'create ticket (POST /tickets)',
  agentQueue: 'agent queue (filtered, by due time, page of 25)',
  ticketDetail: 'ticket detail (GET /tickets/:id)',
  search: 'full-text search (indonesian)',
  yearlyServiceReport: 'yearly per-service target report (1 client)',
};

export function toMarkdown(run: BenchRun): string {
  const m = run.machine;
  const lines = [
    `# Sigap benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${run.quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GiB, Node ${m.node}, ${m.platform}. Load: ${run.connections} concurrent clients for ${run.seconds} s per scenario, from a second process over loopback HTTP. Server processes: ${process.env.SIGAP_WORKERS ?? '1'}.`,
    '',
  ];
  for (const r of run.reports) {
    if ('failure' in r) {
      lines.push(`## ${r.engine} at ${r.scale.toLocaleString('en')} tickets: failed`, '', '```', r.failure, '```', '');
      continue;
    }
    const f = r.facts;
    lines.push(
      `## ${r.engine} — ${f.tickets.toLocaleString('en')} tickets`,
      '',
      `${r.version.split(' on ')[0]}. Data: ${f.pemdas} Pemda, ${f.perangkatDaerah} PD, ${f.users.toLocaleString('en')} users, ${f.services} services, ${f.tickets.toLocaleString('en')} tickets, ${f.events.toLocaleString('en')} timeline events, ${f.attachments.toLocaleString('en')} attachments; generated in ${f.seconds} s. Server RSS idle: ${r.idleRssMb} MB.`,
      '',
      '| operation | req/s | p50 ms | p95 ms | p99 ms | errors | server RSS MB |',
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const [name, x] of Object.entries(r.http)) {
      lines.push(`| ${LABELS[name] ?? name} | ${x.throughput} | ${x.p50} | ${x.p95} | ${x.p99} | ${x.errors} | ${x.rssMb} |`);
    }
    const b = r.bare;
    lines.push(
      `| *bare DB: one-row INSERT transaction* | ${b.insertTransaction.throughput} | ${b.insertTransaction.p50} | ${b.insertTransaction.p95} | ${b.insertTransaction.p99} | ${b.insertTransaction.errors} | |`,
      `| *bare DB: SELECT ticket by primary key* | ${b.indexedSelect.throughput} | ${b.indexedSelect.p50} | ${b.indexedSelect.p95} | ${b.indexedSelect.p99} | ${b.indexedSelect.errors} | |`,
      '',
      `Ratios to the database's own speed: ticket creation ${(r.http.ticketCreate!.throughput / b.insertTransaction.throughput).toFixed(3)} × the bare insert-transaction rate; ticket detail ${(r.http.ticketDetail!.throughput / b.indexedSelect.throughput).toFixed(3)} × the bare primary-key select rate.`,
      '',
      `SLA jobs over ${r.jobs.openTickets.toLocaleString('en')} open tickets: first run (catch-up) ${r.jobs.escalationCatchUp.ms} ms raising ${r.jobs.escalationCatchUp.warned} to level 2 and ${r.jobs.escalationCatchUp.breached} to level 3; steady run ${r.jobs.escalationSteady.ms} ms (${r.jobs.escalationSteady.warned + r.jobs.escalationSteady.breached} raised); auto-close ${r.jobs.autoClose.ms} ms (${r.jobs.autoClose.closed} closed).`,
      '',
    );
  }
  return lines.join('\n');
}

export function writeReport(dir: string, run: BenchRun): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const name = `${stamp}${run.quick ? '-quick' : ''}`;
  const json = path.join(dir, `${name}.json`);
  const md = path.join(dir, `${name}.md`);
  fs.writeFileSync(json, JSON.stringify(run, null, 2));
  fs.writeFileSync(md, toMarkdown(run));
  fs.writeFileSync(path.join(dir, run.quick ? 'latest-quick.md' : 'latest.md'), toMarkdown(run));
  return [json, md];
}
