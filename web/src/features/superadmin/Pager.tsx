import { Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Pages of a list, its arrow buttons named for screen readers. */
export function Pager({
  total,
  pageSize,
  page,
  onChange,
}: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation('superadmin');
  return (
    <Pagination
      total={Math.ceil(total / pageSize)}
      value={page}
      onChange={onChange}
      size="sm"
      getControlProps={(control) => ({ 'aria-label': t(`pages.${control}`) })}
      getItemProps={(n) => ({ 'aria-label': t('pages.page', { n }) })}
    />
  );
}
