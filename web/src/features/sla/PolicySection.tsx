import type { ServiceDeskPolicy } from '@sigap/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { PolicyForm } from './PolicyForm';

/** The Pemda's priority matrix (Y-Tabel 2) and targets (Y-Tabel 3, 11, 12); SPEC defaults until changed. */
export function PolicySection() {
  const queryClient = useQueryClient();
  const stored = useQuery({ queryKey: ['policy'], queryFn: () => api.GET('/service-desk/policy') });
  const save = useMutation({
    mutationFn: (next: ServiceDeskPolicy) =>
      api.PUT('/service-desk/policy', { body: { policy: next, version: stored.data?.version ?? 0 } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['policy'] }),
  });
  if (!stored.data) return null;
  return <PolicyForm key={stored.data.version} initial={stored.data.policy} save={(p) => save.mutateAsync(p)} />;
}
