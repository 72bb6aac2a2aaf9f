import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import type { ComponentType } from 'react';

export type RowAction = {
  label: string;
  icon?: ComponentType<{ size?: number | string }>;
  color?: string;
  onClick: () => void;
  /** Left out (not disabled) when false: the UI does not offer what would be refused. */
  allowed?: boolean;
  /** Busy: this row's change is on its way. */
  loading?: boolean;
};

/**
 * What can be done to one row. `menu` (default): a "…" button opening a menu, named "Actions for
 * <row>". `icons`: one icon button per action, named "<action> <row>". `buttons`: small text
 * buttons, for a row with one obvious action.
 */
export function RowActions({
  name,
  actions,
  variant = 'menu',
}: {
  /** What the row is called, for the buttons' accessible names. */
  name: string;
  actions: readonly RowAction[];
  variant?: 'menu' | 'icons' | 'buttons';
}) {
  const offered = actions.filter((action) => action.allowed !== false);
  if (offered.length === 0) return null;
  if (variant !== 'menu') {
    const Control = variant === 'icons' ? ActionIcon : Button;
    return (
      <Group gap={4} justify="flex-end" wrap="nowrap">
        {offered.map((action) => (
          <Control
            key={action.label}
            size={variant === 'icons' ? undefined : 'xs'}
            variant="subtle"
            color={action.color ?? 'gray'}
            aria-label={`${action.label} ${name}`}
            loading={action.loading}
            onClick={action.onClick}
          >
            {variant === 'icons' && action.icon ? <action.icon size={16} /> : action.label}
          </Control>
        ))}
      </Group>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${name}`}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {offered.map((action) => (
          <Menu.Item
            key={action.label}
            color={action.color}
            leftSection={action.icon ? <action.icon size={14} /> : undefined}
            onClick={action.onClick}
          >
            {action.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
