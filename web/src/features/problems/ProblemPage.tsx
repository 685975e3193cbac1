import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { ProblemAction, problemWorkflow, type ProblemRecord } from '@sigap/core';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/session';
import { ActionPanel, Attachments, Comments, Links, RecordPage, Timeline, WatchButton, useRecordLinks, type FormValues } from '../records';
import { RequirePermission } from '../shell/Forbidden';
import { PriorityBadge } from '../tickets/badges';
import { useProblem, useProblemAction, useProblemPeople } from './api';
import { ProblemStatusBadge } from './badges';
import { useProblemActionLabels, useProblemStatusName } from './labels';
import { ProblemAnalysis, ProblemFacts } from './ProblemAnalysis';

export function ProblemPage() {
  return (
    <RequirePermission permission="problems.read">
      <ProblemLoader />
    </RequirePermission>
  );
}

function ProblemLoader() {
  const { id } = useParams({ from: '/app/masalah/$id' });
  const problem = useProblem(id);
  const { t } = useTranslation(['records', 'common']);
  if (problem.isError) return <Alert color="red">{t('page.notFound')}</Alert>;
  if (!problem.data) return <Text c="dimmed">{t('common:loading')}</Text>;
  return <ProblemView problem={problem.data} />;
}

function ProblemView({ problem }: { problem: ProblemRecord }) {
  const { t } = useTranslation(['records', 'problems']);
  const me = useMe();
  const tz = me.pemda.timeZone;
  const queryClient = useQueryClient();
  const act = useProblemAction(problem.id);
  const links = useRecordLinks(problem.id);
  const labels = useProblemActionLabels();
  const statusName = useProblemStatusName();
  const [needPeople, setNeedPeople] = useState(false);
  const works = problem.allowedActions.length > 0 || problem.assigneeId === me.user.id;
  // Those who may be given the problem, from its own picker (only those who work it may read the list).
  const people = useProblemPeople(problem.id, needPeople && works);
  const contribute = works && problem.status !== 'closed';
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['problems', 'one', problem.id] });

  return (
    <RecordPage
      number={problem.number}
      numberTestId="problem-number"
      title={problem.title}
      badges={
        <>
          <ProblemStatusBadge status={problem.status} />
          <PriorityBadge priority={problem.priority} />
        </>
      }
      tools={<WatchButton recordId={problem.id} />}
      top={
        <ActionPanel
          workflow={problemWorkflow}
          allowed={problem.allowedActions}
          labels={labels}
          people={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          onPeopleNeeded={() => setNeedPeople(true)}
          initialValues={(action): FormValues =>
            action === 'record_analysis'
              ? { symptom: problem.symptom ?? '', cause: problem.cause ?? '', causeCategory: problem.causeCategory ?? '' }
              : {}
          }
          onRun={(action, values) => act.mutateAsync(ProblemAction.parse({ ...values, action, version: problem.version }))}
        />
      }
      main={
        <>
          <ProblemAnalysis problem={problem} />
          <Paper withBorder p="md">
            <Stack>
              <Title order={2} size="h5">
                {t('timeline')}
              </Title>
              <Timeline events={problem.events} timeZone={tz} statusName={statusName} links={links.data} />
              {contribute && <Comments recordId={problem.id} agent onSent={refresh} />}
            </Stack>
          </Paper>
        </>
      }
      side={
        <>
          <ProblemFacts problem={problem} timeZone={tz} />
          <Paper withBorder p="md">
            <Stack>
              <Attachments recordId={problem.id} canAdd={contribute} onChanged={refresh} />
              <Links recordId={problem.id} canEdit={contribute} defaultName="causes" onChanged={refresh} />
            </Stack>
          </Paper>
        </>
      }
    />
  );
}
