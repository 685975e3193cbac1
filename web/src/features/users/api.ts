import type { RoleAssignmentCreate, RoleCode, User, UserCreate, UserUpdate } from '@sigap/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, newIdempotencyKey, queryString, type Page } from '../../api/client';

export interface UserListParams {
  q?: string;
  role?: RoleCode | null;
  perangkatDaerahId?: string | null;
  page: number;
  pageSize: number;
}

export function useUserList(params: UserListParams) {
  return useQuery({
    queryKey: ['users', params],
    queryFn: () => api<Page<User>>('GET', `/users${queryString({ ...params })}`),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string | null) {
  return useQuery({ queryKey: ['users', 'one', id], queryFn: () => api<User>('GET', `/users/${id}`), enabled: id !== null });
}

function useUserMutation<I>(fn: (input: I) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }) });
}

export const useCreateUser = () =>
  useUserMutation((input: z.input<typeof UserCreate>) => api<User>('POST', '/users', input, { 'idempotency-key': newIdempotencyKey() }));

export const useUpdateUser = () =>
  useUserMutation(({ id, ...input }: z.input<typeof UserUpdate> & { id: string }) => api<User>('PUT', `/users/${id}`, input));

export const useAddRole = () =>
  useUserMutation(({ userId, ...input }: RoleAssignmentCreate & { userId: string }) => api<User>('POST', `/users/${userId}/roles`, input));

export const useRemoveRole = () =>
  useUserMutation(({ userId, assignmentId }: { userId: string; assignmentId: string }) =>
    api<User>('DELETE', `/users/${userId}/roles/${assignmentId}`),
  );

export const useResetPassword = () =>
  useUserMutation(({ userId, password }: { userId: string; password: string }) =>
    api<void>('PUT', `/users/${userId}/password`, { password }),
  );
