import type { Service } from '@sigap/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, queryString, type Page } from '../../api/client';

export function useServices(params: { q?: string; page?: number; pageSize?: number; active?: boolean; classification?: string | null }) {
  return useQuery({
    queryKey: ['services', params],
    queryFn: () => api<Page<Service>>('GET', `/services${queryString({ ...params })}`),
    placeholderData: keepPreviousData,
  });
}
