import { Button, Group, Modal, type ModalProps, Text } from '@mantine/core';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import type { ApiMutation } from './useApiMutation';

/**
 * A dialog's state: whether it is open and on what (`open(contact)` edits a contact, `open()` adds
 * one). The target outlives `close()`, so the title does not change while the dialog fades out.
 */
export type Dialog<T> = { opened: boolean; target: T | null; open: (target?: T | null) => void; close: () => void };

export function useDialog<T = never>(): Dialog<T> {
  const [state, setState] = useState<{ opened: boolean; target: T | null }>({ opened: false, target: null });
  const open = useCallback((target: T | null = null) => setState({ opened: true, target }), []);
  const close = useCallback(() => setState((s) => ({ ...s, opened: false })), []);
  return useMemo(() => ({ ...state, open, close }), [state, open, close]);
}

/**
 * A dialog holding a form. The form mounts when the dialog opens, so it starts from the target's
 * current values every time, and unmounts when it closes.
 */
export function FormDialog<T>({
  dialog,
  title,
  size,
  centered,
  children,
}: {
  dialog: Dialog<T>;
  title: string | ((target: T | null) => string);
  size?: ModalProps['size'];
  centered?: boolean;
  children: (target: T | null) => ReactNode;
}) {
  return (
    <Modal
      opened={dialog.opened}
      onClose={dialog.close}
      title={typeof title === 'function' ? title(dialog.target) : title}
      size={size}
      centered={centered}
    >
      {dialog.opened && children(dialog.target)}
    </Modal>
  );
}

/**
 * "Are you sure?" before a change that cannot be undone, with the consequence spelled out; the
 * confirm button runs the mutation. The dialog closes either way: on success with the
 * notification, on failure with the problem's detail (retrying would fail the same way).
 */
export function ConfirmDialog<T, TData, TVars>({
  dialog,
  title,
  confirmLabel,
  color = 'red',
  mutation,
  variables,
  success,
  errorTitle,
  onDone,
  children,
}: {
  dialog: Dialog<T>;
  title: (target: T) => string;
  confirmLabel: string;
  color?: string;
  mutation: ApiMutation<TData, TVars>;
  variables: (target: T) => TVars;
  success: (target: T, data: TData) => string;
  errorTitle?: string;
  onDone?: (target: T, data: TData) => void;
  children: (target: T) => ReactNode;
}) {
  const { target } = dialog;
  if (target === null) return null;
  const confirm = () =>
    mutation.run(variables(target), {
      success: (data) => success(target, data),
      errorTitle,
      onSuccess: (data) => {
        dialog.close();
        onDone?.(target, data);
      },
      onError: () => {
        dialog.close();
        return false;
      },
    });
  return (
    <Modal opened={dialog.opened} onClose={dialog.close} title={title(target)} centered>
      <Text size="sm">{children(target)}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={dialog.close}>
          Cancel
        </Button>
        <Button color={color} loading={mutation.isPending} onClick={confirm}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
