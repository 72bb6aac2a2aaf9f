import { Button, Group, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError } from '../../../api/errors';
import type { FxRate } from '../../../api/types';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { ExportMenu } from '../../../ui/ExportMenu';
import { Form } from '../../../ui/Form';
import { formatDay } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { ImportButton } from '../../../ui/ImportButton';
import { formatAmount, type Money, MoneyInput } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useConversion, useFxRates, useSetRates } from '../api';

type Values = { currency: string; date: string; rate: string; source: string };

function RateForm({ onDone }: { onDone: () => void }) {
  const save = useSetRates();
  const form = useApiForm({
    initialValues: { currency: '', date: new Date().toISOString().slice(0, 10), rate: '', source: '' } as Values,
    validate: {
      currency: (v) => (/^[A-Za-z]{3}$/.test(v.trim()) ? null : 'Enter a three-letter currency code such as EUR'),
      rate: (v) => (/^\d+(\.\d+)?$/.test(v.trim()) ? null : 'Enter a decimal such as 1.0845'),
    },
    mutation: save,
    toVariables: (values) => ({
      rates: [
        {
          currency: values.currency.trim().toUpperCase(),
          date: values.date,
          rate: values.rate.trim(),
          source: values.source.trim() || undefined,
        },
      ],
    }),
    // The server names the fields of the first rate `rates.0.…`.
    aliases: { 'rates.0.currency': 'currency', 'rates.0.date': 'date', 'rates.0.rate': 'rate', 'rates.0.source': 'source' },
    success: (saved) => `Saved the ${saved.data[0]?.currency} rate for ${saved.data[0]?.onDate}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save rate" onCancel={onDone}>
      <Group grow>
        <TextInput label="Currency" placeholder="EUR" required data-autofocus maxLength={3} {...form.getInputProps('currency')} />
        <TextInput label="Date" type="date" required {...form.getInputProps('date')} />
      </Group>
      <TextInput
        label="Rate"
        description="Units of the reporting currency for one unit of this currency"
        placeholder="1.0845"
        required
        {...form.getInputProps('rate')}
      />
      <TextInput label="Source" placeholder="ECB reference rate" {...form.getInputProps('source')} />
    </Form>
  );
}

const COLUMNS: Column<FxRate>[] = [
  { key: 'onDate', header: 'Date', w: 120, cell: (r) => r.onDate },
  { key: 'pair', header: 'Currency', cell: (r) => `${r.currency} → ${r.toCurrency}` },
  { key: 'rate', header: 'Rate', cell: (r) => r.rate },
  {
    key: 'source',
    header: 'Source',
    cell: (r) => (
      <Text size="sm" c={r.source ? undefined : 'dimmed'}>
        {r.source || '—'}
      </Text>
    ),
  },
];

/** Tries the rates: an amount on a date in the reporting currency, and the rate that did it. */
function ConvertCard() {
  const [value, setValue] = useState<Money | null>({ amount: 100_000, currency: 'EUR' });
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const conversion = useConversion(value, date);
  const result = conversion.data;
  return (
    <SectionCard
      title="Convert"
      description="What an amount was worth in the reporting currency on a date, as every module converts it."
    >
      <Group align="flex-start" grow>
        <MoneyInput label="Amount" value={value} onChange={setValue} defaultCurrency="EUR" />
        <TextInput label="On" type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} maw={180} />
      </Group>
      <Text mt="sm" aria-live="polite" data-testid="conversion">
        {conversion.isError
          ? isApiError(conversion.error)
            ? conversion.error.message
            : 'Could not convert'
          : result
            ? result.rate === null
              ? `${formatAmount(result.value)} (already the reporting currency)`
              : `${formatAmount(result.value)} at ${result.rate}${result.via ? ` through ${result.via}` : ''}, the rate of ${formatDay(result.rateDate ?? date)}`
            : value
              ? 'Converting…'
              : 'Enter an amount'}
      </Text>
    </SectionCard>
  );
}

export function FxRatesPage() {
  const user = useCurrentUser();
  const rates = useFxRates();
  const adding = useDialog<null>();
  const editable = mayApp(user, 'manageFxRates');
  return (
    <>
      <PageHeader
        title="Exchange rates"
        description="Amounts in other currencies are converted into your reporting currency at the latest rate on or before the date each rule names."
        actions={
          <Group gap="xs">
            <ExportMenu path="/api/v1/fx-rates" />
            <ImportButton kind="fx-rates" allowed={mayApp(user, 'import:fx-rates')} />
            {editable && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => adding.open(null)}>
                New rate
              </Button>
            )}
          </Group>
        }
      />
      <ConvertCard />
      <SectionCard title="Rates" description="Newest first.">
        <QueryState query={rates}>
          {(list) => (
            <DataTable
              label="Exchange rates"
              rows={list}
              rowName={(r) => `${r.currency} ${r.onDate}`}
              columns={COLUMNS}
              minWidth={520}
              empty={<Empty title="No exchange rates yet" description="Add the rates of the currencies your partners deal in." />}
              card={(r) => ({
                title: `${r.currency} → ${r.toCurrency}: ${r.rate}`,
                subtitle: r.onDate,
                footer: r.source || undefined,
              })}
            />
          )}
        </QueryState>
      </SectionCard>
      <FormDialog dialog={adding} title={() => 'New exchange rate'}>
        {() => <RateForm onDone={adding.close} />}
      </FormDialog>
    </>
  );
}
