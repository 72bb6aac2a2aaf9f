import { Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import type { OrganizationSettings } from '../../../api/types';
import { Form } from '../../../ui/Form';
import { formatDay } from '../../../ui/format';
import { type FormValues, useApiForm } from '../../../ui/forms';
import { currencyOptions, MONTH_OPTIONS, timeZoneOptions } from '../../../ui/locale';
import { SectionCard } from '../../../ui/SectionCard';
import { type SettingsPatch, useUpdateSettings } from '../api';

/** A Select holds the month as a string. */
type Values = Omit<FormValues<SettingsPatch>, 'fiscalYearStartMonth'> & { fiscalYearStartMonth: string };

export function OrganizationCard({ settings }: { settings: OrganizationSettings }) {
  const update = useUpdateSettings();
  const currencies = useMemo(currencyOptions, []);
  const zones = useMemo(timeZoneOptions, []);
  const initialValues: Values = {
    vendorName: settings.vendorName,
    fiscalYearStartMonth: String(settings.fiscalYearStartMonth),
    reportingCurrency: settings.reportingCurrency,
    timeZone: settings.timeZone,
  };
  const form = useApiForm({
    initialValues,
    validate: { vendorName: (v) => (v.trim() ? null : 'Enter your company name') },
    mutation: update,
    toVariables: (values) => ({
      ...values,
      vendorName: values.vendorName.trim(),
      fiscalYearStartMonth: Number(values.fiscalYearStartMonth),
    }),
    success: 'Settings saved',
  });
  const period = settings.currentFiscalPeriod;
  return (
    <SectionCard title="Organisation">
      <Form form={form} submitLabel="Save settings" onlyWhenChanged>
        <TextInput
          label="Vendor name"
          description="Your company, as partners see it in the portal"
          required
          {...form.getInputProps('vendorName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label="Fiscal year starts in"
            data={MONTH_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps('fiscalYearStartMonth')}
          />
          <Select
            label="Reporting currency"
            data={currencies}
            searchable
            allowDeselect={false}
            limit={400}
            {...form.getInputProps('reportingCurrency')}
          />
          <Select
            label="Time zone"
            data={zones}
            searchable
            allowDeselect={false}
            limit={100}
            {...form.getInputProps('timeZone')}
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          Current fiscal period: {period.label} ({formatDay(period.start)} – {formatDay(period.end)})
        </Text>
      </Form>
    </SectionCard>
  );
}
