// The provisioning module's public surface: what the CLI, the test harness and the bench use.
export { provisionPemda, type ProvisionPemdaInput } from './provision-pemda';
