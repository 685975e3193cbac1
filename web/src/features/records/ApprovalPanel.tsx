import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { ROLE_CODES, type Approval } from '@sigap/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem, showSaved } from '../../lib/forms';
import { oneOf } from '../../lib/oneOf';
import { formatDateTime } from '../../lib/time';
import { useApprovals, useDecide } from './api';

type Decision = 'approved' | 'rejected';

const STEP_COLORS: Record<Approval['status'], string> = {
  waiting: 'gray',
  pending: 'yellow',
  approved: 'teal',
  rejected: 'red',
  cancelled: 'gray',
};

function SignatureBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation('records');
  return (
    <Badge
      size="sm"
      variant="light"
      tt="none"
      color={verified ? 'teal' : 'red'}
      leftSection={verified ? <IconShieldCheck size={12} aria-hidden /> : <IconShieldX size={12} aria-hidden />}
      data-testid="signature"
      data-verified={verified}
    >
      {verified ? t('approvals.verified') : t('approvals.invalid')}
    </Badge>
  );
}

/** The decision form: a reason is required (it is signed with the decision). */
function DecisionForm({ busy, onDecide }: { busy: boolean; onDecide: (decision: Decision, reason: string) => void }) {
  const { t } = useTranslation('records');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = (decision: Decision) => {
    if (reason.trim().length < 3) {
      setError(t('approvals.reasonRequired'));
      return;
    }
    setError(null);
    onDecide(decision, reason.trim());
  };
  return (
    <Stack gap="xs">
      <Textarea
        label={t('approvals.reason')}
        description={t('approvals.reasonHint')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        value={reason}
        error={error}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Group>
        <Button size="xs" color="teal" loading={busy} onClick={() => decide('approved')}>
          {t('approvals.approve')}
        </Button>
        <Button size="xs" color="red" variant="light" loading={busy} onClick={() => decide('rejected')}>
          {t('approvals.reject')}
        </Button>
      </Group>
    </Stack>
  );
}

export interface ApprovalStepsProps {
  approvals: readonly Approval[];
  timeZone: string;
  /** Offer the decision form on the steps the reader may decide (a kind may decide through its own actions instead). */
  allowDecision?: boolean;
  busy?: boolean;
  onDecide?: (decision: Decision, reason: string) => void;
}

/** A record's approval steps, each decision with who, when, why and whether its signature verifies. */
export function ApprovalSteps({ approvals, timeZone, allowDecision = true, busy = false, onDecide }: ApprovalStepsProps) {
  const { t } = useTranslation(['records', 'common']);
  const titleId = useId();
  const purpose = (p: string) => {
    const key = oneOf(['ticket_request'] as const, p.replace('.', '_'));
    return key ? t(`approvals.purposes.${key}`) : p;
  };
  const role = (r: string) => {
    const code = oneOf(ROLE_CODES, r);
    return code ? t(`common:roles.${code}`) : r;
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h5" id={titleId}>
          {t('approvals.title')}
        </Title>
        {approvals.map((a) => (
          <Stack key={a.id} gap={6} data-testid="approval-step">
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t('approvals.step', { step: a.step, purpose: purpose(a.purpose) })}
              </Text>
              <Badge size="sm" variant="outline" tt="none" color={STEP_COLORS[a.status]}>
                {t(`approvals.statuses.${a.status}`)}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {a.scopePdName
                ? t('approvals.approversIn', { roles: a.approverRoles.map(role).join(', '), pd: a.scopePdName })
                : t('approvals.approvers', { roles: a.approverRoles.map(role).join(', ') })}{' '}
              · {t('approvals.quorum', { quorum: a.quorum })}
            </Text>
            {(a.status === 'pending' || a.status === 'waiting') &&
              (a.deciders.length > 0 ? (
                <Text size="sm" data-testid="approval-deciders">
                  {t('approvals.deciders', { names: a.deciders.map((d) => `${d.name} (${role(d.role)})`).join(', ') })}
                </Text>
              ) : (
                <Alert color="orange" p="xs" data-testid="approval-deciders">
                  {t('approvals.noDeciders')}
                </Alert>
              ))}
            {a.decisions.map((d) => (
              <Paper key={d.id} withBorder p="xs" data-testid="approval-decision">
                <Group gap="xs" justify="space-between">
                  <Text size="sm" fw={600}>
                    {d.decision === 'approved' ? t('approvals.statuses.approved') : t('approvals.statuses.rejected')}
                  </Text>
                  <SignatureBadge verified={d.verified} />
                </Group>
                <Text size="xs" c="dimmed">
                  {t('approvals.decided', { name: d.userName, at: formatDateTime(d.decidedAt, timeZone) })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {d.reason}
                </Text>
              </Paper>
            ))}
            {allowDecision && a.canDecide && onDecide && <DecisionForm busy={busy} onDecide={onDecide} />}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

/** The approval steps of a record, read from the record platform; nothing when it has none. */
export function ApprovalPanel({
  recordId,
  timeZone,
  allowDecision = true,
  onDecided,
}: {
  recordId: string;
  timeZone: string;
  allowDecision?: boolean;
  onDecided?: () => void;
}) {
  const approvals = useApprovals(recordId);
  const decide = useDecide(recordId, () => {
    showSaved();
    onDecided?.();
  });
  if (!approvals.data || approvals.data.length === 0) return null;
  return (
    <ApprovalSteps
      approvals={approvals.data}
      timeZone={timeZone}
      allowDecision={allowDecision}
      busy={decide.isPending}
      onDecide={(decision, reason) => decide.mutate({ decision, reason }, { onError: (e) => showProblem(e) })}
    />
  );
}
