import { Button, Center, Code, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** The last line of defence: a render error shows this instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <Center mih="100vh" p="md">
      <Stack align="center" gap="sm" maw={520}>
        <Title order={2}>Something went wrong</Title>
        <Text c="dimmed" ta="center">
          The page failed to display. Reloading usually helps; if it does not, tell your administrator what you were doing.
        </Text>
        <Code block>{message}</Code>
        <Button onClick={() => window.location.assign('/')}>Back to home</Button>
      </Stack>
    </Center>
  );
}
