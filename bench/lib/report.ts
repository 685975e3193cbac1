import fs from 'node:fs';
import path from 'node:path';
import type { CpuUse } from './cpu';
import type { GeneratedFacts } from './generate';
import type { LoadResult } from './load';
import { must } from './must';

export type EngineReport =
  | {
      engine: 'postgres' | 'pglite';
      version: string;
      settings?: Record<string, string>;
      facts: GeneratedFacts;
      idleRssMb: number;
      /** VACUUM ANALYZE and CHECKPOINT between the writes and the reads (PostgreSQL). */
      vacuumAfterWritesMs?: number;
      bare: { insertTransaction: LoadResult; indexedSelect: LoadResult };
      /** CPU figures are absent from reports older than their columns. */
      http: Record<string, LoadResult & { rssMb: number } & Partial<CpuUse>>;
      jobs: {
        openTickets: number;
        escalationCatchUp: { ms: number; warned: number; breached: number };
        escalationSteady: { ms: number; warned: number; breached: number };
        escalationBacklog?: { openTickets: number; ms: number; warned: number; breached: number };
        autoClose: { ms: number; closed: number };
      };
    }
  | { engine: 'postgres' | 'pglite'; failure: string; scale: number };

export interface BenchRun {
  quick: boolean;
  connections: number;
  seconds: number;
  /** Seconds each scenario is driven, unmeasured, before its measured seconds (absent in older runs). */
  warmup?: number;
  workers: number;
  machine: { cores: number; cpu: string; memoryGb: number; node: string; platform: string };
  reports: EngineReport[];
}

const LABELS: Record<string, string> = {
  ticketCreate: 'create ticket (POST /tickets)',
  agentQueue: 'agent queue (filtered, by due time, page of 25)',
  agentQueueBeforeVacuum: 'agent queue right after the writes, before vacuum',
  ticketDetail: 'ticket detail (GET /tickets/:id)',
  search: 'full-text search (indonesian)',
  ticketCreateAt300PerSecond: 'create ticket at an offered 300/s (open loop)',
  yearlyServiceReport: 'yearly per-service target report (1 client)',
};

export function toMarkdown(run: BenchRun): string {
  const m = run.machine;
  const lines = [
    `# Sigap benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${run.quick ? ' (quick)' : ''}`,
    '',
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GiB, Node ${m.node}, ${m.platform}. Load: ${run.connections} concurrent clients for ${run.seconds} s per scenario${run.warmup ? ` after ${run.warmup} s of unmeasured warm-up` : ''}, from a second process over loopback HTTP. Server processes (SIGAP_WORKERS): ${run.workers}.`,
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
      `${r.version.split(' on ')[0] ?? r.version}. Data: ${f.pemdas} Pemda, ${f.perangkatDaerah} PD, ${f.users.toLocaleString('en')} users, ${f.services} services, ${f.tickets.toLocaleString('en')} tickets, ${f.events.toLocaleString('en')} timeline events, ${f.attachments.toLocaleString('en')} attachments; generated in ${f.seconds} s. Server RSS idle: ${r.idleRssMb} MB.${
        r.settings
          ? ` Settings: ${Object.entries(r.settings)
              .map(([k, v]) => `${k}=${v}`)
              .join(', ')}.`
          : ''
      }`,
      '',
      '| operation | req/s | p50 ms | p95 ms | p99 ms | errors | server RSS MB | server CPU ms/req | PostgreSQL CPU ms/req | event loop running / waiting for a CPU % | machine idle % |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const [name, x] of Object.entries(r.http)) {
      const shortfall =
        'dropped' in x && typeof x.dropped === 'number' && x.dropped > 0 ? ` (${x.dropped} not sent: all 200 connections busy)` : '';
      lines.push(
        `| ${LABELS[name] ?? name} | ${x.throughput}${shortfall} | ${x.p50} | ${x.p95} | ${x.p99} | ${x.errors} | ${x.rssMb} | ${x.serverCpuMsPerRequest ?? '—'} | ${x.databaseCpuMsPerRequest ?? '—'} | ${x.eventLoop ? `${x.eventLoop.runningPercent} / ${x.eventLoop.waitingPercent}` : '—'} | ${x.machineIdlePercent ?? '—'} |`,
      );
    }
    const b = r.bare;
    lines.push(
      `| *bare DB: one-row INSERT transaction* | ${b.insertTransaction.throughput} | ${b.insertTransaction.p50} | ${b.insertTransaction.p95} | ${b.insertTransaction.p99} | ${b.insertTransaction.errors} | | | | | |`,
      `| *bare DB: SELECT ticket by primary key* | ${b.indexedSelect.throughput} | ${b.indexedSelect.p50} | ${b.indexedSelect.p95} | ${b.indexedSelect.p99} | ${b.indexedSelect.errors} | | | | | |`,
      '',
      `Ratios to the database's own speed: ticket creation ${(must(r.http.ticketCreate, 'ticket creation').throughput / b.insertTransaction.throughput).toFixed(3)} × the bare insert-transaction rate; ticket detail ${(must(r.http.ticketDetail, 'ticket detail').throughput / b.indexedSelect.throughput).toFixed(3)} × the bare primary-key select rate.`,
      '',
      r.vacuumAfterWritesMs === undefined
        ? 'Order: the writes, then the reads, with no vacuum between them (PGlite: one session, held by the server, and no autovacuum).'
        : `Order: the writes; the queue right after them; \`VACUUM ANALYZE\` and \`CHECKPOINT\` (${r.vacuumAfterWritesMs} ms; what autovacuum does to the tables the writes touched within a minute or so, with migration 0012's thresholds for tickets); then the reads.`,
      '',
      ...targetLines(r),
      '',
      `SLA jobs over ${r.jobs.openTickets.toLocaleString('en')} open tickets: first run (catch-up) ${r.jobs.escalationCatchUp.ms} ms raising ${r.jobs.escalationCatchUp.warned} to level 2 and ${r.jobs.escalationCatchUp.breached} to level 3; steady run ${r.jobs.escalationSteady.ms} ms (${r.jobs.escalationSteady.warned + r.jobs.escalationSteady.breached} raised); auto-close ${r.jobs.autoClose.ms} ms (${r.jobs.autoClose.closed} closed).${r.jobs.escalationBacklog ? ` With the backlog padded to ${r.jobs.escalationBacklog.openTickets.toLocaleString('en')} open tickets (not yet due ones added): ${r.jobs.escalationBacklog.ms} ms.` : ''}`,
      '',
    );
  }
  return lines.join('\n');
}

