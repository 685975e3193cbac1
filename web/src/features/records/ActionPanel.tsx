import { Button, Group, Menu, Paper, Stack, Title } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem, showSaved } from '../../lib/forms';
import { ActionForm } from './ActionForm';
import { errorsOf, valuesOf, type ActionLabels, type DeclaredWorkflow, type FormValues, type PersonOption } from './actions';

export interface ActionPanelProps<W extends DeclaredWorkflow> {
  workflow: W;
  /** The actions the server allows the reader now (the record's `allowedActions`). */
  allowed: readonly string[];
  /** Allowed actions another part of the page offers instead (a ticket's comment and confirmation). */
  exclude?: readonly string[];
  labels: ActionLabels;
  /** Who the person field offers. */
  people?: readonly PersonOption[];
  /** Called when a form with a person field opens, so the page can fetch who may be chosen. */
  onPeopleNeeded?: () => void;
  /** A form's first values (e.g. the record's current impact). */
  initialValues?: (action: Extract<keyof W['actions'], string>) => FormValues;
  /**
   * `menu`: the primary action as a button, the rest in a menu. `buttons`: every action a button,
   * the primary one emphasised (the service desk's panel, which agents work from all day).
   */
  layout?: 'menu' | 'buttons';
  /** Runs the action with the form's values (valid for its input); rejecting keeps the form open. */
  onRun: (action: Extract<keyof W['actions'], string>, values: Record<string, string | number>) => Promise<unknown>;
}

const NO_PEOPLE: readonly PersonOption[] = [];

/**
 * A record's workflow actions, from its kind's declaration: only those allowed now, each with the
 * form its `ui.fields` declare (an action without fields runs with one click).
 */
export function ActionPanel<W extends DeclaredWorkflow>({
  workflow,
  allowed,
  exclude = [],
  labels,
  people = NO_PEOPLE,
  onPeopleNeeded,
  initialValues,
  layout = 'menu',
  onRun,
}: ActionPanelProps<W>) {
  type Name = Extract<keyof W['actions'], string>;
  const { t } = useTranslation(['records', 'common']);
  const titleId = useId();
  const [open, setOpen] = useState<Name | null>(null);
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<Name | null>(null);

  const isName = (name: string): name is Name => Object.hasOwn(workflow.actions, name);
  const offered = allowed.filter(isName).filter((a) => !exclude.includes(a));
  const specOf = (name: Name) => workflow.actions[name];
  const primary = offered.find((a) => specOf(a)?.ui.tone === 'primary');

  const run = async (name: Name, form: FormValues) => {
    const fields = specOf(name)?.ui.fields ?? [];
    setBusy(name);
    try {
      await onRun(name, valuesOf(fields, form));
      showSaved();
      // Close this action's form only: another may have been opened while a one-click action ran.
      setOpen((current) => (current === name ? null : current));
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy((current) => (current === name ? null : current));
    }
  };

  const choose = (name: Name) => {
    const fields = specOf(name)?.ui.fields ?? [];
    if (fields.length === 0) {
      void run(name, {});
      return;
    }
    if (open === name) {
      setOpen(null);
      return;
    }
    if (fields.some((f) => f.widget === 'person')) onPeopleNeeded?.();
    setOpen(name);
    setValues(initialValues?.(name) ?? {});
    setErrors({});
  };

  const submit = () => {
    const spec = open && specOf(open);
    if (!open || !spec) return;
    const found = errorsOf(spec.ui.fields, spec.input, values, t('actionPanel.required'));
    setErrors(found);
    if (Object.keys(found).length === 0) void run(open, values);
  };

  if (offered.length === 0) return null;
  const color = (name: Name) => (specOf(name)?.ui.tone === 'danger' ? 'red' : undefined);
  const button = (name: Name, emphasis: boolean) => (
    <Button
      key={name}
      size="xs"
      variant={open === name || (emphasis && layout === 'menu') ? 'filled' : emphasis ? 'light' : 'default'}
      color={color(name)}
      loading={busy === name && open !== name}
      aria-expanded={(specOf(name)?.ui.fields.length ?? 0) > 0 ? open === name : undefined}
      onClick={() => choose(name)}
    >
      {labels.action(name)}
    </Button>
  );
  const rest = offered.filter((a) => a !== primary);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid="action-panel">
      <Stack>
        <Title order={2} size="h5" id={titleId}>
          {t('common:actions')}
        </Title>
        <Group gap="xs">
          {layout === 'buttons' ? (
            offered.map((a) => button(a, specOf(a)?.ui.tone === 'primary'))
          ) : (
            <>
              {primary && button(primary, true)}
              {rest.length > 0 && (
                <Menu position="bottom-start" withinPortal={false}>
                  <Menu.Target>
                    <Button size="xs" variant="default" rightSection={<IconChevronDown size={14} />}>
                      {t('actionPanel.more')}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {rest.map((a) => (
                      <Menu.Item key={a} color={color(a)} onClick={() => choose(a)}>
                        {labels.action(a)}
                      </Menu.Item>
                    ))}
                  </Menu.Dropdown>
                </Menu>
              )}
            </>
          )}
        </Group>
        {open && offered.includes(open) && (
          <ActionForm
            action={open}
            fields={specOf(open)?.ui.fields ?? []}
            labels={labels}
            people={people}
            values={values}
            errors={errors}
            busy={busy === open}
            onChange={setValues}
            onSubmit={submit}
            onCancel={() => setOpen(null)}
          />
        )}
      </Stack>
    </Paper>
  );
}
