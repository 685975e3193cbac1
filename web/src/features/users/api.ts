import type { RoleAssignmentCreate, RoleCode, UserCreate, UserUpdate } from '@sigap/core';
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, newIdempotencyKey } from '../../api/client';

export interface UserListParams {
  q?: string;
  role?: RoleCode | null;
  perangkatDaerahId?: string | null;
  page: number;
  pageSize: number;
}

export function useUserList(params: UserListParams) {
  const { role, perangkatDaerahId, ...rest } = params;
  return useQuery({
    queryKey: ['users', params],
    queryFn: () =>
      api.GET('/users', { params: { query: { ...rest, role: role ?? undefined, perangkatDaerahId: perangkatDaerahId ?? undefined } } }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string | null) {
  return useQuery({
    queryKey: ['users', 'one', id],
    queryFn: id === null ? skipToken : () => api.GET('/users/{id}', { params: { path: { id } } }),
  });
}

function useUserMutation<I>(fn: (input: I) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }) });
}

export const useCreateUser = () =>
  useUserMutation((input: z.input<typeof UserCreate>) =>
    api.POST('/users', { body: input, params: { header: { 'idempotency-key': newIdempotencyKey() } } }),
  );

export const useUpdateUser = () =>
  useUserMutation(({ id, ...input }: z.input<typeof UserUpdate> & { id: string }) =>
    api.PUT('/users/{id}', { params: { path: { id } }, body: input }),
  );

export const useAddRole = () =>
  useUserMutation(({ userId, ...input }: RoleAssignmentCreate & { userId: string }) =>
    api.POST('/users/{id}/roles', { params: { path: { id: userId } }, body: input }),
  );

export const useRemoveRole = () =>
  useUserMutation(({ userId, assignmentId }: { userId: string; assignmentId: string }) =>
    api.DELETE('/users/{id}/roles/{assignmentId}', { params: { path: { id: userId, assignmentId } } }),
  );

export const useResetPassword = () =>
  useUserMutation(({ userId, password }: { userId: string; password: string }) =>
    api.PUT('/users/{id}/password', { params: { path: { id: userId } }, body: { password } }),
  );

/** Desks and approval steps with nobody to act (issue 17, item 5): the check on the users page. */
export function useStaffingCheck() {
  return useQuery({ queryKey: ['users', 'staffing-check'], queryFn: () => api.GET('/staffing-check') });
}
