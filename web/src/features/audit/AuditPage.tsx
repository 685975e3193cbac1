import { Alert, Button, Card, Code, Group, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ListFooter } from '../../lib/ListFooter';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { showProblem } from '../../lib/forms';
import { useMe } from '../auth/session';
import { RequirePermission } from '../shell/Forbidden';

const PAGE_SIZE = 25;

export function AuditPage() {
  return (
    <RequirePermission permission="audit.read">
      <AuditTrail />
    </RequirePermission>
  );
}

function AuditTrail() {
  const { t, i18n } = useTranslation(['audit', 'common']);
  const me = useMe();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['audit', page],
    queryFn: () => api.GET('/audit', { params: { query: { page, pageSize: PAGE_SIZE } } }),
    placeholderData: keepPreviousData,
  });
  const verify = useMutation({ mutationFn: () => api.GET('/audit/verify'), onError: (e) => showProblem(e) });
  // Times are shown in the Pemda's own zone (WIB/WITA/WIT), whatever the browser's.
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: me.pemda.timeZone,
  });
  const result = verify.data;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Button leftSection={<IconShieldCheck size={16} />} loading={verify.isPending} onClick={() => verify.mutate()}>
          {t('verify')}
        </Button>
      </Group>
      {result && (
        <Alert color={!result.intact ? 'red' : result.anchors.invalid > 0 ? 'yellow' : 'green'} role="status">
          <Stack gap={4}>
            <Text size="sm">
              {result.intact || !result.reason
                ? t('intact', { count: result.checked })
                : t('broken', { seq: result.brokenAtSeq, reason: t(`reasons.${result.reason}`), count: result.checked })}
            </Text>
            <Text size="sm">
              {result.anchors.latest
                ? t('anchored', {
                    count: result.anchors.checkpoints,
                    seq: result.anchors.latest.seq,
                    time: format.format(new Date(result.anchors.latest.at)),
                  })
                : t('notAnchored')}
            </Text>
            {result.anchors.invalid > 0 && (
              <Text size="sm" fw={700}>
                {t('invalidAnchors', { count: result.anchors.invalid })}
              </Text>
            )}
          </Stack>
        </Alert>
      )}
      <Card withBorder>
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('seq')}</Table.Th>
                <Table.Th>{t('time')}</Table.Th>
                <Table.Th>{t('actor')}</Table.Th>
                <Table.Th>{t('action')}</Table.Th>
                <Table.Th>{t('details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td title={e.seq === null ? t('pending') : undefined}>{e.seq ?? '…'}</Table.Td>
                  <Table.Td>{format.format(new Date(e.occurredAt))}</Table.Td>
                  <Table.Td>{e.actorName ?? t('system')}</Table.Td>
                  <Table.Td>
                    <Code>{e.action}</Code>
                    <Text size="xs" c="dimmed">
                      {e.entityType} {e.entityId}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={420}>
                    <Spoiler maxHeight={48} showLabel="…" hideLabel="▲">
                      {e.before !== null && (
                        <Text size="xs">
                          {t('before')}: <Code>{JSON.stringify(e.before)}</Code>
                        </Text>
                      )}
                      {e.after !== null && (
                        <Text size="xs">
                          {t('after')}: <Code>{JSON.stringify(e.after)}</Code>
                        </Text>
                      )}
                    </Spoiler>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <ListFooter total={list.data?.total ?? 0} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
      </Card>
    </Stack>
  );
}
