import { Button, Group, Stack } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import type { ApiForm } from './forms';

/**
 * The frame of every form: no browser validation (the form's own messages show instead), the
 * fields, then the actions — Cancel when there is somewhere to go back to, and the submit button,
 * busy while saving. `onlyWhenChanged` keeps a settings form's button off until something changed.
 */
export function Form<Values>({
  form,
  submitLabel,
  onCancel,
  onlyWhenChanged = false,
  gap = 'sm',
  style,
  children,
}: {
  form: ApiForm<Values>;
  submitLabel: string;
  onCancel?: () => void;
  onlyWhenChanged?: boolean;
  gap?: 'sm' | 'md';
  style?: CSSProperties;
  children: ReactNode;
}) {
  return (
    <form onSubmit={form.submit} noValidate style={style}>
      <Stack gap={gap}>
        {children}
        <Group justify="flex-end" mt={onCancel ? 'sm' : undefined}>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={form.busy} disabled={onlyWhenChanged && !form.isDirty()}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
