import type { PublicReport, TicketActionInput, TicketCreate, TicketRecord } from '@sigap/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, newIdempotencyKey, type QueryOf } from '../../api/client';

export type TicketListParams = QueryOf<'/tickets', 'get'>;

export function useTicketList(params: TicketListParams) {
  return useQuery({
    queryKey: ['tickets', params],
    queryFn: () => api.GET('/tickets', { params: { query: params } }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export function useTicket(id: string) {
  return useQuery({ queryKey: ['tickets', 'one', id], queryFn: () => api.GET('/tickets/{id}', { params: { path: { id } } }) });
}

/** Runs one action; the answer is the ticket as it now stands. */
export function useTicketAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: TicketActionInput) => api.POST('/tickets/{id}/actions', { params: { path: { id } }, body: action }),
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
      api.POST('/tickets', { body: input, params: { header: { 'idempotency-key': key } } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tickets'] }),
  });
}

export function useRecordTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: z.input<typeof TicketRecord>; key: string }) =>
      api.POST('/tickets/record', { body: input, params: { header: { 'idempotency-key': key } } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tickets'] }),
  });
}

export function usePublicServices() {
  return useQuery({ queryKey: ['public-services'], queryFn: () => api.GET('/public/services') });
}

export function usePublicReport() {
  return useMutation({ mutationFn: (input: z.input<typeof PublicReport>) => api.POST('/public/reports', { body: input }) });
}

export function usePublicTicket(code: string) {
  return useQuery({
    queryKey: ['public-ticket', code],
    queryFn: () => api.GET('/public/tickets/{code}', { params: { path: { code } } }),
    retry: false,
  });
}

export function usePublicAction(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: TicketActionInput) => api.POST('/public/tickets/{code}/actions', { params: { path: { code } }, body: action }),
    onSuccess: (ticket) => queryClient.setQueryData(['public-ticket', code], ticket),
  });
}

export { newIdempotencyKey };

export function useDeskAgents() {
  return useQuery({ queryKey: ['tickets', 'desk-agents'], queryFn: () => api.GET('/tickets/agents'), staleTime: 5 * 60_000 });
}

export function useTicketAgents(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['tickets', 'agents', id],
    queryFn: () => api.GET('/tickets/{id}/agents', { params: { path: { id } } }),
    enabled,
  });
}
