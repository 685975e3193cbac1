import { can, type LoginRequest, type Permission } from '@sigap/core';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { api, setCsrfToken, type ResponseOf } from '../../api/client';

/** The signed-in user, their roles and Pemda, and the session's CSRF token. */
export type Me = ResponseOf<'/me', 'get'>;

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async () => {
    const me = await api.GET('/me');
    setCsrfToken(me.csrfToken);
    return me;
  },
  staleTime: 5 * 60_000,
  retry: false,
});

export function useMe(): Me {
  return useSuspenseQuery(meQuery).data;
}

export function useCan(permission: Permission): boolean {
  return can(useMe().user.roles, permission);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginRequest) => api.POST('/auth/login', { body: input }),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.POST('/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
    },
  });
}
