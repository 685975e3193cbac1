#!/usr/bin/env node
// The container recipe's steps, in one place. The Dockerfile runs `build` and `health`; CI runs
// `check` from `npm test`, which makes a clean directory of the tracked files, runs the same
// `build` there, and starts the result exactly as the Dockerfile's runtime stage does (its ENV and
// CMD) as a user other than root, until /api/health/ready answers. A recipe whose steps fail
// fails CI, although CI cannot pull the base image.
//
//   node scripts/container-steps.mjs build <src> <app>   install and build in <src>, lay out <app>
//   node scripts/container-steps.mjs health [url]        exit 0 when /api/health/ready answers 200
//   node scripts/container-steps.mjs check               CI: build and start in a clean directory
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORKSPACES = ['core', 'client', 'server', 'web', 'e2e', 'bench'];
/** What the runtime needs besides the production install: the server runs its TypeScript through tsx. */
const APP_FILES = ['package.json', 'package-lock.json', 'tsconfig.base.json', 'server/tsconfig.json', 'scripts/container-steps.mjs'];
const APP_DIRS = ['core/src', 'server/src', 'server/migrations', 'web/dist'];
const NPM_FLAGS = ['--no-audit', '--no-fund', '--prefer-offline'];

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
function step(command, args, cwd) {
  const started = Date.now();
  console.log(`\n$ ${command} ${args.join(' ')}   (in ${cwd})`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${String(result.status ?? result.signal)}`);
  console.log(`  ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Tests stay out of the image; the effect loaders read whole folders of `.ts` files. */
const notATest = (/** @type {string} */ source) => !/\.test\.tsx?$/.test(source);

/**
 * The build stage: everything installed in `src`, the web app built, then `app` laid out with the
 * server's sources, the built web app and a production-only install of the server's dependencies.
 * @param {string} src
 * @param {string} app
 */
export function build(src, app) {
  step('npm', ['ci', ...NPM_FLAGS], src);
  step('npm', ['run', 'build:web'], src);
  fs.mkdirSync(app, { recursive: true });
  for (const file of [...APP_FILES, ...WORKSPACES.map((w) => `${w}/package.json`)]) {
    fs.mkdirSync(path.dirname(path.join(app, file)), { recursive: true });
    fs.copyFileSync(path.join(src, file), path.join(app, file));
  }
  for (const dir of APP_DIRS) fs.cpSync(path.join(src, dir), path.join(app, dir), { recursive: true, filter: notATest });
  step('npm', ['ci', '--omit=dev', '--workspace', 'server', ...NPM_FLAGS], app);
}

/**
 * The image's HEALTHCHECK: ready (or degraded: serving, a job late) answers 200.
 * @param {string} url
 */
export async function healthy(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(4000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/**
 * What the Dockerfile's last stage sets: its `ENV KEY=value` lines and its `CMD [...]`.
 * @returns {{ env: Record<string, string>, cmd: string[], user: string }}
 */
export function runtimeStage(dockerfile = fs.readFileSync(path.join(repo, 'Dockerfile'), 'utf8')) {
  const lines = dockerfile.split('\n');
  const last = lines.findLastIndex((l) => l.startsWith('FROM '));
  /** @type {Record<string, string>} */
  const env = {};
  /** @type {string[]} */
  let cmd = [];
  let user = 'root';
  for (const line of lines.slice(last)) {
    const setting = /^ENV ([A-Z_]+)=(\S+)$/.exec(line);
    if (setting?.[1] && setting[2]) env[setting[1]] = setting[2];
    if (line.startsWith('CMD ')) cmd = stringArray(JSON.parse(line.slice(4)));
    if (line.startsWith('USER ')) user = line.slice(5).trim();
  }
  if (!cmd.length) throw new Error('the Dockerfile has no CMD [...] in its last stage');
  return { env, cmd, user };
}

/** @param {unknown} value @returns {string[]} */
function stringArray(value) {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error('CMD must be a JSON array of strings');
  return value;
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The real user of a process, from /proc (Linux). @param {number} pid */
function uidOf(pid) {
  const status = fs.readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  return Number(/^Uid:\s+(\d+)/m.exec(status)?.[1] ?? NaN);
}

/**
 * Starts the laid-out app as the image does and waits for /api/health/ready; as root, as the
 * unprivileged user 65534 (the image runs as `node`).
 * @param {string} app
 * @param {string} label
 * @param {Record<string, string>} extraEnv
 */
async function startAndProbe(app, label, extraEnv) {
  const { env, cmd } = runtimeStage();
  const [command, ...args] = cmd;
  if (!command) throw new Error('empty CMD');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-container-data-'));
  const isRoot = process.getuid?.() === 0;
  if (isRoot) fs.chownSync(dataDir, 65534, 65534);
  const port = String(await freePort());
  const started = Date.now();
  const child = spawn(command, args, {
    cwd: app,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dataDir,
      ...env,
      SIGAP_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: port,
      SIGAP_LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    ...(isRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    if (!child.pid) throw new Error('the server did not start');
    const uid = uidOf(child.pid);
    if (uid === 0) throw new Error('the server runs as root');
    const url = `http://127.0.0.1:${port}/api/health/ready`;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${label}: the server exited with ${String(child.exitCode)}`);
      if (await healthy(url)) break;
      if (Date.now() - started > 240_000) throw new Error(`${label}: ${url} did not answer 200 within 240 s`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const body = await (await fetch(url)).text();
    const page = await fetch(`http://127.0.0.1:${port}/`);
    if (page.status !== 200 || !(page.headers.get('content-type') ?? '').startsWith('text/html')) {
      throw new Error(`${label}: the web app is not served at / (${String(page.status)})`);
    }
    console.log(
      `\n✔ ${label}: ${cmd.join(' ')} as uid ${String(uid)}, web app served, ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${body}`,
    );
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** @param {string} adminUrl @param {string} text */
async function adminQuery(adminUrl, text) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** CI: the tracked files in a clean directory, built and started as the Dockerfile does. */
async function check() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-container-'));
  fs.chmodSync(work, 0o755);
  const src = path.join(work, 'src');
  const app = path.join(work, 'app');
  const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' });
  if (tracked.status !== 0) throw new Error('git ls-files failed: the check copies the tracked files');
  try {
    for (const file of tracked.stdout.split('\0').filter(Boolean)) {
      if (!fs.existsSync(path.join(repo, file))) continue;
      fs.mkdirSync(path.dirname(path.join(src, file)), { recursive: true });
      fs.copyFileSync(path.join(repo, file), path.join(src, file));
    }
    build(src, app);
    // As in the image, the code is root's and only readable by the server's user, whatever the umask.
    if (process.getuid?.() === 0) step('chmod', ['-R', 'a+rX', app], work);
    await startAndProbe(app, 'embedded database (PGlite)', {});
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (adminUrl) {
      const name = `sigap_container_${String(process.pid)}`;
      await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
      try {
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        await startAndProbe(app, 'PostgreSQL', { DATABASE_URL: url.toString() });
      } finally {
        await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const [command, ...args] = process.argv.slice(2);
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (command === 'build' && args[0] && args[1]) build(path.resolve(args[0]), path.resolve(args[1]));
  else if (command === 'health')
    process.exit((await healthy(args[0] ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}/api/health/ready`)) ? 0 : 1);
  else if (command === 'check') {
    const started = Date.now();
    await check();
    console.log(`container steps: ok in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } else {
    console.error('usage: container-steps.mjs build <src> <app> | health [url] | check');
    process.exit(2);
  }
}
