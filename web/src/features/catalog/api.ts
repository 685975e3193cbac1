import { CLASSIFICATIONS, type SupportLine } from '@sigap/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { flag, oneOf } from '../../api/query';

export function useServices(params: { q?: string; page?: number; pageSize?: number; active?: boolean; classification?: string | null }) {
  return useQuery({
    queryKey: ['services', params],
    queryFn: () =>
      api.GET('/services', {
        params: { query: { ...params, active: flag(params.active), classification: oneOf(CLASSIFICATIONS, params.classification) } },
      }),
    placeholderData: keepPreviousData,
  });
}

/** Who may be named a service's administrator of one kind, for a providing PD (the server checks the same rule on save). */
export function useStaffCandidates(providerPdId: string | null, kind: SupportLine) {
  return useQuery({
    queryKey: ['services', 'staff-candidates', providerPdId, kind],
    queryFn: () => api.GET('/services/staff-candidates', { params: { query: { providerPdId: providerPdId ?? '', kind } } }),
    enabled: providerPdId !== null,
    staleTime: 60_000,
  });
}
