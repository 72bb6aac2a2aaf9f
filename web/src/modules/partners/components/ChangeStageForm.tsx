import { Alert, Select, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError } from '../../../api/errors';
import type { LifecycleStage, Partner } from '../../../api/types';
import { Form } from '../../../ui/Form';
import { type FormValues, useApiForm } from '../../../ui/forms';
import { LABELS } from '../../../ui/labels';
import { type StageChangeBody, useChangeStage } from '../api';

/** No stage is chosen when the dialog opens. */
type Values = Omit<FormValues<StageChangeBody>, 'toStage'> & { toStage: LifecycleStage | null };
const NOTHING_CHOSEN: Values = { toStage: null, reason: '' };

export function ChangeStageForm({ partner, onDone }: { partner: Partner; onDone: () => void }) {
  const change = useChangeStage(partner.id);
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useApiForm({
    initialValues: NOTHING_CHOSEN,
    validate: { toStage: (v) => (v ? null : 'Choose the new stage') },
    mutation: change,
    // Validation has made sure a stage is chosen.
    toVariables: (values) => ({ toStage: values.toStage as LifecycleStage, reason: values.reason.trim() || undefined }),
    success: (transition) => `${transition.partner.name} is now ${LABELS.lifecycleStage[transition.toStage]}`,
    onSuccess: onDone,
    // The rule's own words ("A partner moves back only one stage at a time") say why a move is refused.
    onError: (error) => {
      const refused = isApiError(error) && error.code === 'INVALID_TRANSITION';
      setRefusal(refused ? error.message : null);
      return refused;
    },
  });
  // Only the moves the lifecycle rule allows from here (the server says which, and which need a reason).
  const options = partner.nextStages.map((next) => ({
    value: next.toStage,
    label: next.needsReason ? `${LABELS.lifecycleStage[next.toStage]} (reason needed)` : LABELS.lifecycleStage[next.toStage],
  }));
  const needsReason = partner.nextStages.find((next) => next.toStage === form.values.toStage)?.needsReason ?? false;

  return (
    <Form form={form} submitLabel="Change stage" onCancel={onDone}>
      <Text size="sm">
        Currently <b>{LABELS.lifecycleStage[partner.lifecycleStage]}</b>. Partners move forward freely; moving back one stage,
        into or out of off-boarding, or re-recruiting a terminated partner needs a reason.
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
    </Form>
  );
}
