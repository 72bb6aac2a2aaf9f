import { Group, NumberInput, Text } from '@mantine/core';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { formatAmount, type Money, MoneyInput } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useSettings } from '../../settings/api';
import { useMdfSettings, useSaveMdfSettings } from '../api';

type Values = {
  claimWindowDays: number | string;
  expiryReminderDays: number | string;
  partnerCap: Money | null;
  periodPool: Money | null;
};

function SettingsForm({ initial, reporting }: { initial: Values; reporting: string }) {
  const save = useSaveMdfSettings();
  const form = useApiForm({
    initialValues: initial,
    mutation: save,
    toVariables: (v) => ({
      claimWindowDays: Number(v.claimWindowDays),
      expiryReminderDays: Number(v.expiryReminderDays),
      partnerCap: v.partnerCap,
      periodPool: v.periodPool,
    }),
    success: () => 'MDF rules saved',
  });
  return (
    <Form form={form} submitLabel="Save MDF rules" onlyWhenChanged>
      <Group grow align="flex-start">
        <NumberInput
          label="Claim window (days)"
          description="How long after an activity ends the partner may claim it"
          min={1}
          max={365}
          allowDecimal={false}
          {...form.getInputProps('claimWindowDays')}
        />
        <NumberInput
          label="Expiry reminder (days before)"
          description="When partners are reminded that unused funds expire"
          min={1}
          max={180}
          allowDecimal={false}
          {...form.getInputProps('expiryReminderDays')}
        />
      </Group>
      <Group grow align="flex-start">
        <MoneyInput
          label="Cap per partner and quarter"
          description={`All of a partner's allocations in a quarter together (${reporting}); empty: no cap`}
          defaultCurrency={reporting}
          currencyEditable={false}
          value={form.values.partnerCap}
          onChange={(v) => form.setFieldValue('partnerCap', v)}
          error={(form.errors['partnerCap.currency'] ?? form.errors.partnerCap) as string | undefined}
        />
        <MoneyInput
          label="Program pool per quarter"
          description={`Every partner together in a quarter (${reporting}); empty: no pool`}
          defaultCurrency={reporting}
          currencyEditable={false}
          value={form.values.periodPool}
          onChange={(v) => form.setFieldValue('periodPool', v)}
          error={(form.errors['periodPool.currency'] ?? form.errors.periodPool) as string | undefined}
        />
      </Group>
    </Form>
  );
}

/** The MDF rules: an admin edits them; other vendor staff read them. */
export function MdfSettingsCard({ canEdit }: { canEdit: boolean }) {
  const settings = useMdfSettings();
  const org = useSettings();
  const reporting = org.data?.reportingCurrency ?? 'USD';
  return (
    <SectionCard
      title="MDF settings"
      label="MDF settings"
      description="The claim window, when partners are reminded before funds expire, and the caps on what is allocated."
    >
      <QueryState query={settings}>
        {(s) =>
          canEdit ? (
            <SettingsForm
              initial={{
                claimWindowDays: s.claimWindowDays,
                expiryReminderDays: s.expiryReminderDays,
                partnerCap: s.partnerCap,
                periodPool: s.periodPool,
              }}
              reporting={reporting}
            />
          ) : (
            <Text size="sm">
              Claims within {s.claimWindowDays} days of the activity's end; reminders {s.expiryReminderDays} days before funds
              expire; cap per partner and quarter {s.partnerCap ? formatAmount(s.partnerCap) : 'none'}; program pool{' '}
              {s.periodPool ? formatAmount(s.periodPool) : 'none'}.
            </Text>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
