import type { Service } from '@sigap/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString } from '../../api/client';

export function useServices(params: { q?: string; page?: number; pageSize?: number; active?: boolean; classification?: string | null }) {
  return useQuery({
    queryKey: ['services', params],
    queryFn: () => api<{ items: Service[]; total: number }>('GET', `/services${queryString({ ...params })}`),
    placeholderData: keepPreviousData,
  });
}
