import { z } from 'zod';
import { DEPLOYMENT_ROLE_CODES } from '../roles';
import { Id, PageQuery, Timestamp, Version, pageOf } from './common';
import { Email, Password } from './identity';
import { PemdaKind, TimeZone } from './organisation';

/*
 * The deployment's own administration (issue #17 item 12): its super-administrators and the Pemda
 * (tenants) they create, edit, suspend and reactivate. None of these carries a Pemda's data.
 */

export const DeploymentRole = z.enum(DEPLOYMENT_ROLE_CODES);

/** A Pemda's short code, unique in the deployment: lower-case letters and digits in words joined by hyphens. */
export const PEMDA_CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PEMDA_CODE_MAX = 40;

export const PemdaCode = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, { error: 'Kode minimal 2 karakter.' })
  .max(PEMDA_CODE_MAX, { error: `Kode paling banyak ${PEMDA_CODE_MAX} karakter.` })
  .regex(PEMDA_CODE_PATTERN, { error: 'Kode hanya huruf kecil, angka dan tanda hubung di antara kata (contoh: kab-maju).' });

/** The code a Pemda's name suggests: "Kabupaten Maju Jaya" → "kabupaten-maju-jaya" (empty when the name has no letter or digit). */
export function pemdaCodeFrom(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let code = '';
  for (const word of words) {
    const next = code ? `${code}-${word}` : word;
    if (next.length > PEMDA_CODE_MAX) break;
    code = next;
  }
  return code || words.join('').slice(0, PEMDA_CODE_MAX);
}

export const PEMDA_STATUSES = ['active', 'suspended'] as const;
export const PemdaStatus = z.enum(PEMDA_STATUSES);
export type PemdaStatus = z.infer<typeof PemdaStatus>;

/** A Pemda as the deployment's super-administrators see it: identity, status and size, none of its data. */
export const PemdaSummary = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: PemdaKind,
  timeZone: TimeZone,
  status: PemdaStatus,
  suspendedAt: Timestamp.nullable(),
  suspensionReason: z.string().nullable(),
  userCount: z.number().int(),
  perangkatDaerahCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: z.number().int(),
});
export type PemdaSummary = z.infer<typeof PemdaSummary>;

export const PemdaSummaryQuery = PageQuery.extend({ status: PemdaStatus.optional() });
export type PemdaSummaryQuery = z.infer<typeof PemdaSummaryQuery>;

export const PemdaSummaryPage = pageOf(PemdaSummary);

/** A new Pemda with its first administrator: what `npm run pemda:create` takes, in the web app. */
export const PemdaProvision = z.strictObject({
  name: z.string().trim().min(3).max(150),
  code: PemdaCode,
  kind: PemdaKind,
  timeZone: TimeZone,
  adminName: z.string().trim().min(2).max(150),
  adminEmail: Email,
  adminPassword: Password,
});
export type PemdaProvision = z.infer<typeof PemdaProvision>;

export const PemdaRename = z.strictObject({
  name: z.string().trim().min(3).max(150),
  kind: PemdaKind,
  timeZone: TimeZone,
  version: Version,
});
export type PemdaRename = z.infer<typeof PemdaRename>;

export const PemdaSuspend = z.strictObject({
  reason: z.string().trim().min(5, { error: 'Tuliskan alasan penangguhan (minimal 5 karakter).' }).max(500),
  version: Version,
});
export type PemdaSuspend = z.infer<typeof PemdaSuspend>;

export const PemdaReactivate = z.strictObject({ version: Version });
export type PemdaReactivate = z.infer<typeof PemdaReactivate>;

/** The signed-in super-administrator, their deployment roles and permissions, and the session's CSRF token. */
export const OperatorMe = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  roles: z.array(DeploymentRole),
  permissions: z.array(z.string()),
  csrfToken: z.string(),
});
export type OperatorMe = z.infer<typeof OperatorMe>;

/** A deployment operator account, as the CLI creates it. */
export const OperatorCreate = z.strictObject({
  name: z.string().trim().min(2).max(150),
  email: Email,
  password: Password,
});
export type OperatorCreate = z.infer<typeof OperatorCreate>;
