export { API_BASE, createRawClient, createSigapClient, type RawClient, type SigapClient, type SigapClientOptions } from './client';
export type { paths } from './openapi.gen';
export { ApiError, NETWORK_PROBLEM, problemOf } from './problem';
export { formData, serializeQuery } from './serializers';
export type { BodyOf, Method, PathOf, PathParamsOf, QueryOf, ResponseOf } from './types';
