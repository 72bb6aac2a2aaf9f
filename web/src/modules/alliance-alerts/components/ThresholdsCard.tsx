import { NumberInput, SimpleGrid, Text } from '@mantine/core';
import { Form } from '../../../ui/Form';
import { formatDateTime } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { type AlertSettings, useAlertSettings, useUpdateAlertSettings } from '../api';

/** A NumberInput holds '' while it is empty. */
type Values = { reviewWithinDays: number | string; maxAsymmetry: number | string };

const whole = (min: number, max: number, unit: string) => (v: number | string) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
    ? null
    : `Enter a whole number of ${unit} from ${min} to ${max}`;

function ThresholdsForm({ settings }: { settings: AlertSettings }) {
  const update = useUpdateAlertSettings();
  const form = useApiForm({
    initialValues: { reviewWithinDays: settings.reviewWithinDays, maxAsymmetry: settings.maxAsymmetry } as Values,
    validate: { reviewWithinDays: whole(7, 730, 'days'), maxAsymmetry: whole(0, 100, 'points') },
    mutation: update,
    toVariables: (v) => ({ reviewWithinDays: Number(v.reviewWithinDays), maxAsymmetry: Number(v.maxAsymmetry) }),
    success: 'Alert thresholds saved',
  });
  return (
    <Form form={form} submitLabel="Save thresholds" onlyWhenChanged>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label="Governance meeting at least every"
          description={`Days between QBRs, JSCs or executive reviews (default ${settings.defaults.reviewWithinDays})`}
          suffix=" days"
          min={7}
          max={730}
          allowDecimal={false}
          clampBehavior="none"
          {...form.getInputProps('reviewWithinDays')}
        />
        <NumberInput
          label="Commitment asymmetry above"
          description={`Points of fulfilment between the two sides (default ${settings.defaults.maxAsymmetry})`}
          suffix=" points"
          min={0}
          max={100}
          allowDecimal={false}
          clampBehavior="none"
          {...form.getInputProps('maxAsymmetry')}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {settings.updatedAt ? `Last changed ${formatDateTime(settings.updatedAt)}.` : 'The product’s defaults apply.'} The
        portfolio and each partner’s card apply new limits at once; the morning evaluation tells owners of partners that become
        flagged.
      </Text>
    </Form>
  );
}

/** Admins: the limits "strategic in name only" applies (the organisation's, decision 0170). */
export function ThresholdsCard() {
  const settings = useAlertSettings();
  return (
    <SectionCard
      title="Alert thresholds"
      label="Alert thresholds"
      description="When a strategic partner counts as strategic in name only: how long without a governance meeting, how one-sided the commitments."
    >
      <QueryState query={settings}>{(s) => <ThresholdsForm key={String(s.updatedAt)} settings={s} />}</QueryState>
    </SectionCard>
  );
}
