import { Button, Group } from '@mantine/core';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import type { ApiMutation } from '../../../ui/useApiMutation';
import type { ValuePropositionRef } from '../api';
import { ValuePropositionLink } from './ValuePropositionLink';
import { ValuePropositionSelect } from './ValuePropositionSelect';

type Body = { valuePropositionId: string | null };

/**
 * A record's joint value proposition on its page: the link, and for who may change the record a
 * "Change" dialog with the select (the record's PATCH with `valuePropositionId`).
 */
export function ValuePropositionEditor<TData, TVars extends Partial<Body>>({
  proposition,
  partnerIds,
  canEdit,
  mutation,
}: {
  proposition: ValuePropositionRef | null;
  partnerIds: readonly string[];
  canEdit: boolean;
  mutation: ApiMutation<TData, TVars>;
}) {
  const dialog = useDialog();
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <ValuePropositionLink proposition={proposition} />
        {canEdit && (
          <Button size="compact-xs" variant="subtle" onClick={() => dialog.open(null)}>
            Change
          </Button>
        )}
      </Group>
      <FormDialog dialog={dialog} title="Joint value proposition">
        {() => <EditForm proposition={proposition} partnerIds={partnerIds} mutation={mutation} onDone={dialog.close} />}
      </FormDialog>
    </>
  );
}

function EditForm<TData, TVars extends Partial<Body>>({
  proposition,
  partnerIds,
  mutation,
  onDone,
}: {
  proposition: ValuePropositionRef | null;
  partnerIds: readonly string[];
  mutation: ApiMutation<TData, TVars>;
  onDone: () => void;
}) {
  const form = useApiForm<Body, TData, TVars>({
    initialValues: { valuePropositionId: proposition?.id ?? null },
    mutation,
    toVariables: (v) => ({ valuePropositionId: v.valuePropositionId }) as TVars,
    success: () => 'Joint value proposition saved',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save" onCancel={onDone}>
      <ValuePropositionSelect
        partnerIds={partnerIds}
        value={form.values.valuePropositionId}
        onChange={(id) => form.setFieldValue('valuePropositionId', id)}
        error={form.errors.valuePropositionId}
      />
    </Form>
  );
}
