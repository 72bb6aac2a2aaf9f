import { Box, Group, Progress, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { type DragEvent, useId, useRef, useState } from 'react';
import { capitalize, describeError, isApiError } from '../api/errors';
import { formatBytes } from './format';

export type FileDropProps = {
  /** What to drop, as a button would say it: "Upload a logo". */
  label: string;
  /** The types and size in words: "PNG, JPEG or WebP, at most 1 MB". */
  hint: string;
  /** MIME types the file picker offers (the server checks the bytes, whatever the picker lets through). */
  accept: readonly string[];
  /** The server's limit; a bigger file is refused here before it is sent. */
  maxBytes: number;
  /** Sends the file (e.g. with `uploadFile`), reporting progress from 0 to 1. */
  upload: (file: File, onProgress: (fraction: number) => void) => Promise<unknown>;
  onUploaded?: () => void;
  disabled?: boolean;
  compact?: boolean;
};

/**
 * Drop a file here or pick one: shows what it takes, the upload's progress, and what was wrong
 * (the server's message for `file`, under the field). Reused by every module that attaches files.
 */
export function FileDrop({ label, hint, accept, maxBytes, upload, onUploaded, disabled, compact }: FileDropProps) {
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = progress !== null;

  const send = async (file: File | undefined) => {
    if (!file || busy || disabled) return;
    setError(null);
    if (file.size > maxBytes) {
      setError(`${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}`);
      return;
    }
    setProgress(0);
    try {
      await upload(file, setProgress);
      onUploaded?.();
    } catch (failure) {
      setError(isApiError(failure) ? (failure.fieldErrors.file ?? capitalize(failure.message)) : describeError(failure));
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void send(event.dataTransfer.files[0]);
  };

  return (
    <Stack gap={4}>
      <UnstyledButton
        onClick={() => input.current?.click()}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        disabled={disabled || busy}
        aria-describedby={error ? errorId : undefined}
        style={{
          border: `1px dashed var(--mantine-color-${error ? 'red-6' : dragging ? 'blue-6' : 'gray-4'})`,
          borderRadius: 'var(--mantine-radius-md)',
          background: dragging ? 'var(--mantine-color-blue-0)' : undefined,
          padding: compact ? '8px 12px' : '16px',
          opacity: disabled ? 0.6 : 1,
        }}
      >
        <Group gap="sm" wrap="nowrap">
          <IconUpload size={compact ? 16 : 20} aria-hidden />
          <Box style={{ minWidth: 0 }}>
            <Text size="sm" fw={600}>
              {busy ? 'Uploading…' : label}
            </Text>
            <Text size="xs" c="dimmed">
              Drop a file here or click to choose · {hint}
            </Text>
          </Box>
        </Group>
      </UnstyledButton>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept.join(',')}
        aria-label={label}
        onChange={(event) => void send(event.currentTarget.files?.[0])}
      />
      {busy && <Progress value={Math.round((progress ?? 0) * 100)} size="sm" aria-label="Upload progress" />}
      {error && (
        <Text id={errorId} size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
