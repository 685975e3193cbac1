import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ListFooterProps {
  /** Rows that match (or at least this many, when `atLeast`: the count stopped early). */
  total: number;
  atLeast?: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** A list's row count and page controls, each control named for screen readers. */
export function ListFooter({ total, atLeast = false, page, pageSize, onPage }: ListFooterProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed">
        {atLeast ? t('totalAtLeast', { count: total }) : t('total', { count: total })}
      </Text>
      <nav aria-label={t('pagination.label')}>
        <Pagination
          total={Math.ceil(total / pageSize)}
          value={page}
          onChange={onPage}
          size="sm"
          getItemProps={(n) => ({ 'aria-label': t('pagination.page', { page: n }), 'aria-current': n === page ? 'page' : undefined })}
          getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
        />
      </nav>
    </Group>
  );
}
