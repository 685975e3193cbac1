import { can, type LoginRequest, type Permission } from '@sigap/core';
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../api/client';
import { meQuery, type Me } from './me';

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
