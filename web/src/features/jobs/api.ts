import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/** Jobs run every 10 s to every hour: the page follows them without a reload. */
const REFRESH_MS = 15_000;

export function useJobs() {
  return useQuery({
    queryKey: ['jobs'],
    queryFn: () => api.GET('/jobs'),
    refetchInterval: REFRESH_MS,
  });
}

export function useJobRuns(name: string | null, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['jobs', name, 'runs', page, pageSize],
    queryFn: () => api.GET('/jobs/{name}/runs', { params: { path: { name: name ?? '' }, query: { page, pageSize } } }),
    enabled: name !== null,
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  });
}
