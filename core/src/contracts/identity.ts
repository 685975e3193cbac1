import { z } from 'zod';
import { checkNip } from '../nip';
import { ROLE_CODES } from '../roles';
import { Id, PageQuery, Timestamp, Version, pageOf } from './common';
import { Pemda } from './organisation';

export const Role = z.enum(ROLE_CODES);

const NIP_MESSAGES = {
  'nip.length': 'NIP harus 18 digit.',
  'nip.digits': 'NIP hanya boleh berisi angka.',
  'nip.birth_date': 'Delapan digit pertama NIP harus tanggal lahir yang valid (TTTTBBHH).',
  'nip.sex': 'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.',
} as const;

export const Nip = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = checkNip(value);
    if (problem) ctx.addIssue({ code: 'custom', message: NIP_MESSAGES[problem] });
  });

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Alamat e-mail tidak valid.' }))
  .pipe(z.string().max(200));

/** Indonesian phone numbers: +62 / 62 / 0 prefix, digits, spaces and dashes allowed. */
export const Phone = z
  .string()
  .trim()
  .regex(/^(\+62|62|0)[0-9 -]{6,16}$/, { error: 'Nomor telepon tidak valid (contoh: 0812-3456-7890).' });

export const Password = z.string().min(10, { error: 'Kata sandi minimal 10 karakter.' }).max(200);

export const RoleAssignment = z.object({
  id: Id,
  role: Role,
  perangkatDaerahId: Id.nullable(),
  perangkatDaerahName: z.string().nullable(),
});
export type RoleAssignment = z.infer<typeof RoleAssignment>;

export const RoleAssignmentCreate = z.strictObject({
  role: Role,
  perangkatDaerahId: Id.nullable(),
});
export type RoleAssignmentCreate = z.infer<typeof RoleAssignmentCreate>;

export const User = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  nip: z.string().nullable(),
  phone: z.string().nullable(),
  perangkatDaerahId: Id.nullable(),
  perangkatDaerahName: z.string().nullable(),
  active: z.boolean(),
  roles: z.array(RoleAssignment),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type User = z.infer<typeof User>;

const userFields = {
  name: z.string().trim().min(2).max(150),
  email: Email,
  nip: Nip.nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
  phone: Phone.nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
  perangkatDaerahId: Id.nullish().transform((v) => v ?? null),
};

export const UserCreate = z.strictObject({
  ...userFields,
  password: Password,
  roles: z.array(RoleAssignmentCreate).max(30).default([]),
});
export type UserCreate = z.infer<typeof UserCreate>;

export const UserUpdate = z.strictObject({ ...userFields, active: z.boolean(), version: Version });
export type UserUpdate = z.infer<typeof UserUpdate>;

export const UserQuery = PageQuery.extend({
  perangkatDaerahId: Id.optional(),
  role: Role.optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type UserQuery = z.infer<typeof UserQuery>;

export const UserPage = pageOf(User);

export const PasswordReset = z.strictObject({ password: Password });

export const LoginRequest = z.strictObject({
  email: z.string().trim().toLowerCase().min(3).max(200),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const PasswordChange = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: Password,
});

export const Me = z.object({
  user: User,
  pemda: Pemda,
  permissions: z.array(z.string()),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof Me>;
