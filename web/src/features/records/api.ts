import type { DecisionCreate, LinkCreate } from '@sigap/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, formData } from '../../api/client';

/** Every query of one record's shared parts starts with this key; invalidate it after a change. */
export const recordKey = (id: string) => ['records', id] as const;

export function useRecordAttachments(id: string, enabled = true) {
  return useQuery({
    queryKey: [...recordKey(id), 'attachments'],
    queryFn: () => api.GET('/records/{id}/attachments', { params: { path: { id } } }),
    enabled,
  });
}

export function useUpload(id: string, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      api.POST('/records/{id}/attachments', { params: { path: { id } }, body: { file }, bodySerializer: formData }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: recordKey(id) });
      onDone?.();
    },
  });
}

export function useRecordLinks(id: string) {
  return useQuery({ queryKey: [...recordKey(id), 'links'], queryFn: () => api.GET('/records/{id}/links', { params: { path: { id } } }) });
}

/**
 * Adds a link. A link is stored in one direction; one named by its inverse ("causes") is stored
 * from the other record ("caused by" this one), so `from` says which record it starts at.
 */
export function useAddLink(id: string, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ from, body }: { from: string; body: LinkCreate }) =>
      api.POST('/records/{id}/links', { params: { path: { id: from } }, body }),
    onSuccess: (_links, { from, body }) => {
      void queryClient.invalidateQueries({ queryKey: recordKey(id) });
      void queryClient.invalidateQueries({ queryKey: recordKey(from === id ? body.targetId : from) });
      onDone?.();
    },
  });
}

export function useRemoveLink(id: string, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) => api.DELETE('/records/{id}/links/{linkId}', { params: { path: { id, linkId } } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['records'] });
      onDone?.();
    },
  });
}

/** Records found by number or title, for the link picker (the API wants two letters at least). */
export function useRecordSearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ['records', 'search', query],
    queryFn: () => api.GET('/records', { params: { query: { q: query } } }),
    enabled: query.length >= 2,
    staleTime: 30_000,
  });
}

export function useWatchers(id: string) {
  return useQuery({
    queryKey: [...recordKey(id), 'watchers'],
    queryFn: () => api.GET('/records/{id}/watchers', { params: { path: { id } } }),
  });
}

export function useWatch(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (watch: boolean) =>
      watch
        ? api.PUT('/records/{id}/watchers/me', { params: { path: { id } } })
        : api.DELETE('/records/{id}/watchers/me', { params: { path: { id } } }),
    onSuccess: (watchers) => queryClient.setQueryData([...recordKey(id), 'watchers'], watchers),
  });
}

export function useApprovals(id: string) {
  return useQuery({
    queryKey: [...recordKey(id), 'approvals'],
    queryFn: () => api.GET('/records/{id}/approvals', { params: { path: { id } } }),
  });
}

export function useDecide(id: string, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DecisionCreate) => api.POST('/records/{id}/approvals/decisions', { params: { path: { id } }, body }),
    onSuccess: (approvals) => {
      queryClient.setQueryData([...recordKey(id), 'approvals'], approvals);
      onDone?.();
    },
  });
}

/** Posts a comment or internal note on any record (it appends; no version is checked). */
export async function postComment(id: string, body: string, visibility: 'public' | 'internal'): Promise<void> {
  await api.POST('/records/{id}/comments', { params: { path: { id } }, body: { body, visibility } });
}
