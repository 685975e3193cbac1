import { Button, Group, Paper, Select, SegmentedControl, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { IMPACTS, PRIORITIES, URGENCIES, type Ticket, type TicketActionName } from '@sigap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem, showSaved } from '../../lib/forms';
import { useTicketAction, useTicketAgents } from './api';

/** Actions that run with one click. */
const DIRECT: TicketActionName[] = ['take', 'resume'];
/** Actions that need a reason or note. */
const WITH_BODY: TicketActionName[] = [
  'wait_user',
  'escalate_tier',
  'escalate_line',
  'escalate_level',
  'vendor',
  'reject',
  'reopen',
  'approve',
  'resolve',
];

/** The agent's actions on a ticket; only those the server allows now are offered. */
export function ActionPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation(['tickets', 'common']);
  const act = useTicketAction(ticket.id);
  const [open, setOpen] = useState<TicketActionName | null>(null);
  const [body, setBody] = useState('');
  const [cause, setCause] = useState('');
  const [impact, setImpact] = useState<string>(ticket.impact);
  const [urgency, setUrgency] = useState<string>(String(ticket.urgency));
  const [priority, setPriority] = useState<string | null>(null);
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const agents = useTicketAgents(ticket.id, open === 'assign');
  const offered = ticket.allowedActions.filter((a) => a !== 'comment' && a !== 'confirm') as TicketActionName[];

  const run = (action: Record<string, unknown>) =>
    act.mutate({ ...action, version: ticket.version } as never, {
      onSuccess: () => {
        showSaved();
        setOpen(null);
        setBody('');
        setCause('');
      },
      onError: (e) => showProblem(e),
    });

  const submit = () => {
    if (!open) return;
    if (open === 'assign') return run({ action: 'assign', assigneeId });
    if (open === 'reprioritise') return run({ action: 'reprioritise', impact, urgency: Number(urgency), priority, body });
    if (open === 'convert_to_incident') return run({ action: 'convert_to_incident', impact, urgency: Number(urgency), body });
    if (open === 'resolve') return run({ action: 'resolve', body, cause: cause || null });
    if (open === 'approve') return run({ action: 'approve', body: body || null });
    return run({ action: open, body });
  };

  if (offered.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="actions-title">
      <Stack>
        <Title order={2} size="h5" id="actions-title">
          {t('common:actions')}
        </Title>
        <Group gap="xs">
          {offered.map((a) => (
            <Button
              key={a}
              size="xs"
              variant={open === a ? 'filled' : a === 'resolve' || a === 'take' || a === 'approve' ? 'light' : 'default'}
              color={a === 'reject' ? 'red' : undefined}
              loading={act.isPending && DIRECT.includes(a)}
              onClick={() => (DIRECT.includes(a) ? run({ action: a }) : setOpen(open === a ? null : a))}
            >
              {t(`actions.${a}`)}
            </Button>
          ))}
        </Group>
        {open && (
          <Stack gap="xs">
            {open === 'assign' && (
              <Select
                label={t('assigneeId')}
                data={(agents.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                value={assigneeId}
                onChange={setAssigneeId}
                searchable
              />
            )}
            {(open === 'reprioritise' || open === 'convert_to_incident') && (
              <Group grow wrap="wrap">
                <Select
                  label={t('impact')}
                  data={IMPACTS.map((v) => ({ value: v, label: t(`common:impacts.${v}`) }))}
                  value={impact}
                  onChange={(v) => v && setImpact(v)}
                  allowDeselect={false}
                />
                <Select
                  label={t('urgency')}
                  data={URGENCIES.map((v) => ({ value: String(v), label: t(`common:urgencies.${v}`) }))}
                  value={urgency}
                  onChange={(v) => v && setUrgency(v)}
                  allowDeselect={false}
                />
                {open === 'reprioritise' && (
                  <Select label={t('priority')} placeholder="—" data={[...PRIORITIES]} value={priority} onChange={setPriority} clearable />
                )}
              </Group>
            )}
            {(WITH_BODY.includes(open) || open === 'reprioritise' || open === 'convert_to_incident') && (
              <Textarea
                label={open === 'resolve' ? t('message') : t('reason')}
                autosize
                minRows={2}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
              />
            )}
            {open === 'resolve' && <TextInput label={t('cause')} value={cause} onChange={(e) => setCause(e.currentTarget.value)} />}
            <Group>
              <Button size="sm" onClick={submit} loading={act.isPending}>
                {t(`actions.${open}`)}
              </Button>
              <Button size="sm" variant="default" onClick={() => setOpen(null)}>
                {t('common:cancel')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** A comment box; agents choose whether the reporter sees it. */
export function CommentBox({
  onSend,
  busy,
  agent,
}: {
  onSend: (body: string, visibility: 'public' | 'internal') => void;
  busy: boolean;
  agent: boolean;
}) {
  const { t } = useTranslation(['tickets', 'common']);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<'public' | 'internal'>('public');
  return (
    <Stack gap="xs">
      <Textarea label={t('message')} autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
      <Group>
        {agent && (
          <SegmentedControl
            size="xs"
            value={visibility}
            onChange={(v) => setVisibility(v as 'public' | 'internal')}
            data={[
              { value: 'public', label: t('visibilityPublic') },
              { value: 'internal', label: t('visibilityInternal') },
            ]}
          />
        )}
        <Button size="xs" disabled={!body.trim()} loading={busy} onClick={() => (onSend(body, visibility), setBody(''))}>
          {t('actions.comment')}
        </Button>
      </Group>
    </Stack>
  );
}
