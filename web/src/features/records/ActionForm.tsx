import { Button, Group, Input, Rating, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { ActionField } from '@sigap/core';
import { useTranslation } from 'react-i18next';
import type { ActionLabels, FormValues, PersonOption } from './actions';

interface FieldProps {
  field: ActionField;
  action: string;
  labels: ActionLabels;
  people: readonly PersonOption[];
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** One field of an action form, by its declared widget; a required one is marked (asterisk and aria-required). */
function ActionFieldInput({ field, action, labels, people, value, error, onChange }: FieldProps) {
  const { t } = useTranslation('records');
  const common = { label: labels.field(field.name, action), required: field.required, error };
  switch (field.widget) {
    case 'text':
      return <TextInput {...common} value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'textarea':
      return <Textarea {...common} autosize minRows={2} value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'select':
      return (
        <Select
          {...common}
          placeholder={t('actionPanel.choose')}
          data={field.options.map((o) => ({ value: String(o), label: labels.option(field.name, String(o)) }))}
          value={value || null}
          onChange={(v) => onChange(v ?? '')}
          clearable={!field.required}
        />
      );
    case 'person':
      return (
        <Select
          {...common}
          placeholder={t('actionPanel.choose')}
          data={people.map((p) => ({ value: p.value, label: p.label }))}
          value={value || null}
          onChange={(v) => onChange(v ?? '')}
          searchable
        />
      );
    case 'rating':
      return (
        <Input.Wrapper {...common} labelElement="div">
          <Rating value={Number(value) || 0} onChange={(v) => onChange(String(v))} aria-label={common.label} />
        </Input.Wrapper>
      );
  }
}

export interface ActionFormProps {
  action: string;
  fields: readonly ActionField[];
  labels: ActionLabels;
  people: readonly PersonOption[];
  values: FormValues;
  errors: Record<string, string>;
  busy: boolean;
  onChange: (values: FormValues) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

/** The form of one action, its fields as the workflow declares them; submitting is checked by the panel. */
export function ActionForm({ action, fields, labels, people, values, errors, busy, onChange, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation('common');
  return (
    <form
      noValidate
      data-testid="action-form"
      data-action={action}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="xs">
        {fields.map((f) => (
          <ActionFieldInput
            key={f.name}
            field={f}
            action={action}
            labels={labels}
            people={people}
            value={values[f.name] ?? ''}
            error={errors[f.name]}
            onChange={(v) => onChange({ ...values, [f.name]: v })}
          />
        ))}
        <Group>
          <Button type="submit" size="sm" loading={busy}>
            {labels.action(action)}
          </Button>
          <Button size="sm" variant="default" onClick={onCancel}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
