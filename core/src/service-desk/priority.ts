/** SPBE priority (Y-Tabel 2): impact × service type × service classification → P1…P6. */
export const IMPACTS = ['mayor', 'minor'] as const;
export type Impact = (typeof IMPACTS)[number];

/** Layanan Publik or Layanan Administrasi Pemerintahan (S-Pasal 25, K-Pasal 27). */
export const SERVICE_TYPES = ['publik', 'administrasi'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Klasifikasi layanan (Y-2.1.2.1). */
export const CLASSIFICATIONS = ['kritis', 'esensial', 'normal'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'] as const;
export type Priority = (typeof PRIORITIES)[number];

export type PriorityMatrix = Record<Impact, Record<ServiceType, Record<Classification, Priority>>>;

export const DEFAULT_PRIORITY_MATRIX: PriorityMatrix = {
  mayor: {
    publik: { kritis: 'P1', esensial: 'P2', normal: 'P3' },
    administrasi: { kritis: 'P2', esensial: 'P3', normal: 'P4' },
  },
  minor: {
    publik: { kritis: 'P3', esensial: 'P4', normal: 'P5' },
    administrasi: { kritis: 'P4', esensial: 'P5', normal: 'P6' },
  },
};

export interface PriorityInput {
  impact: Impact;
  serviceType: ServiceType;
  classification: Classification;
}

export interface PriorityDecision extends PriorityInput {
  priority: Priority;
}

/** The matrix cell for a ticket, with the inputs that chose it (shown to agents as the reason). */
export function priorityOf(matrix: PriorityMatrix, input: PriorityInput): PriorityDecision {
  return { ...input, priority: matrix[input.impact][input.serviceType][input.classification] };
}

/** 1 is the most urgent. */
export function priorityRank(p: Priority): number {
  return PRIORITIES.indexOf(p) + 1;
}
