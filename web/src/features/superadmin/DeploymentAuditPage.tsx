import { Alert, Button, Card, Code, Group, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from './Pager';
import { showProblem } from '../../lib/forms';
import { useDeploymentAudit, useVerifyDeploymentAudit } from './api';
import { formatInZone } from './format';

const PAGE_SIZE = 25;
/** The deployment belongs to no Pemda: its own trail is read in WIB. */
const DEPLOYMENT_ZONE = 'Asia/Jakarta';

/** `/superadmin/audit`: the deployment's own hash-chained audit trail, and its verification. */
export function DeploymentAuditPage() {
  const { t } = useTranslation(['superadmin', 'common']);
  const [page, setPage] = useState(1);
  const list = useDeploymentAudit(page, PAGE_SIZE);
  const verify = useVerifyDeploymentAudit();
  const result = verify.data;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('audit.title')}
        </Title>
        <Button
          leftSection={<IconShieldCheck size={16} />}
          loading={verify.isPending}
          onClick={() => verify.mutate(undefined, { onError: (e) => showProblem(e) })}
        >
          {t('audit.verify')}
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        {t('audit.intro')}
      </Text>
      {result && (
        <Alert color={result.intact ? 'teal.9' : 'red.9'} variant="filled" role="status">
          {result.intact
            ? t('audit.intact', { count: result.checked })
            : t('audit.broken', { seq: result.brokenAtSeq, count: result.checked })}
        </Alert>
      )}
      <Card withBorder>
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>{t('audit.time')}</Table.Th>
                <Table.Th>{t('audit.actor')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{e.seq ?? '…'}</Table.Td>
                  <Table.Td>{formatInZone(e.occurredAt, DEPLOYMENT_ZONE)}</Table.Td>
                  <Table.Td>{e.actorName ?? t('audit.system')}</Table.Td>
                  <Table.Td>
                    <Code>{e.action}</Code>
                  </Table.Td>
                  <Table.Td maw={380}>
                    <Spoiler maxHeight={48} showLabel="…" hideLabel="▲">
                      <Text size="xs">
                        <Code>{JSON.stringify(e.after ?? e.before)}</Code>
                      </Text>
                    </Spoiler>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between" mt="sm">
          <Text size="sm" c="dimmed">
            {t('common:total', { count: list.data?.total ?? 0 })}
          </Text>
          <Pager total={list.data?.total ?? 0} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
        </Group>
      </Card>
    </Stack>
  );
}
