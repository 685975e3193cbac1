import type { PublicReport, PublicTicket, Ticket, TicketAction, TicketCreate, TicketQuery, TicketRecord, TicketSummary } from '@sigap/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, newIdempotencyKey, queryString, type Page } from '../../api/client';

export type TicketListParams = Partial<Omit<z.input<typeof TicketQuery>, 'page' | 'pageSize' | 'tier'>> & {
  page?: number;
  pageSize?: number;
  tier?: number;
};

export function useTicketList(params: TicketListParams) {
  return useQuery({
    queryKey: ['tickets', params],
    queryFn: () => api<Page<TicketSummary> & { totalCapped: boolean }>('GET', `/tickets${queryString({ ...params })}`),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export function useTicket(id: string) {
  return useQuery({ queryKey: ['tickets', 'one', id], queryFn: () => api<Ticket>('GET', `/tickets/${id}`) });
}

/** Runs one action; the answer is the ticket as it now stands. */
export function useTicketAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: z.input<typeof TicketAction>) => api<Ticket>('POST', `/tickets/${id}/actions`, action),
    onSuccess: (ticket) => {
      queryClient.setQueryData(['tickets', 'one', id], ticket);
      void queryClient.invalidateQueries({ queryKey: ['tickets'], exact: false });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: z.input<typeof TicketCreate>; key: string }) =>
      api<Ticket>('POST', '/tickets', input, { 'idempotency-key': key }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tickets'] }),
  });
}

export function useRecordTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: z.input<typeof TicketRecord>; key: string }) =>
      api<Ticket>('POST', '/tickets/record', input, { 'idempotency-key': key }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tickets'] }),
  });
}

export function usePublicServices() {
  return useQuery({
    queryKey: ['public-services'],
    queryFn: () =>
      api<{ id: string; name: string; description: string; providerPdName: string; helpContact: string }[]>('GET', '/public/services'),
  });
}

export function usePublicReport() {
  return useMutation({
    mutationFn: (input: z.input<typeof PublicReport>) => api<{ number: string; trackingCode: string }>('POST', '/public/reports', input),
  });
}

export function usePublicTicket(code: string) {
  return useQuery({ queryKey: ['public-ticket', code], queryFn: () => api<PublicTicket>('GET', `/public/tickets/${code}`), retry: false });
}

export function usePublicAction(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: z.input<typeof TicketAction>) => api<PublicTicket>('POST', `/public/tickets/${code}/actions`, action),
    onSuccess: (ticket) => queryClient.setQueryData(['public-ticket', code], ticket),
  });
}

export { newIdempotencyKey };

export function useDeskAgents() {
  return useQuery({
    queryKey: ['tickets', 'desk-agents'],
    queryFn: () => api<{ id: string; name: string }[]>('GET', '/tickets/agents'),
    staleTime: 5 * 60_000,
  });
}

export function useTicketAgents(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['tickets', 'agents', id],
    queryFn: () => api<{ id: string; name: string }[]>('GET', `/tickets/${id}/agents`),
    enabled,
  });
}
