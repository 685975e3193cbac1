import type { paths } from './openapi.gen';

/** The HTTP methods the API uses. */
export type Method = 'get' | 'put' | 'post' | 'delete';

/** Every API path (relative to `/api/v1`, with `{param}` placeholders) that answers `M`. */
export type PathOf<M extends Method> = { [P in keyof paths]: [NonNullable<paths[P][M]>] extends [never] ? never : P }[keyof paths];

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type SuccessOf<R> = R[keyof R & (200 | 201 | 204)];
type JsonOf<C> = C extends { content: { 'application/json': infer J } } ? J : undefined;

/** The body of a successful answer to `M P` (`undefined` for 204). */
export type ResponseOf<P extends PathOf<M>, M extends Method> = JsonOf<SuccessOf<Operation<P, M>['responses']>>;

/** The request body `M P` takes (JSON, or the parts of a multipart upload). */
export type BodyOf<P extends PathOf<M>, M extends Method> =
  NonNullable<Operation<P, M>['requestBody']> extends { content: infer C } ? C[keyof C] : never;

/** The query parameters `M P` takes. */
export type QueryOf<P extends PathOf<M>, M extends Method> = NonNullable<Operation<P, M>['parameters']['query']>;

/** The path parameters `M P` takes. */
export type PathParamsOf<P extends PathOf<M>, M extends Method> = NonNullable<Operation<P, M>['parameters']['path']>;
