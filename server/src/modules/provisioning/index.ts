// The provisioning module's public surface: what the CLI, the deployment module, the test harness and the bench use.
export { provisionPemda, type ProvisionPemdaInput } from './provision-pemda';
