import { Card, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card on a page: the title, an optional line under it, the card's action on the right. */
export function SectionCard({
  title,
  description,
  action,
  label,
  fill = false,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  /** The accessible name of the card (a region tests and screen readers can find). */
  label?: string;
  /** Stretch to the height of its grid row. */
  fill?: boolean;
  children: ReactNode;
}) {
  return (
    <Card role={label ? 'region' : undefined} aria-label={label} h={fill ? '100%' : undefined}>
      <Group justify="space-between" mb={description ? 4 : 'md'} gap="sm">
        <Title order={4}>{title}</Title>
        {action}
      </Group>
      {description && (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      )}
      {children}
    </Card>
  );
}
