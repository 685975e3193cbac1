import { Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconLock, IconMessage } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem, showSaved } from '../../lib/forms';
import { postComment } from './api';
import { useDraft } from './draft';

type Visibility = 'public' | 'internal';

export interface CommentsProps {
  /** The record commented on; its draft is kept under this id. */
  recordId: string;
  /** Agents write internal notes unless they choose to reply to the reporter; others write public replies only. */
  agent: boolean;
  /** Sends the comment (the record platform's comment route unless told, e.g. the public tracking page). */
  send?: (body: string, visibility: Visibility) => Promise<unknown>;
  /** Called after a comment was sent (to refresh the record's timeline). */
  onSent?: () => void;
}

/** Writes a comment or an internal note; the draft stays in this browser until it is sent. */
export function Comments({ recordId, agent, send, onSent }: CommentsProps) {
  const { t } = useTranslation('records');
  const [body, setBody, clear] = useDraft(recordId);
  const [choice, setChoice] = useState<Visibility>('internal');
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  const titleId = useId();
  const visibility: Visibility = agent ? choice : 'public';
  const note = visibility === 'internal';

  const submit = async () => {
    const text = body.trim();
    if (!text || busy) return;
    setBusy(true);
    try {
      await (send ?? ((b: string, v: Visibility) => postComment(recordId, b, v)))(text, visibility);
      clear();
      showSaved(t('comments.sent'));
      onSent?.();
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby={titleId}
      bg={note ? 'var(--mantine-color-yellow-0)' : undefined}
      data-testid="comment-composer"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="xs">
          <Title order={3} size="h6" id={titleId}>
            {t('comments.title')}
          </Title>
          {agent && (
            <Radio.Group label={t('comments.audience')} value={choice} onChange={(v) => setChoice(v === 'public' ? 'public' : 'internal')}>
              <Group gap="md" mt={4}>
                <Radio value="internal" label={t('comments.internal')} />
                <Radio value="public" label={t('comments.reply')} />
              </Group>
            </Radio.Group>
          )}
          <Textarea
            label={note ? t('comments.internal') : t('comments.message')}
            autosize
            minRows={2}
            maxLength={10_000}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            aria-describedby={hintId}
          />
          <Text size="xs" c="dimmed" id={hintId}>
            {agent && (note ? t('comments.internalHint') : t('comments.replyHint'))} {t('comments.draftKept')}
          </Text>
          <Group>
            <Button
              type="submit"
              size="xs"
              disabled={!body.trim()}
              loading={busy}
              leftSection={note ? <IconLock size={14} /> : <IconMessage size={14} />}
              color={note ? 'yellow' : undefined}
              variant={note ? 'light' : 'filled'}
            >
              {!agent ? t('comments.send') : note ? t('comments.sendNote') : t('comments.sendReply')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
