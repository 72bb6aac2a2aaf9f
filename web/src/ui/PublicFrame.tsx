import { Box, Center, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page for people without a session (sign-in, a link from an e-mail): one card in the middle. */
export function PublicFrame({ title, logo, children }: { title: ReactNode; logo?: ReactNode; children: ReactNode }) {
  return (
    <Box mih="100vh" bg="gray.0">
      <Center mih="100vh" p="md">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
          <Stack gap="lg">
            <Stack align="center" gap="xs">
              {logo}
              <Title order={2} ta="center">
                {title}
              </Title>
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}

/** The secret a link from an e-mail carries after `#token=` (the fragment never reaches a server). */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}
