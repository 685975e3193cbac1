import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface RecordPageProps {
  number: string;
  /** The number's test id (the service desk's journeys read `ticket-number`). */
  numberTestId?: string;
  title: string;
  /** The status and other badges beside the number. */
  badges?: ReactNode;
  /** A line under the title (e.g. why the priority is what it is). */
  subtitle?: ReactNode;
  /** Buttons at the header's end (watch). */
  tools?: ReactNode;
  /** Above both columns, full width (due times, the action panel). */
  top?: ReactNode;
  main: ReactNode;
  side?: ReactNode;
}

/** The layout every record's page shares: a header with number, title and status, a main column and a side column. */
export function RecordPage({ number, numberTestId = 'record-number', title, badges, subtitle, tools, top, main, side }: RecordPageProps) {
  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="flex-start" wrap="wrap" component="header">
        <Stack gap={4} style={{ flex: 1, minWidth: 280 }}>
          <Group gap="xs">
            <Text fw={700} c="dimmed" data-testid={numberTestId}>
              {number}
            </Text>
            {badges}
          </Group>
          <Title order={1} size="h3">
            {title}
          </Title>
          {subtitle && (
            <Text size="sm" c="dimmed" component="div">
              {subtitle}
            </Text>
          )}
        </Stack>
        {tools && <Group gap="xs">{tools}</Group>}
      </Group>
      {top}
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: side ? 8 : 12 }}>
          <Stack>{main}</Stack>
        </Grid.Col>
        {side && (
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack>{side}</Stack>
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
