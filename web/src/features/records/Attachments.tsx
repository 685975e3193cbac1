import { Anchor, Button, FileButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { API_BASE } from '@sigap/api-client';
import { IconPaperclip } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '@sigap/core';
import { ApiError } from '../../api/client';
import { showProblem, showSaved } from '../../lib/forms';
import { useRecordAttachments, useUpload } from './api';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.txt,.log,.csv,.doc,.docx,.xls,.xlsx,.odt,.ods,.zip';

/**
 * A record's files, each a download link; those who may contribute add one (10 MB at most).
 * A kind whose record carries its files already passes them (`files`); otherwise they are fetched.
 */
export function Attachments({
  recordId,
  files: given,
  canAdd,
  onChanged,
}: {
  recordId: string;
  files?: readonly Attachment[];
  canAdd: boolean;
  onChanged?: () => void;
}) {
  const { t } = useTranslation(['records', 'common']);
  const titleId = useId();
  const fetched = useRecordAttachments(recordId, given === undefined);
  const files = given ?? fetched.data;
  const upload = useUpload(recordId, () => {
    showSaved(t('common:created'));
    onChanged?.();
  });

  const pick = (file: File | null) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      showProblem(
        new ApiError({
          type: 'about:blank',
          title: t('attachments.title'),
          status: 413,
          code: 'request.too_large',
          detail: t('attachments.tooLarge'),
        }),
      );
      return;
    }
    upload.mutate(file, { onError: (e) => showProblem(e) });
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h6" id={titleId}>
        {t('attachments.title')}
      </Title>
      {files?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('attachments.none')}
        </Text>
      )}
      {files && files.length > 0 && (
        <List spacing={4} size="sm" listStyleType="none" data-testid="attachment-list">
          {files.map((a) => (
            <List.Item key={a.id} icon={<IconPaperclip size={14} aria-hidden />}>
              <Anchor href={`${API_BASE}/records/${recordId}/attachments/${a.id}`} size="sm" download={a.filename}>
                {a.filename}
              </Anchor>{' '}
              <Text span size="xs" c="dimmed">
                {t('attachments.size', { size: Math.max(1, Math.round(a.sizeBytes / 1024)) })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {canAdd && (
        <FileButton onChange={pick} accept={ACCEPT}>
          {(props) => (
            <Group>
              <Button {...props} size="xs" variant="default" leftSection={<IconPaperclip size={14} />} loading={upload.isPending}>
                {t('attachments.attach')}
              </Button>
            </Group>
          )}
        </FileButton>
      )}
    </Stack>
  );
}
