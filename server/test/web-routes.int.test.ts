import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';

let t: TestApp;
let webDist: string;

beforeAll(async () => {
  // A built web app in miniature: the page every route serves, and one hashed asset.
  webDist = await fs.mkdtemp(path.join(os.tmpdir(), 'sigap-web-'));
  await fs.mkdir(path.join(webDist, 'assets'));
  await fs.writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>Sigap</title><div id="root"></div>');
  await fs.writeFile(path.join(webDist, 'assets', 'app-1a2b3c.js'), 'console.log("sigap");');
  t = await startTestApp({ webDist });
});
afterAll(async () => {
  await t.close();
  await fs.rm(webDist, { recursive: true, force: true });
});

const send = (method: 'GET' | 'HEAD', url: string) => t.app.inject({ method, url });

describe('web routes answer HEAD as they answer GET (issue 17, item 7: uptime checkers use HEAD)', () => {
  it.each(['/', '/masuk', '/tiket/0190a0b0-0000-7000-8000-000000000000', '/aduan', '/assets/app-1a2b3c.js', '/index.html'])(
    '%s',
    async (url) => {
      const get = await send('GET', url);
      const head = await send('HEAD', url);
      expect(get.statusCode).toBe(200);
      expect(head.statusCode).toBe(200);
      expect(head.headers['content-type']).toBe(get.headers['content-type']);
      expect(head.body).toBe('');
    },
  );

  it('keeps API and unknown-method answers as problems', async () => {
    expect((await send('HEAD', '/api/v1/nothing-here')).statusCode).toBe(404);
    expect((await send('GET', '/api/v1/nothing-here')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: '/masuk' })).statusCode).toBe(404);
  });
});
