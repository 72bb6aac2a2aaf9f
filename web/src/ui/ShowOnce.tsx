import { ActionIcon, Alert, Button, Code, CopyButton, Group, Stack, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/**
 * A secret the server shows only once (an API token, a webhook's signing secret): the value with
 * a copy button, a warning that says what to do with it, and Done.
 */
export function ShowOnce({
  value,
  title,
  children,
  noun,
  testId,
  onDone,
}: {
  value: string;
  title: string;
  /** What to do with it, after "This is the only time … is shown." */
  children: ReactNode;
  /** "token", "secret": the copy button says "Copy <noun>". */
  noun: string;
  testId: string;
  onDone: () => void;
}) {
  return (
    <Stack gap="sm">
      <Alert color="yellow" title={title}>
        {children}
      </Alert>
      <Group wrap="nowrap" gap="xs">
        <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid={testId}>
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy'}>
              <ActionIcon variant="light" color={copied ? 'green' : 'blue'} onClick={copy} aria-label={`Copy ${noun}`} size="lg">
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
