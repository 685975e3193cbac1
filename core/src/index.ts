import './zod-locale';
export * from './roles';
export * from './permissions';
export * from './nip';
export * from './problems';
export * from './contracts/common';
export * from './contracts/organisation';
export * from './contracts/identity';
export * from './contracts/audit';
