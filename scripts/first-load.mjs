#!/usr/bin/env node
// `node scripts/first-load.mjs` after `npm run build:web`: the gzipped JS and CSS a first visit to a
// page downloads, read from Vite's manifest (web/dist/.vite/manifest.json, `build.manifest: true`).
//
// A first visit loads index.html's entry chunk and everything it imports statically (Vite preloads
// those), then the route's lazy chunks with their static imports, and the i18next namespaces the
// page shows in Bahasa Indonesia. Each file counts once. Sizes are gzip at zlib's default level, as
// Vite's own build report prints them. A module listed below that is not a chunk of its own is
// already inside another chunk (before code splitting: the entry), so it adds nothing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'web', 'dist');
const manifestPath = path.join(dist, '.vite', 'manifest.json');

/** What each page needs beyond the entry: its lazy route modules and its namespaces (source paths under web/). */
const PAGES = {
  '/aduan': { modules: ['src/features/public/PublicReportPage.tsx'], namespaces: ['public'] },
  '/lacak/…': { modules: ['src/features/public/PublicTrackPage.tsx'], namespaces: ['public', 'tickets'] },
  '/masuk': { modules: ['src/features/auth/LoginPage.tsx'], namespaces: ['auth'] },
  '/ (signed in)': { modules: ['src/features/shell/AppLayout.tsx', 'src/features/home/HomePage.tsx'], namespaces: ['home'] },
};

if (!fs.existsSync(manifestPath)) {
  console.error(`${path.relative(root, manifestPath)} is missing: run \`npm run build:web\` first (vite.config.ts sets build.manifest).`);
  process.exit(1);
}
/** @type {Record<string, { file: string; css?: string[]; imports?: string[]; isEntry?: boolean; isDynamicEntry?: boolean }>} */
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('no entry chunk in the manifest');

/** Adds a chunk, its CSS and (recursively) its static imports to the sets. */
function collect(key, js, css) {
  const chunk = manifest[key];
  if (!chunk || js.has(chunk.file)) return;
  js.add(chunk.file);
  for (const file of chunk.css ?? []) css.add(file);
  for (const imported of chunk.imports ?? []) collect(imported, js, css);
}

const gzipCache = new Map();
function gzipped(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(fs.readFileSync(path.join(dist, file))).length);
  return gzipCache.get(file);
}
const sum = (files) => [...files].reduce((total, file) => total + gzipped(file), 0);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const entryJs = new Set();
const entryCss = new Set();
collect(entryKey, entryJs, entryCss);
console.log(`entry ${manifest[entryKey].file}: ${entryJs.size} JS files ${kB(sum(entryJs))}, CSS ${kB(sum(entryCss))} (gzip)`);

const verbose = process.argv.includes('--files');
for (const [page, { modules, namespaces }] of Object.entries(PAGES)) {
  const js = new Set(entryJs);
  const css = new Set(entryCss);
  const keys = [...modules, ...namespaces.map((ns) => `src/features/${ns}/locales/id.ts`)];
  const own = keys.filter((key) => manifest[key]);
  for (const key of own) collect(key, js, css);
  console.log(
    `${page.padEnd(14)} JS ${kB(sum(js)).padStart(9)} in ${String(js.size).padStart(2)} files   CSS ${kB(sum(css)).padStart(8)}` +
      `   (lazy chunks: ${own.length ? own.join(', ') : 'none'})`,
  );
  if (verbose)
    for (const file of [...js].sort((a, b) => gzipped(b) - gzipped(a))) console.log(`    ${kB(gzipped(file)).padStart(9)}  ${file}`);
}
