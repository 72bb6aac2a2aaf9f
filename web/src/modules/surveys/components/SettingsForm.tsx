import { NumberInput, Select } from '@mantine/core';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { QueryState } from '../../../ui/States';
import { type SurveySettings, useSurveySettings, useUpdateSurveySettings } from '../api';

type Values = {
  pxCadence: SurveySettings['pxCadence'];
  npsCadence: SurveySettings['npsCadence'];
  responseDays: number | string;
  reminderDays: number | string;
  gapThreshold: number | string;
};

function Editor({ settings, onDone }: { settings: SurveySettings; onDone: () => void }) {
  const update = useUpdateSurveySettings();
  const form = useApiForm<Values, SurveySettings, never>({
    initialValues: { ...settings },
    mutation: update as never,
    toVariables: (v) =>
      ({
        pxCadence: v.pxCadence,
        npsCadence: v.npsCadence,
        responseDays: Number(v.responseDays),
        reminderDays: Number(v.reminderDays),
        gapThreshold: Number(v.gapThreshold),
      }) as never,
    success: 'Survey settings saved',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save" onCancel={onDone}>
      <Select
        label="Recurring PX survey"
        allowDeselect={false}
        data={optionsOf(LABELS.surveyCadence)}
        {...form.getInputProps('pxCadence')}
      />
      <Select
        label="Recurring NPS survey"
        allowDeselect={false}
        data={optionsOf(LABELS.surveyCadence)}
        {...form.getInputProps('npsCadence')}
      />
      <NumberInput label="Days a recurring survey stays open" min={3} max={90} {...form.getInputProps('responseDays')} />
      <NumberInput label="Remind this many days before it closes" min={0} max={30} {...form.getInputProps('reminderDays')} />
      <NumberInput
        label="Flag a perception gap from"
        description="Points on the 1–5 scale between the vendor’s and the partner’s average."
        min={0.25}
        max={4}
        step={0.25}
        decimalScale={2}
        {...form.getInputProps('gapThreshold')}
      />
    </Form>
  );
}

/** The admin's survey schedule: recurring PX and NPS, reminders and the gap threshold. */
export function SettingsForm({ onDone }: { onDone: () => void }) {
  const settings = useSurveySettings();
  return <QueryState query={settings}>{(s) => <Editor settings={s} onDone={onDone} />}</QueryState>;
}
