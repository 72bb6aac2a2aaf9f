import { Group, Select, Text, TextInput } from '@mantine/core';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { formatMoney, type Money, minorUnits, parseMoney } from '../../../src/shared/money';
import { currencyOptions } from './locale';

export type { Money } from '../../../src/shared/money';

/**
 * The locale amounts are typed and shown in: the browser's, so "1.234,56" reads as it is meant
 * in Germany. The server's money helper parses and formats, so both sides agree to the minor unit.
 */
export function moneyLocale(): string {
  const wanted = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  for (const tag of wanted) {
    // Browsers may report tags Intl rejects ("en-US@posix" on some Linux set-ups).
    try {
      const [supported] = Intl.NumberFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {
      // not a language tag: try the next
    }
  }
  return 'en';
}

/** An amount as a person reads it ("$125,000.00", "¥1,500"); a dash for none. */
export function formatAmount(value: Money | null | undefined): string {
  return value ? formatMoney(value, moneyLocale()) : '—';
}

export function MoneyText({ value, dimmedWhenZero }: { value: Money | null | undefined; dimmedWhenZero?: boolean }) {
  return (
    <Text span size="sm" ff="monospace" c={dimmedWhenZero && value?.amount === 0 ? 'dimmed' : undefined}>
      {formatAmount(value)}
    </Text>
  );
}

/** The amount without its currency sign, as it is typed back in ("125,000.00"). */
function plainAmount(value: Money, locale: string): string {
  const digits = minorUnits(value.currency) ?? 2;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value.amount / 10 ** digits,
  );
}

type MoneyInputProps = {
  label: ReactNode;
  description?: ReactNode;
  value: Money | null;
  /** Called with the parsed amount, or null while the text is not an amount of the currency. */
  onChange: (value: Money | null) => void;
  /** The currency of a new amount, and the one used while no currency is chosen. */
  defaultCurrency?: string;
  /** Whether the person picks the currency (deals in any currency) or it is fixed (a budget in USD). */
  currencyEditable?: boolean;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  'data-autofocus'?: boolean;
};

/**
 * An amount and its currency as one value: `{ amount: minor units, currency }`, never a float.
 * The text is parsed in the browser's locale with the currency's own decimals (none for JPY,
 * three for BHD); anything else is shown as the field's error. Fits `form.getInputProps(field)`.
 */
export function MoneyInput({
  label,
  description,
  value,
  onChange,
  defaultCurrency = 'USD',
  currencyEditable = true,
  error,
  required,
  disabled,
  ...rest
}: MoneyInputProps) {
  const locale = moneyLocale();
  const [currency, setCurrency] = useState(value?.currency ?? defaultCurrency);
  const [text, setText] = useState(value ? plainAmount(value, locale) : '');
  const [invalid, setInvalid] = useState(false);
  const currencies = useMemo(currencyOptions, []);

  // A value set from outside (a reset, a loaded record) replaces what is typed.
  useEffect(() => {
    if (!value) return;
    setCurrency(value.currency);
    setText((typed) => {
      const current = parseMoney(typed, value.currency, locale);
      return current?.amount === value.amount ? typed : plainAmount(value, locale);
    });
  }, [value, locale]);

  const update = (nextText: string, nextCurrency: string) => {
    setText(nextText);
    setCurrency(nextCurrency);
    if (nextText.trim() === '') {
      setInvalid(false);
      onChange(null);
      return;
    }
    const parsed = parseMoney(nextText, nextCurrency, locale);
    setInvalid(parsed === null);
    onChange(parsed);
  };

  const digits = minorUnits(currency) ?? 2;
  const example = formatMoney({ amount: 123456 * 10 ** digits + (digits > 0 ? 7 * 10 ** (digits - 1) : 0), currency }, locale);
  const ownError = invalid ? `Enter an amount in ${currency}, such as ${example}` : null;

  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput
        style={{ flex: 1 }}
        label={label}
        description={description}
        inputMode="decimal"
        autoComplete="off"
        required={required}
        disabled={disabled}
        value={text}
        error={error ?? ownError}
        onChange={(event) => update(event.currentTarget.value, currency)}
        onBlur={() => {
          const parsed = parseMoney(text, currency, locale);
          if (parsed) setText(plainAmount(parsed, locale));
        }}
        {...rest}
      />
      <Select
        w={110}
        label="Currency"
        aria-label="Currency"
        searchable
        allowDeselect={false}
        disabled={disabled || !currencyEditable}
        data={currencies.map((c) => ({ value: c.value, label: c.value }))}
        value={currency}
        onChange={(next) => next && update(text, next)}
        comboboxProps={{ width: 260, position: 'bottom-end' }}
        renderOption={({ option }) => currencies.find((c) => c.value === option.value)?.label ?? option.value}
      />
    </Group>
  );
}
