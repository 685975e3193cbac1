import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled value on a record's page; an empty one shows a dash. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap' }}>
        {children ?? '—'}
      </Text>
    </div>
  );
}
