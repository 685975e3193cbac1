import type { ProblemAction, ProblemCreate } from '@sigap/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type QueryOf } from '../../api/client';
import { recordKey } from '../records';

export type ProblemListParams = QueryOf<'/problems', 'get'>;

export function useProblemList(params: ProblemListParams) {
  return useQuery({
    queryKey: ['problems', 'list', params],
    queryFn: () => api.GET('/problems', { params: { query: params } }),
    placeholderData: keepPreviousData,
  });
}

export function useProblem(id: string) {
  return useQuery({ queryKey: ['problems', 'one', id], queryFn: () => api.GET('/problems/{id}', { params: { path: { id } } }) });
}

/** Runs one workflow action; the answer is the problem as it now stands. */
export function useProblemAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProblemAction) => api.POST('/problems/{id}/actions', { params: { path: { id } }, body }),
    onSuccess: (problem) => {
      queryClient.setQueryData(['problems', 'one', id], problem);
      void queryClient.invalidateQueries({ queryKey: ['problems', 'list'] });
      void queryClient.invalidateQueries({ queryKey: recordKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export function useCreateProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: z.input<typeof ProblemCreate>; key: string }) =>
      api.POST('/problems', { body: input, params: { header: { 'idempotency-key': key } } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['problems', 'list'] }),
  });
}

/** Who this problem may be given to: the server's one eligibility rule, the same it checks on assign. */
export function useProblemPeople(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['problems', 'candidates', id],
    queryFn: () => api.GET('/records/{id}/candidates', { params: { path: { id }, query: { for: 'assignee' } } }),
    enabled,
    staleTime: 60_000,
  });
}
