import { Alert, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError } from '../../../api/errors';
import type { LifecycleStage, Partner } from '../../../api/types';
import { FormActions } from '../../../ui/FormActions';
import { showFormErrors } from '../../../ui/forms';
import { STAGE_LABELS } from '../../../ui/labels';
import { notifySuccess } from '../../../ui/notify';
import { useChangeStage } from '../api';

type Values = { toStage: LifecycleStage | null; reason: string };

export function ChangeStageModal({ partner, opened, onClose }: { partner: Partner; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Change lifecycle stage" centered>
      {opened && <ChangeStageForm partner={partner} onDone={onClose} />}
    </Modal>
  );
}

function ChangeStageForm({ partner, onDone }: { partner: Partner; onDone: () => void }) {
  const change = useChangeStage(partner.id);
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { toStage: null, reason: '' },
    validate: { toStage: (v) => (v ? null : 'Choose the new stage') },
  });
  // Only the moves the lifecycle rule allows from here (the server says which, and which need a reason).
  const options = partner.nextStages.map((next) => ({
    value: next.toStage,
    label: next.needsReason ? `${STAGE_LABELS[next.toStage]} (reason needed)` : STAGE_LABELS[next.toStage],
  }));
  const needsReason = partner.nextStages.find((next) => next.toStage === form.values.toStage)?.needsReason ?? false;

  const submit = form.onSubmit((values) => {
    if (!values.toStage) return;
    setRefusal(null);
    change.mutate(
      { toStage: values.toStage, reason: values.reason.trim() || undefined },
      {
        onSuccess: (transition) => {
          notifySuccess(`${transition.partner.name} is now ${STAGE_LABELS[transition.toStage]}`);
          onDone();
        },
        onError: (error) => {
          // The rule's own words ("A partner moves back only one stage at a time") say why a move is refused.
          if (isApiError(error) && error.code === 'INVALID_TRANSITION') setRefusal(error.message);
          else showFormErrors(form, error, ['toStage', 'reason']);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Currently <b>{STAGE_LABELS[partner.lifecycleStage]}</b>. Partners move forward freely; moving back one stage, into or
          out of off-boarding, or re-recruiting a terminated partner needs a reason.
        </Text>
        {refusal && (
          <Alert color="orange" icon={<IconAlertTriangle />} title="This move is not allowed" role="alert">
            {refusal}
          </Alert>
        )}
        <Select
          label="New stage"
          placeholder="Choose a stage"
          data={options}
          required
          data-autofocus
          {...form.getInputProps('toStage')}
          onChange={(value) => {
            setRefusal(null);
            form.setFieldValue('toStage', value as LifecycleStage | null);
          }}
        />
        <Textarea
          label="Reason"
          placeholder="Why is the partner moving?"
          withAsterisk={needsReason}
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <FormActions submitLabel={'Change stage'} busy={change.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
