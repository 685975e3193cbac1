import { Attachment, ServicePage, Ticket } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, body, first, problemOf, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let asn: ApiClient;
let ticketId: string;
beforeAll(async () => {
  t = await startTestApp();
  asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
  const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  const service = first(body(await admin.get('/api/v1/services?q=Intra'), ServicePage).items);
  ticketId = body(
    await asn.post('/api/v1/tickets', {
      kind: 'incident',
      serviceId: service.id,
      title: 'Lampu switch jaringan mati',
      description: 'Switch di ruang server lantai 1 tidak menyala.',
      impact: 'minor',
      urgency: 2,
    }),
    Ticket,
  ).id;
});
afterAll(() => t.close());

function multipart(filename: string, contentType: string, data: Buffer) {
  const boundary = '----sigap' + Math.random().toString(16).slice(2);
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, data, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (client: ApiClient, name: string, type: string, data: Buffer) => {
  const m = multipart(name, type, data);
  return client.request('POST', `/api/v1/records/${ticketId}/attachments`, m.payload, m.headers);
};

describe('ticket attachments', () => {
  it('stores a file on disk with its metadata, shows it on the ticket, and serves it back to those who may see it', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 7)]);
    const res = await upload(asn, 'foto switch.pdf', 'application/pdf', pdf);
    expect(res.statusCode, res.body).toBe(201);
    const att = body(res, Attachment);
    expect(att).toMatchObject({ filename: 'foto switch.pdf', contentType: 'application/pdf', sizeBytes: pdf.length });
    const ticket = body(await asn.get(`/api/v1/tickets/${ticketId}`), Ticket);
    expect(ticket.attachments.map((a) => a.id)).toEqual([att.id]);
    expect(ticket.events.at(-1)).toMatchObject({ type: 'attachment', body: 'foto switch.pdf' });

    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    const download = await tier2.get(`/api/v1/records/${ticketId}/attachments/${att.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''foto%20switch.pdf");
    expect(download.rawPayload.equals(pdf)).toBe(true);

    const stranger = await ApiClient.login(t.app, 'komite@demo.sigap.id');
    expect((await stranger.get(`/api/v1/records/${ticketId}/attachments/${att.id}`)).statusCode).toBe(404);
  });

  it('refuses disallowed types and content that does not match its type', async () => {
    const exe = await upload(asn, 'program.exe', 'application/octet-stream', Buffer.from('MZ'));
    expect(exe.statusCode).toBe(415);
    expect(problemOf(exe).code).toBe('attachment.type');
    const fake = await upload(asn, 'surat.pdf', 'application/pdf', Buffer.from('MZ\x90\x00not a pdf'));
    expect(problemOf(fake).code).toBe('attachment.type');
  });

  it('refuses a file over 10 MiB without storing anything', async () => {
    const big = await upload(asn, 'besar.txt', 'text/plain', Buffer.alloc(10 * 1024 * 1024 + 1, 65));
    expect(big.statusCode).toBe(413);
    expect(problemOf(big).code).toBe('attachment.too_large');
    expect(body(await asn.get(`/api/v1/tickets/${ticketId}`), Ticket).attachments).toHaveLength(1);
  });

  it('asks for a file when there is none', async () => {
    const boundary = '----empty';
    const res = await asn.request('POST', `/api/v1/records/${ticketId}/attachments`, Buffer.from(`--${boundary}--\r\n`), {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(res.statusCode).toBe(400);
  });

  it('answers an unreadable multipart body with 400, not 500 (found by the fuzz test)', async () => {
    for (const headers of [{ 'content-type': 'multipart/form-data' }, { 'content-type': 'multipart/form-data; boundary=x' }]) {
      const res = await asn.request('POST', `/api/v1/records/${ticketId}/attachments`, Buffer.from('bukan multipart'), headers);
      expect(res.statusCode, res.body).toBe(400);
      expect(problemOf(res).code).toMatch(/^attachment\./);
    }
    const empty = await asn.request('POST', `/api/v1/records/${ticketId}/attachments`, undefined, {
      'content-type': 'multipart/form-data',
    });
    expect(empty.statusCode, empty.body).toBe(400);
  });
});
