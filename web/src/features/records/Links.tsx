import { ActionIcon, Anchor, Button, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { LINK_TYPES, LinkType, type LinkName, type RecordLink } from '@sigap/core';
import { IconLink, IconTrash } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem, showSaved } from '../../lib/forms';
import { useAddLink, useRecordLinks, useRemoveLink } from './api';
import { recordPath } from './paths';
import { RecordPicker } from './RecordPicker';

const NAMES: readonly LinkName[] = [...new Set<LinkName>([...LinkType.options, ...Object.values(LINK_TYPES)])];

/**
 * How a link named from this record is stored: a type's own name starts here, an inverse name
 * ("causes") is the type ("caused_by") starting at the other record.
 */
function storedAs(name: LinkName, here: string, there: string): { from: string; body: { targetId: string; linkType: LinkType } } {
  const own = LinkType.safeParse(name);
  if (own.success) return { from: here, body: { targetId: there, linkType: own.data } };
  const type = LinkType.options.find((k) => LINK_TYPES[k] === name) ?? 'relates_to';
  return { from: there, body: { targetId: here, linkType: type } };
}

/** A record's links to other records, each named from this side; those who may contribute add and remove them. */
export function Links({
  recordId,
  canEdit,
  defaultName = 'relates_to',
  onChanged,
}: {
  recordId: string;
  canEdit: boolean;
  /** The link type offered first (a problem "causes" incidents). */
  defaultName?: LinkName;
  onChanged?: () => void;
}) {
  const { t } = useTranslation(['records', 'common']);
  const titleId = useId();
  const links = useRecordLinks(recordId);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState<LinkName>(defaultName);
  const [target, setTarget] = useState<string | null>(null);
  const add = useAddLink(recordId, () => {
    showSaved();
    setAdding(false);
    setTarget(null);
    onChanged?.();
  });
  const remove = useRemoveLink(recordId, onChanged);

  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h6" id={titleId}>
        {t('links.title')}
      </Title>
      {links.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('links.none')}
        </Text>
      )}
      {links.data && links.data.length > 0 && (
        <List spacing={4} size="sm" listStyleType="none" data-testid="record-links">
          {links.data.map((l: RecordLink) => (
            <List.Item key={l.id} icon={<IconLink size={14} aria-hidden />}>
              <Group gap={6} wrap="nowrap">
                <Text span size="sm" c="dimmed">
                  {t(`linkNames.${l.name}`)}
                </Text>
                <Anchor component={Link} to={recordPath(l.record)} size="sm">
                  {l.record.number}
                </Anchor>
                <Text span size="sm" lineClamp={1}>
                  {l.record.title}
                </Text>
                {canEdit && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={t('links.remove', { number: l.record.number })}
                    loading={remove.isPending && remove.variables === l.id}
                    onClick={() => remove.mutate(l.id, { onError: (e) => showProblem(e) })}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {canEdit && !adding && (
        <Group>
          <Button size="xs" variant="default" leftSection={<IconLink size={14} />} onClick={() => setAdding(true)}>
            {t('links.add')}
          </Button>
        </Group>
      )}
      {canEdit && adding && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (target) add.mutate(storedAs(name, recordId, target), { onError: (err) => showProblem(err) });
          }}
        >
          <Stack gap="xs">
            <Select
              label={t('links.type')}
              data={NAMES.map((n) => ({ value: n, label: t(`linkNames.${n}`) }))}
              value={name}
              onChange={(v) => setName(NAMES.find((n) => n === v) ?? name)}
              allowDeselect={false}
            />
            <RecordPicker value={target} onChange={setTarget} exclude={recordId} />
            <Group>
              <Button type="submit" size="xs" disabled={!target} loading={add.isPending}>
                {t('links.save')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setAdding(false)}>
                {t('common:cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
