import { Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import type { OrganizationSettings } from '../../../api/types';
import { formatDay } from '../../../ui/format';
import { showFormErrors } from '../../../ui/forms';
import { currencyOptions, MONTH_OPTIONS, timeZoneOptions } from '../../../ui/locale';
import { notifySuccess } from '../../../ui/notify';
import { useUpdateSettings } from '../api';

type Values = { vendorName: string; fiscalYearStartMonth: string; reportingCurrency: string; timeZone: string };

export function OrganizationCard({ settings }: { settings: OrganizationSettings }) {
  const update = useUpdateSettings();
  const currencies = useMemo(currencyOptions, []);
  const zones = useMemo(timeZoneOptions, []);
  const form = useForm<Values>({
    initialValues: {
      vendorName: settings.vendorName,
      fiscalYearStartMonth: String(settings.fiscalYearStartMonth),
      reportingCurrency: settings.reportingCurrency,
      timeZone: settings.timeZone,
    },
    validate: { vendorName: (v) => (v.trim() ? null : 'Enter your company name') },
  });
  const submit = form.onSubmit((values) =>
    update.mutate(
      {
        vendorName: values.vendorName.trim(),
        fiscalYearStartMonth: Number(values.fiscalYearStartMonth),
        reportingCurrency: values.reportingCurrency,
        timeZone: values.timeZone,
      },
      {
        onSuccess: () => {
          notifySuccess('Settings saved');
          form.resetDirty();
        },
        onError: (error) => showFormErrors(form, error, ['vendorName', 'fiscalYearStartMonth', 'reportingCurrency', 'timeZone']),
      },
    ),
  );
  return (
    <Card>
      <Title order={4} mb="md">
        Organisation
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
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
            Current fiscal period: {settings.currentFiscalPeriod.label} ({formatDay(settings.currentFiscalPeriod.start)} –{' '}
            {formatDay(settings.currentFiscalPeriod.end)})
          </Text>
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
