import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEPLOYMENT_ROLE_CODES, ROLE_CODES } from '@sigap/core';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCANNED = ['server/src', 'web/src'];
/** Tests, demo data, translations and generated files (the database's CHECK lists) may spell role codes out; nothing else in server or web does. */
const EXEMPT = [/\.test\.tsx?$/, /\.gen\.ts$/, /^server\/src\/seed\//, /\/locales\//, /^web\/src\/i18n\//];

/**
 * String literals equal to a role code that are not role codes: the value of a service's staff
 * kind (and support line) `admin_layanan` shares its spelling with the role. Each entry is one
 * file that may not be touched by the refactor that moved role names to @sigap/core.
 */
const NOT_ROLES: readonly { file: string; literal: string; why: string }[] = [
  {
    file: 'server/src/modules/tickets/ticket-view.ts',
    literal: 'admin_layanan',
    why: 'service_staff.kind (SUPPORT_LINE.service), not the role',
  },
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !EXEMPT.some((re) => re.test(rel)) ? [rel] : [];
  });
}

/** Every string literal (quoted or a plain template) in a source text equal to a role code, with its `file:line`. */
function roleLiterals(file: string, text: string): { where: string; literal: string }[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  // Pemda roles and the deployment's own (its super-administrators).
  const codes = new Set<string>([...ROLE_CODES, ...DEPLOYMENT_ROLE_CODES]);
  const found: { where: string; literal: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) && codes.has(node.text)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ where: `${file}:${line}`, literal: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('role names', () => {
  it('appear in server and web source only through @sigap/core’s role groups and permissions', () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => roleLiterals(file, fs.readFileSync(path.join(root, file), 'utf8')));
    const excused = (f: { where: string; literal: string }, n: (typeof NOT_ROLES)[number]) =>
      f.where.startsWith(`${n.file}:`) && f.literal === n.literal;
    const offending = found.filter((f) => !NOT_ROLES.some((n) => excused(f, n))).map((f) => `${f.where} '${f.literal}'`);
    expect(offending, 'name a role group or permission from core/src/permissions.ts instead').toEqual([]);
    // An exception nothing needs any more goes.
    expect(NOT_ROLES.filter((n) => !found.some((f) => excused(f, n)))).toEqual([]);
  });

  it('finds a role code in a string literal, and not in a comment or an identifier', () => {
    const text =
      "// 'pemda_admin' in a comment\nconst pengguna = 1;\nexport const r = ['tim_teknis', `auditor`, pengguna, 'super_admin'];\n";
    expect(roleLiterals('sample.tsx', text)).toEqual([
      { where: 'sample.tsx:3', literal: 'tim_teknis' },
      { where: 'sample.tsx:3', literal: 'auditor' },
      { where: 'sample.tsx:3', literal: 'super_admin' },
    ]);
  });
});
