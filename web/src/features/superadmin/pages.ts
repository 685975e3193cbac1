// The super-administrators' pages: one lazy chunk (the sign-in page has its own).
export { SuperAdminLayout } from './SuperAdminLayout';
export { PemdaListPage } from './PemdaListPage';
export { NewPemdaPage } from './NewPemdaPage';
export { PemdaDetailPage } from './PemdaDetailPage';
export { DeploymentAuditPage } from './DeploymentAuditPage';
export { OperatorAccountPage } from './OperatorAccountPage';
