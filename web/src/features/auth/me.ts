import { queryOptions } from '@tanstack/react-query';
import { api, setCsrfToken, type ResponseOf } from '../../api/client';

/** The signed-in user, their roles and Pemda, and the session's CSRF token. */
export type Me = ResponseOf<'/me', 'get'>;

/**
 * The signed-in user, as the router's auth check asks for it. Kept apart from ./session so that the
 * entry chunk does not pull in @sigap/core's runtime (zod and every contract) for that check.
 */
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
