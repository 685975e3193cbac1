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
/** @typedef {{ file: string; css: string[]; imports: string[]; isEntry: boolean }} Chunk */

/**
 * A field of a JSON object; undefined when it has none or is no object.
 * @param {unknown} value
 * @param {string} name
 * @returns {unknown}
 */
const field = (value, name) => (value instanceof Object ? new Map(Object.entries(value)).get(name) : undefined);

/**
 * The strings of a JSON array; none when it is no array.
 * @param {unknown} value
 * @returns {string[]}
 */
function strings(value) {
  if (!Array.isArray(value)) return [];
  /** @type {unknown[]} */
  const items = value;
  return items.filter((item) => typeof item === 'string');
}

/**
 * The manifest's chunks by their source path.
 * @param {unknown} json
 * @returns {Map<string, Chunk>}
 */
function chunksOf(json) {
  if (!(json instanceof Object)) throw new Error('the manifest is not a JSON object');
  /** @type {[string, unknown][]} */
  const entries = Object.entries(json);
  return new Map(
    entries.map(([key, value]) => {
      const file = field(value, 'file');
      if (typeof file !== 'string') throw new Error(`manifest entry ${key} has no file`);
      return [
        key,
        { file, css: strings(field(value, 'css')), imports: strings(field(value, 'imports')), isEntry: field(value, 'isEntry') === true },
      ];
    }),
  );
}

const manifest = chunksOf(JSON.parse(fs.readFileSync(manifestPath, 'utf8')));
const [entryKey, entry] = [...manifest].find(([, chunk]) => chunk.isEntry) ?? [];
if (!entryKey || !entry) throw new Error('no entry chunk in the manifest');

/**
 * Adds a chunk, its CSS and (recursively) its static imports to the sets.
 * @param {string} key
 * @param {Set<string>} js
 * @param {Set<string>} css
 */
function collect(key, js, css) {
  const chunk = manifest.get(key);
  if (!chunk || js.has(chunk.file)) return;
  js.add(chunk.file);
  for (const file of chunk.css) css.add(file);
  for (const imported of chunk.imports) collect(imported, js, css);
}

/** @type {Map<string, number>} */
const gzipCache = new Map();
/** @param {string} file */
function gzipped(file) {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(fs.readFileSync(path.join(dist, file))).length;
    gzipCache.set(file, size);
  }
  return size;
}
/** @param {Iterable<string>} files */
const sum = (files) => [...files].reduce((total, file) => total + gzipped(file), 0);
/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** @type {Set<string>} */
const entryJs = new Set();
/** @type {Set<string>} */
const entryCss = new Set();
collect(entryKey, entryJs, entryCss);
console.log(`entry ${entry.file}: ${entryJs.size} JS files ${kB(sum(entryJs))}, CSS ${kB(sum(entryCss))} (gzip)`);

const verbose = process.argv.includes('--files');
for (const [page, { modules, namespaces }] of Object.entries(PAGES)) {
  const js = new Set(entryJs);
  const css = new Set(entryCss);
  const keys = [...modules, ...namespaces.map((ns) => `src/features/${ns}/locales/id.ts`)];
  const own = keys.filter((key) => manifest.has(key));
  for (const key of own) collect(key, js, css);
  console.log(
    `${page.padEnd(14)} JS ${kB(sum(js)).padStart(9)} in ${String(js.size).padStart(2)} files   CSS ${kB(sum(css)).padStart(8)}` +
      `   (lazy chunks: ${own.length ? own.join(', ') : 'none'})`,
  );
  if (verbose)
    for (const file of [...js].sort((a, b) => gzipped(b) - gzipped(a))) console.log(`    ${kB(gzipped(file)).padStart(9)}  ${file}`);
}
