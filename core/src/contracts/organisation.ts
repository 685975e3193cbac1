import { z } from 'zod';
import { Id, PageQuery, Timestamp, Version, pageOf } from './common';

/** WIB (also Asia/Pontianak), WITA, WIT — SPEC §11. */
export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export const TimeZone = z.enum(TIME_ZONES);

export const PEMDA_KINDS = ['kabupaten', 'kota', 'provinsi'] as const;
export const PemdaKind = z.enum(PEMDA_KINDS);

export const Pemda = z.object({
  id: Id,
  name: z.string(),
  kind: PemdaKind,
  timeZone: TimeZone,
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type Pemda = z.infer<typeof Pemda>;

export const PemdaUpdate = z.strictObject({
  name: z.string().trim().min(3).max(150),
  kind: PemdaKind,
  timeZone: TimeZone,
  version: Version,
});
export type PemdaUpdate = z.infer<typeof PemdaUpdate>;

export const PD_TYPES = ['sekretariat', 'dinas', 'badan', 'inspektorat', 'kecamatan', 'kelurahan', 'lainnya'] as const;
export const PdType = z.enum(PD_TYPES);

export const PerangkatDaerah = z.object({
  id: Id,
  name: z.string(),
  shortName: z.string(),
  type: PdType,
  isDiskominfo: z.boolean(),
  parentId: Id.nullable(),
  active: z.boolean(),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type PerangkatDaerah = z.infer<typeof PerangkatDaerah>;

const pdFields = {
  name: z.string().trim().min(3).max(150),
  shortName: z.string().trim().min(2).max(30),
  type: PdType,
  isDiskominfo: z.boolean().default(false),
  parentId: Id.nullish().transform((v) => v ?? null),
};

export const PerangkatDaerahCreate = z.strictObject(pdFields);
export type PerangkatDaerahCreate = z.infer<typeof PerangkatDaerahCreate>;

export const PerangkatDaerahUpdate = z.strictObject({ ...pdFields, active: z.boolean(), version: Version });
export type PerangkatDaerahUpdate = z.infer<typeof PerangkatDaerahUpdate>;

export const PerangkatDaerahQuery = PageQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  type: PdType.optional(),
});
export type PerangkatDaerahQuery = z.infer<typeof PerangkatDaerahQuery>;

export const PerangkatDaerahPage = pageOf(PerangkatDaerah);