/** The issue's targets (at 1M tickets on PostgreSQL), read against this run. */
function targetLines(r: Extract<EngineReport, { http: unknown }>): string[] {
  const h = r.http;
  const rows: [string, boolean | null, string][] = [];
  const check = (name: string, label: string, ok: (x: LoadResult) => boolean, shown: (x: LoadResult) => string) => {
    const x = h[name];
    rows.push([label, x ? ok(x) : null, x ? shown(x) : 'not run']);
  };
  const beforeVacuum = h.agentQueueBeforeVacuum;
  check(
    'agentQueue',
    'agent queue p95 < 50 ms at 50 clients',
    (x) => x.p95 < 50,
    (x) => `p95 ${x.p95} ms${beforeVacuum ? ` (right after the writes, before vacuum: p95 ${beforeVacuum.p95} ms)` : ''}`,
  );
  check(
    'ticketDetail',
    'ticket detail p95 < 50 ms at 50 clients',
    (x) => x.p95 < 50,
    (x) => `p95 ${x.p95} ms`,
  );
  check(
    'ticketCreateAt300PerSecond',
    'ticket creation ≥ 300/s with p95 < 100 ms',
    (x) => x.throughput >= 295 && x.p95 < 100 && x.errors === 0,
    (x) => `${x.throughput}/s, p95 ${x.p95} ms`,
  );
  check(
    'search',
    'search p95 < 150 ms',
    (x) => x.p95 < 150,
    (x) => `p95 ${x.p95} ms`,
  );
  check(
    'yearlyServiceReport',
    'yearly aggregate < 1 s',
    (x) => x.p95 < 1000,
    (x) => `p95 ${x.p95} ms`,
  );
  const e = r.jobs.escalationBacklog;
  rows.push([
    'escalation job over 100k open tickets < 2 s',
    e ? e.openTickets >= 100_000 && e.ms < 2000 : null,
    e ? `${e.ms} ms over ${e.openTickets.toLocaleString('en')} open` : 'not run',
  ]);
  return [
    '| target | measured | met |',
    '|---|---|---|',
    ...rows.map(([label, ok, shown]) => `| ${label} | ${shown} | ${ok === null ? '—' : ok ? 'yes' : 'no'} |`),
  ];
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
