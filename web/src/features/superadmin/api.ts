import { createSigapClient, type ResponseOf } from '@sigap/api-client';
import type { LoginRequest, PemdaProvision, PemdaRename, PemdaStatus, PemdaSuspend } from '@sigap/core';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import i18n from '../../i18n';

/** The signed-in super-administrator, their deployment permissions and the operator session's CSRF token. */
export type OperatorMe = ResponseOf<'/deployment/me', 'get'>;
export type PemdaSummary = ResponseOf<'/deployment/pemda/{id}', 'get'>;

let csrfToken: string | null = null;

/**
 * The typed API client for the deployment's own routes. A super-administrator's session is apart
 * from a Pemda user's (its own cookie and CSRF token), so both may be open in one browser.
 */
export const deploymentApi = createSigapClient({ csrfToken: () => csrfToken });
deploymentApi.raw.use({
  onRequest({ request }) {
    request.headers.set('accept-language', i18n.language || 'id');
    return undefined;
  },
});

export const operatorMeQuery = queryOptions({
  queryKey: ['deployment', 'me'],
  queryFn: async () => {
    const me = await deploymentApi.GET('/deployment/me');
    csrfToken = me.csrfToken;
    return me;
  },
  staleTime: 5 * 60_000,
  retry: false,
});

export function useOperatorLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginRequest) => deploymentApi.POST('/deployment/auth/login', { body: input }),
    onSuccess: (me) => {
      csrfToken = me.csrfToken;
      queryClient.removeQueries({ queryKey: ['deployment'] });
      queryClient.setQueryData(operatorMeQuery.queryKey, me);
    },
  });
}

export function useOperatorLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deploymentApi.POST('/deployment/auth/logout'),
    onSettled: () => {
      csrfToken = null;
      queryClient.removeQueries({ queryKey: ['deployment'] });
    },
  });
}

export function useOperatorPassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => deploymentApi.POST('/deployment/auth/password', { body }),
  });
}

export interface PemdaListParams {
  q?: string;
  status?: PemdaStatus;
  page: number;
  pageSize: number;
}

export function usePemdaList(params: PemdaListParams) {
  return useQuery({
    queryKey: ['deployment', 'pemda', 'list', params],
    queryFn: () => deploymentApi.GET('/deployment/pemda', { params: { query: params } }),
    placeholderData: keepPreviousData,
  });
}

export const pemdaQuery = (id: string) =>
  queryOptions({
    queryKey: ['deployment', 'pemda', id],
    queryFn: () => deploymentApi.GET('/deployment/pemda/{id}', { params: { path: { id } } }),
  });

/** After a change: the list and this Pemda read again, the audit trail too. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (pemda: PemdaSummary) => {
    queryClient.setQueryData(pemdaQuery(pemda.id).queryKey, pemda);
    void queryClient.invalidateQueries({ queryKey: ['deployment', 'pemda', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['deployment', 'audit'] });
  };
}

export function useCreatePemda() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: z.input<typeof PemdaProvision>) => deploymentApi.POST('/deployment/pemda', { body }),
    onSuccess: refresh,
  });
}

export function useUpdatePemda(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: PemdaRename) => deploymentApi.PUT('/deployment/pemda/{id}', { params: { path: { id } }, body }),
    onSuccess: refresh,
  });
}

export function useSuspendPemda(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: PemdaSuspend) => deploymentApi.POST('/deployment/pemda/{id}/suspend', { params: { path: { id } }, body }),
    onSuccess: refresh,
  });
}

export function useReactivatePemda(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (version: number) =>
      deploymentApi.POST('/deployment/pemda/{id}/reactivate', { params: { path: { id } }, body: { version } }),
    onSuccess: refresh,
  });
}

export function useDeploymentAudit(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['deployment', 'audit', page],
    queryFn: () => deploymentApi.GET('/deployment/audit', { params: { query: { page, pageSize } } }),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyDeploymentAudit() {
  return useMutation({ mutationFn: () => deploymentApi.GET('/deployment/audit/verify') });
}
