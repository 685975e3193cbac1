import { createSigapClient } from '@sigap/api-client';
import i18n from '../i18n';

export { ApiError, formData } from '@sigap/api-client';
export type { BodyOf, PathOf, QueryOf, ResponseOf } from '@sigap/api-client';

let csrfToken: string | null = null;

/** The session's CSRF token, learnt from login and /me; sent on every write. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/**
 * The typed API client (`/api/v1` on this origin): `api.GET('/tickets/{id}', { params: { path: { id } } })`
 * resolves with the typed body, rejects with {@link ApiError}.
 */
export const api = createSigapClient({ csrfToken: () => csrfToken });

// The reader's language on every request: notices and the server's own texts come back in it.
api.raw.use({
  onRequest({ request }) {
    request.headers.set('accept-language', i18n.language || 'id');
    return undefined;
  },
});

/** A fresh Idempotency-Key for one create attempt (reused when the same submit is retried). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
