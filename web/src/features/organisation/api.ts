import type { PemdaUpdate, PerangkatDaerahCreate, PerangkatDaerahUpdate } from '@sigap/core';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, newIdempotencyKey } from '../../api/client';
import { flag } from '../../api/query';

export interface PdListParams {
  q?: string;
  page?: number;
  pageSize?: number;
  active?: boolean;
}

export const pemdaQuery = queryOptions({ queryKey: ['pemda'], queryFn: () => api.GET('/pemda') });

export function usePerangkatDaerahList(params: PdListParams) {
  return useQuery({
    queryKey: ['perangkat-daerah', params],
    queryFn: () => api.GET('/perangkat-daerah', { params: { query: { ...params, active: flag(params.active) } } }),
    placeholderData: keepPreviousData,
  });
}

/** Every active PD as select options (a Pemda has at most a few hundred). */
export function usePerangkatDaerahOptions() {
  const list = usePerangkatDaerahList({ pageSize: 500, active: true });
  return (list.data?.items ?? []).map((pd) => ({ value: pd.id, label: pd.name, isDiskominfo: pd.isDiskominfo }));
}

function useInvalidate(key: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [key] });
}

export function useUpdatePemda() {
  const invalidate = useInvalidate('pemda');
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PemdaUpdate) => api.PUT('/pemda', { body: input }),
    onSuccess: () => {
      void invalidate();
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}

export function useCreatePerangkatDaerah() {
  const invalidate = useInvalidate('perangkat-daerah');
  return useMutation({
    mutationFn: (input: z.input<typeof PerangkatDaerahCreate>) =>
      api.POST('/perangkat-daerah', { body: input, params: { header: { 'idempotency-key': newIdempotencyKey() } } }),
    onSuccess: invalidate,
  });
}

export function useUpdatePerangkatDaerah() {
  const invalidate = useInvalidate('perangkat-daerah');
  return useMutation({
    mutationFn: ({ id, ...input }: z.input<typeof PerangkatDaerahUpdate> & { id: string }) =>
      api.PUT('/perangkat-daerah/{id}', { params: { path: { id } }, body: input }),
    onSuccess: invalidate,
  });
}

export function useDeletePerangkatDaerah() {
  const invalidate = useInvalidate('perangkat-daerah');
  return useMutation({
    mutationFn: (id: string) => api.DELETE('/perangkat-daerah/{id}', { params: { path: { id } } }),
    onSuccess: invalidate,
  });
}
