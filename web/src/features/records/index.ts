// The parts every record's page shares (ADR 0007): a kind's page composes them around its own fields.
export { ActionPanel, type ActionPanelProps } from './ActionPanel';
export type { ActionLabels, DeclaredWorkflow, FormValues, PersonOption } from './actions';
export { ApprovalPanel, ApprovalSteps } from './ApprovalPanel';
export { Attachments } from './Attachments';
export { Comments } from './Comments';
export { Field } from './Field';
export { Links } from './Links';
export { recordPath } from './paths';
export { RecordPage } from './RecordPage';
export { Timeline } from './Timeline';
export { WatchButton } from './WatchButton';
export { recordKey, useRecordLinks } from './api';
