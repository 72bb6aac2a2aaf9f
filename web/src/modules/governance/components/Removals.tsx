import { ActionIcon, Button, Group } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconTrash } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { ConfirmDialog, type Dialog, useDialog } from '../../../ui/dialogs';
import {
  type ActionItem,
  type GovernanceBody,
  type Meeting,
  useArchiveBody,
  useDeleteAction,
  useDeleteBody,
  useDeleteMeeting,
} from '../api';

/*
 * Taking governance records away (decision 0175): what has no record is deleted — a body without
 * decisions or held meetings, a meeting not held, an action item not done; a body with a record is
 * archived and can come back; a held meeting and a done action item stay.
 */

/** "Delete" for an action item, confirmed; the dialog is opened by the caller's row action. */
export function DeleteActionDialog({ dialog }: { dialog: Dialog<ActionItem> }) {
  const remove = useDeleteAction();
  return (
    <ConfirmDialog
      dialog={dialog}
      title={(a) => `Delete ${a.title}?`}
      confirmLabel="Delete action item"
      mutation={remove}
      variables={(a) => a.id}
      success={(a) => `Deleted ${a.title}`}
    >
      {(a) =>
        `${a.owner ? `${a.owner.name} no longer owes it. ` : ''}The audit log keeps that it was given and deleted. ` +
        'Cancel it instead (keep it, closed) if the alliance should remember it was dropped.'
      }
    </ConfirmDialog>
  );
}

/** A small trash button that opens `DeleteActionDialog`, where the action item may be deleted. */
export function DeleteActionButton({ action, onDelete }: { action: ActionItem; onDelete: (a: ActionItem) => void }) {
  if (!action.can.delete) return null;
  return (
    <ActionIcon variant="subtle" color="gray" aria-label={`Delete ${action.title}`} onClick={() => onDelete(action)}>
      <IconTrash size={14} />
    </ActionIcon>
  );
}

/** "Delete meeting" on a meeting not held: its invitees get the cancellation if it is still ahead. */
export function DeleteMeetingButton({ meeting }: { meeting: Meeting }) {
  const dialog = useDialog<Meeting>();
  const remove = useDeleteMeeting();
  const navigate = useNavigate();
  if (!meeting.can.delete) return null;
  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => dialog.open(meeting)}>
        Delete meeting
      </Button>
      <ConfirmDialog
        dialog={dialog}
        title={(m) => `Delete ${m.title}?`}
        confirmLabel="Delete meeting"
        mutation={remove}
        variables={(m) => m.id}
        success={(m) => `Deleted ${m.title}`}
        onDone={(m) => navigate(`/governance?partnerId=${m.partnerId}`)}
      >
        {(m) =>
          m.status === 'scheduled'
            ? 'Every invitee’s calendar gets the cancellation, and the meeting leaves the governance calendar. Its decisions and action items stay. To keep it on the calendar as cancelled, cancel it instead.'
            : 'The cancelled meeting leaves the governance calendar. Its decisions and action items stay.'
        }
      </ConfirmDialog>
    </>
  );
}

/** Archive (or bring back) a body with a record; delete one without. */
export function BodyRemovalButtons({ body }: { body: GovernanceBody }) {
  const archive = useArchiveBody();
  const dialog = useDialog<GovernanceBody>();
  const remove = useDeleteBody();
  return (
    <Group gap={4}>
      {body.can.edit && !body.can.delete && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="gray"
          leftSection={body.active ? <IconArchive size={12} /> : <IconArchiveOff size={12} />}
          loading={archive.isPending}
          aria-label={`${body.active ? 'Archive' : 'Bring back'} ${body.name}`}
          onClick={() =>
            archive.run(
              { id: body.id, active: !body.active },
              { success: body.active ? `Archived ${body.name}: its record stays` : `${body.name} is back` },
            )
          }
        >
          {body.active ? 'Archive' : 'Bring back'}
        </Button>
      )}
      {body.can.delete && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          aria-label={`Delete ${body.name}`}
          onClick={() => dialog.open(body)}
        >
          Delete
        </Button>
      )}
      <ConfirmDialog
        dialog={dialog}
        title={(b) => `Delete ${b.name}?`}
        confirmLabel="Delete body"
        mutation={remove}
        variables={(b) => b.id}
        success={(b) => `Deleted ${b.name}`}
      >
        {() => 'It has no decisions and no held meeting; its scheduled meetings stay, without a body.'}
      </ConfirmDialog>
    </Group>
  );
}
