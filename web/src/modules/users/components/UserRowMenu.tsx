import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconLogout, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { User } from '../../../api/types';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useRevokeUserSessions } from '../api';

export function UserRowMenu({ user, onEdit }: { user: User; onEdit: () => void }) {
  const revoke = useRevokeUserSessions();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${user.name}`}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit}>
            Edit
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={14} />} color="orange" onClick={() => setConfirming(true)}>
            Sign out everywhere
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={confirming}
        title={`Sign ${user.name} out everywhere?`}
        confirmLabel="Sign out everywhere"
        color="orange"
        loading={revoke.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          revoke.mutate(user.id, {
            onSuccess: ({ revoked }) => {
              notifySuccess(`Ended ${revoked} session${revoked === 1 ? '' : 's'} of ${user.name}`);
              setConfirming(false);
            },
            onError: (error) => notifyError(error),
          })
        }
      >
        This ends every session of {user.name} on every device. Their API tokens keep working; they can sign in again with their
        password.
      </ConfirmModal>
    </>
  );
}
