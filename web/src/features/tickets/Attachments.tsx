import { Anchor, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import type { Ticket } from '@sigap/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, api, formData } from '../../api/client';
import { showProblem, showSaved } from '../../lib/forms';

const MAX_BYTES = 10 * 1024 * 1024;

/** Files on a ticket; anyone who sees the ticket may add one until it is closed. */
export function Attachments({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation(['tickets', 'common']);
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) =>
      api.POST('/records/{id}/attachments', { params: { path: { id: ticket.id } }, body: { file }, bodySerializer: formData }),
    onSuccess: () => {
      showSaved(t('common:created'));
      void queryClient.invalidateQueries({ queryKey: ['tickets', 'one', ticket.id] });
    },
    onError: (e) => showProblem(e),
  });
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('attachments')}
      </Text>
      {ticket.attachments.length === 0 && (
        <Text size="sm" c="dimmed">
          —
        </Text>
      )}
      {ticket.attachments.map((a) => (
        <Group key={a.id} gap="xs">
          <IconPaperclip size={14} />
          <Anchor href={`/api/v1/records/${ticket.id}/attachments/${a.id}`} size="sm">
            {a.filename}
          </Anchor>
          <Text size="xs" c="dimmed">
            {(a.sizeBytes / 1024).toFixed(0)} KB
          </Text>
        </Group>
      ))}
      {ticket.status !== 'closed' && (
        <FileButton
          onChange={(file) => {
            if (!file) return;
            if (file.size > MAX_BYTES)
              return showProblem(
                new ApiError({
                  type: 'about:blank',
                  title: t('attachments'),
                  status: 413,
                  code: 'request.too_large',
                  detail: t('tooLarge'),
                }),
              );
            upload.mutate(file);
          }}
          accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.txt,.log,.csv,.doc,.docx,.xls,.xlsx,.odt,.ods,.zip"
        >
          {(props) => (
            <Button
              {...props}
              size="xs"
              variant="default"
              leftSection={<IconPaperclip size={14} />}
              loading={upload.isPending}
              w="fit-content"
            >
              {t('attach')}
            </Button>
          )}
        </FileButton>
      )}
    </Stack>
  );
}
