import { CLASSIFICATIONS } from '@sigap/core';
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
