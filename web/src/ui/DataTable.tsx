import { Card, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type RowAction, RowActions } from './RowActions';
import { useIsPhone } from './useIsPhone';

export type Column<T> = {
  /** Unique within the table. */
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Keep the cell on one line (badges, dates). */
  nowrap?: boolean;
  w?: number;
  miw?: number;
  maw?: number;
};

/** How one row reads as a card on a phone. */
export type RowCard = {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Top right, e.g. a status badge; the row's actions go there too. */
  aside?: ReactNode;
  badges?: ReactNode;
  footer?: ReactNode;
  /** The whole card opens this page. */
  to?: string;
};

/**
 * A list of records: a table on a desktop, one card per record on a phone (where a wide table
 * would scroll sideways). Both have the accessible name `label`. Per-row actions (`actions`, shown
 * as `actionsVariant`) sit in the last column, or at the top right of the card.
 */
export function DataTable<T extends { id: string }>({
  label,
  rows,
  rowName,
  columns,
  card,
  actions,
  actionsVariant,
  minWidth,
  framed = false,
  empty,
}: {
  label: string;
  rows: readonly T[];
  /** What a row is called, for its action buttons' names ("Actions for Dana Whitfield"). */
  rowName?: (row: T) => string;
  columns: readonly Column<T>[];
  card: (row: T) => RowCard;
  actions?: (row: T) => readonly RowAction[];
  actionsVariant?: 'menu' | 'icons' | 'buttons';
  /** Below this width the table scrolls inside its frame instead of squeezing its columns. */
  minWidth: number;
  /** In a card of its own (a page's main list), rather than inside a card already. */
  framed?: boolean;
  /** Shown instead when there are no rows. */
  empty?: ReactNode;
}) {
  const isPhone = useIsPhone();
  if (rows.length === 0 && empty) return empty;
  const rowActions = (row: T) =>
    actions ? <RowActions name={rowName?.(row) ?? row.id} actions={actions(row)} variant={actionsVariant} /> : null;

  if (isPhone) {
    return (
      <Stack gap="sm" aria-label={label}>
        {rows.map((row) => (
          <PhoneCard key={row.id} card={card(row)} actions={rowActions(row)} padding={framed ? 'md' : 'sm'} />
        ))}
      </Stack>
    );
  }

  const table = (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} w={column.w}>
                {column.header}
              </Table.Th>
            ))}
            {actions && <Table.Th w={40} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              {columns.map((column) => (
                <Table.Td
                  key={column.key}
                  miw={column.miw}
                  maw={column.maw}
                  className={column.nowrap ? 'consort-nowrap' : undefined}
                >
                  {column.cell(row)}
                </Table.Td>
              ))}
              {actions && <Table.Td>{rowActions(row)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
  return framed ? <Card padding={0}>{table}</Card> : table;
}

function PhoneCard({ card, actions, padding }: { card: RowCard; actions: ReactNode; padding: 'sm' | 'md' }) {
  const content = (
    <>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text component="div" fw={600} c={card.to ? 'blue.7' : undefined} truncate>
            {card.title}
          </Text>
          {card.subtitle && (
            <Text component="div" size="xs" c="dimmed" truncate>
              {card.subtitle}
            </Text>
          )}
        </div>
        {(card.aside || actions) && (
          <Group gap={4} wrap="nowrap">
            {card.aside}
            {actions}
          </Group>
        )}
      </Group>
      {card.badges && (
        <Group gap={6} mt="xs">
          {card.badges}
        </Group>
      )}
      {card.footer && (
        <Text component="div" size="xs" c="dimmed" mt="xs">
          {card.footer}
        </Text>
      )}
    </>
  );
  return card.to ? (
    <Card padding={padding} component={Link} to={card.to} style={{ textDecoration: 'none' }}>
      {content}
    </Card>
  ) : (
    <Card padding={padding}>{content}</Card>
  );
}
