#!/usr/bin/env node
// `npm test`: lint (ESLint, Prettier, dependency-cruiser), typecheck, unit + API tests (PGlite,
// and PostgreSQL when TEST_DATABASE_URL is set), the container recipe's steps, then the browser
// journeys in Debian's Chromium.
// Every step runs and counts towards the exit status. Ends with one totals line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-test-'));
/** @param {string} name */
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/**
 * @param {string} label
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function ensureChromium() {
  if (fs.existsSync(chromium)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    return (
      run('Installing Debian chromium for the browser tests', 'apt-get', ['update', '-qq']) &&
      run('apt-get install -y chromium', 'apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' })
    );
  }
  console.error(`\nChromium is missing at ${chromium}. Install it with:\n\n  sudo apt-get install -y chromium\n`);
  return false;
}

/**
 * A count in a test runner's JSON report, found by its path of keys; 0 when there is none
 * (the runner did not get to write its report).
 * @param {string} file
 * @param {string[]} keys
 * @returns {number}
 */
function countIn(file, keys) {
  /** @type {unknown} */
  let node;
  try {
    node = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return 0;
  }
  for (const key of keys) node = node instanceof Object ? Object.entries(node).find(([name]) => name === key)?.[1] : undefined;
  return typeof node === 'number' ? node : 0;
}

if (!process.env.TEST_DATABASE_URL) {
  console.log('TEST_DATABASE_URL is not set: API tests run on PGlite only (set it to also run them on PostgreSQL).');
}

const results = [];
results.push(run('Lint: ESLint', 'npm', ['run', 'lint:code', '--silent']));
results.push(run('Lint: Prettier', 'npm', ['run', 'lint:format', '--silent']));
results.push(run('Lint: dependency-cruiser', 'npm', ['run', 'lint:deps', '--silent']));
results.push(run('Typecheck', 'npm', ['run', 'typecheck', '--silent']));
const vitestReport = path.join(reports, 'vitest.json');
results.push(
  run('Unit and API tests (Vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]),
);
// The Dockerfile's build and start steps (production install, build, start as a non-root user,
// /api/health/ready) in a clean copy of the tracked files: base images cannot be pulled here.
results.push(
  run('Container recipe: build and start steps in a clean directory', process.execPath, ['scripts/container-steps.mjs', 'check']),
);
const playwrightReport = path.join(reports, 'playwright.json');
results.push(
  ensureChromium() &&
    run(
      'Browser journeys (Playwright, system Chromium)',
      bin('playwright'),
      ['test', '--config', 'e2e/playwright.config.ts', '--reporter=list,json'],
      {
        PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
      },
    ),
);

const vitestPassed = countIn(vitestReport, ['numPassedTests']);
const playwrightPassed = countIn(playwrightReport, ['stats', 'expected']);
const passed = vitestPassed + playwrightPassed;
const failed = countIn(vitestReport, ['numFailedTests']) + countIn(playwrightReport, ['stats', 'unexpected']);
const skipped = countIn(vitestReport, ['numPendingTests']) + countIn(playwrightReport, ['stats', 'skipped']);
const ok = results.every(Boolean) && failed === 0;
console.log(`\nvitest: ${vitestPassed} passed; playwright: ${playwrightPassed} passed`);
console.log(`${ok ? 'ok' : 'FAILED'}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
