import { Button } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { showProblem } from '../../lib/forms';
import { useWatch, useWatchers } from './api';

/** Follow a record: watchers hear of its comments and changes. Says how many watch it. */
export function WatchButton({ recordId }: { recordId: string }) {
  const { t } = useTranslation('records');
  const watchers = useWatchers(recordId);
  const watch = useWatch(recordId);
  const watching = watchers.data?.watching ?? false;
  const count = watchers.data?.people.length ?? 0;
  return (
    <Button
      size="xs"
      variant={watching ? 'light' : 'default'}
      leftSection={watching ? <IconEyeOff size={14} /> : <IconEye size={14} />}
      disabled={!watchers.data}
      loading={watch.isPending}
      title={watchers.data?.people.map((p) => p.name).join(', ')}
      onClick={() => watch.mutate(!watching, { onError: (e) => showProblem(e) })}
    >
      {watching ? t('watch.unwatch') : t('watch.watch')} · {t('watch.watchers', { count })}
    </Button>
  );
}
