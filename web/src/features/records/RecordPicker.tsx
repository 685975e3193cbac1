import { Select } from '@mantine/core';
import type { RecordKind } from '@sigap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordSearch } from './api';

interface Option {
  value: string;
  label: string;
}

/** Finds a record by number or title as one types (two letters at least) and picks it. */
export function RecordPicker({
  value,
  onChange,
  exclude,
  kind,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  /** A record not to offer (the one being linked from). */
  exclude?: string;
  kind?: RecordKind;
}) {
  const { t } = useTranslation('records');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Option | null>(null);
  // Once picked, the box shows the pick's label: that is not a new search.
  const query = picked && search === picked.label ? '' : search;
  const found = useRecordSearch(query);
  const options: Option[] = (found.data ?? [])
    .filter((r) => r.id !== exclude && (!kind || r.kind === kind))
    .map((r) => ({ value: r.id, label: `${r.number} — ${r.title}` }));
  if (picked && value === picked.value && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  return (
    <Select
      label={t('links.record')}
      placeholder={t('links.searchPlaceholder')}
      searchable
      clearable
      data={options}
      value={value}
      onChange={(id, option) => {
        setPicked(id ? option : null);
        onChange(id);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has searched already: show what it found as it is.
      filter={({ options: all }) => all}
      nothingFoundMessage={query.trim().length >= 2 && !found.isFetching ? t('links.nothingFound') : undefined}
      required
    />
  );
}
