import type { RawRequest } from './load';
import { nth } from './must';
import { DESCRIPTIONS, INCIDENT_TITLES, SERVICE_WORDS } from './vocabulary';

/** The i-th request of each scenario, shared by the runner and the by-hand driver. */
export const SEARCH_WORDS = [
  'jaringan terputus',
  'aplikasi lambat',
  'gagal login',
  'server mati',
  'akun pegawai baru',
  'sertifikat kedaluwarsa',
  'printer',
  'VPN',
];

/** New tickets read like the generated ones, so searches afterwards meet the same mix of words. */
export function createTicket(i: number, services: string[]): RawRequest {
  return {
    method: 'POST',
    path: '/api/v1/tickets',
    body: {
      kind: 'incident',
      serviceId: services[i % services.length],
      title: nth(INCIDENT_TITLES, i).replace('{s}', nth(SERVICE_WORDS, i)),
      description: `${nth(DESCRIPTIONS, i)} ${nth(DESCRIPTIONS, i * 7 + 3)}`,
      impact: i % 5 === 0 ? 'mayor' : 'minor',
      urgency: 2,
    },
  };
}

/** The desk's open queue by due time, pages 1–4, every third one filtered to P4. */
export const queueRequest = (i: number): RawRequest => ({
  method: 'GET',
  path: `/api/v1/tickets?scope=queue&pageSize=25&page=${1 + (i % 4)}${i % 3 === 0 ? '&priority=P4' : ''}`,
});

export const detailRequest = (i: number, ids: string[]): RawRequest => ({ method: 'GET', path: `/api/v1/tickets/${nth(ids, i)}` });

export const searchRequest = (i: number): RawRequest => ({
  method: 'GET',
  path: `/api/v1/tickets?scope=queue&status=all&pageSize=25&q=${encodeURIComponent(nth(SEARCH_WORDS, i))}`,
});
