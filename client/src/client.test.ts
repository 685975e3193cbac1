import { describe, expect, it } from 'vitest';
import { ApiError, createSigapClient, formData, serializeQuery } from './index';

type Sent = { method: string; url: string; headers: Headers; body: string };

/** The `n`th request sent (from 0); the test fails here when fewer were sent. */
function nth(sent: readonly Sent[], n: number): Sent {
  const request = sent[n];
  if (request === undefined) throw new Error(`expected at least ${n + 1} requests`);
  return request;
}

/** A client whose fetch records the request and answers with `answer`. */
function clientAnswering(answer: () => Response, csrf: string | null = 'tok') {
  const sent: Sent[] = [];
  const api = createSigapClient({
    baseUrl: 'http://sigap.test/api/v1',
    csrfToken: () => csrf,
    fetch: async (request) => {
      sent.push({ method: request.method, url: request.url, headers: request.headers, body: await request.text() });
      return answer();
    },
  });
  return { api, sent };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('createSigapClient', () => {
  it('reads without the CSRF header and leaves empty query values out', async () => {
    const { api, sent } = clientAnswering(() => json(200, { items: [], total: 0, page: 1, pageSize: 50 }));
    const page = await api.GET('/perangkat-daerah', { params: { query: { q: '', pageSize: 50, active: 'true', type: undefined } } });
    expect(page.total).toBe(0);
    expect(nth(sent, 0).url).toBe('http://sigap.test/api/v1/perangkat-daerah?pageSize=50&active=true');
    expect(nth(sent, 0).headers.get('x-csrf-token')).toBeNull();
  });

  it('sends the CSRF token and JSON body on writes, and answers undefined for 204', async () => {
    const { api, sent } = clientAnswering(() => new Response(null, { status: 204 }));
    const id = '0190a7c6-3d5e-7000-8000-000000000001';
    await expect(api.DELETE('/perangkat-daerah/{id}', { params: { path: { id } } })).resolves.toBeUndefined();
    await api.POST('/auth/password', { body: { currentPassword: 'a', newPassword: 'b' } });
    expect(sent.map((s) => [s.method, s.url, s.headers.get('x-csrf-token')])).toEqual([
      ['DELETE', `http://sigap.test/api/v1/perangkat-daerah/${id}`, 'tok'],
      ['POST', 'http://sigap.test/api/v1/auth/password', 'tok'],
    ]);
    expect(JSON.parse(nth(sent, 1).body)).toEqual({ currentPassword: 'a', newPassword: 'b' });
    expect(nth(sent, 1).headers.get('content-type')).toBe('application/json');
  });

  it('throws the RFC 9457 problem of a non-2xx answer as an ApiError', async () => {
    const problem = {
      type: 'urn:sigap:problem:conflict.version',
      title: 'Konflik',
      status: 409,
      code: 'conflict.version',
      detail: 'Diubah.',
    };
    const { api } = clientAnswering(() => json(409, problem, 'application/problem+json'));
    const error = await api.GET('/pemda').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, problem, message: 'Diubah.' });
  });

  it('keeps the field errors of a 400 and drops entries that are not field errors', async () => {
    const body = {
      type: 'about:blank',
      title: 'Tidak valid',
      status: 400,
      code: 'validation.failed',
      detail: 'Periksa isian.',
      errors: [{ path: 'title', message: 'Judul minimal 5 karakter' }, { path: 3 }, 'x'],
    };
    const { api } = clientAnswering(() => json(400, body, 'application/problem+json'));
    await expect(api.GET('/pemda')).rejects.toMatchObject({
      problem: { errors: [{ path: 'title', message: 'Judul minimal 5 karakter' }] },
    });
  });

  it('fills a problem from the status line when the body is not one', async () => {
    const { api } = clientAnswering(() => new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway' }));
    await expect(api.GET('/pemda')).rejects.toMatchObject({ problem: { status: 502, code: 'unknown', detail: 'Bad Gateway' } });
  });

  it('turns a request that never reached the server into a status-0 problem', async () => {
    const api = createSigapClient({ baseUrl: 'http://sigap.test/api/v1', fetch: () => Promise.reject(new TypeError('fetch failed')) });
    await expect(api.GET('/me')).rejects.toMatchObject({ status: 0, problem: { code: 'network.unavailable' } });
  });

  it('uploads a file as multipart form data', async () => {
    const { api, sent } = clientAnswering(() => json(201, { id: 'a', filename: 'a.txt' }));
    const id = '0190a7c6-3d5e-7000-8000-000000000001';
    await api.POST('/records/{id}/attachments', {
      params: { path: { id } },
      body: { file: new File(['halo'], 'a.txt', { type: 'text/plain' }) },
      bodySerializer: formData,
    });
    expect(nth(sent, 0).headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(nth(sent, 0).body).toContain('filename="a.txt"');
    expect(nth(sent, 0).headers.get('x-csrf-token')).toBe('tok');
  });
});

describe('serializeQuery', () => {
  it('drops undefined, null and empty values and repeats array keys', () => {
    expect(serializeQuery({ a: 1, b: '', c: null, d: undefined, e: false, f: ['x', 'y'] })).toBe('a=1&e=false&f=x&f=y');
  });
});
