import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';

/**
 * A text filter (a search, a pasted id) that reaches the URL once typing pauses, so every key
 * press is not a request. When the filter changes elsewhere (cleared, or a link followed), the box
 * shows that and a still-pending value is dropped rather than written back.
 */
export function FilterInput({
  value: current,
  onChange,
  wait = 300,
  search = false,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  wait?: number;
  /** The list's search box: a magnifier, and the room left in its row. */
  search?: boolean;
}) {
  const value = current ?? undefined;
  const [text, setText] = useState(value ?? '');
  const pushed = useRef(value);
  const push = useDebouncedCallback((next: string) => {
    pushed.current = next.trim() || undefined;
    onChange(next.trim() || null);
  }, wait);
  useEffect(() => {
    if (value === pushed.current) return; // our own change coming back through the URL
    pushed.current = value;
    push.cancel();
    setText(value ?? '');
  }, [value, push]);
  return (
    <TextInput
      leftSection={search ? <IconSearch size={16} /> : undefined}
      style={search ? { flex: '1 1 260px' } : undefined}
      {...props}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        push(event.currentTarget.value);
      }}
    />
  );
}
