import { Card, Group, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatCount } from '../../../ui/format';

export function StatCard({
  label,
  value,
  icon,
  to,
  color = 'blue',
}: {
  label: string;
  value: number;
  icon: ReactNode;
  to: string;
  color?: string;
}) {
  return (
    <Card component={Link} to={to} padding="md" style={{ textDecoration: 'none' }} aria-label={`${label}: ${value}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          <Text fz={28} fw={700} lh={1.2} c="var(--mantine-color-text)">
            {formatCount(value)}
          </Text>
        </div>
        <ThemeIcon variant="light" color={color} size={38} radius="md">
          {icon}
        </ThemeIcon>
      </Group>
    </Card>
  );
}
