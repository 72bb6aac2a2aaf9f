import { Alert, Box, Button, Center, Image, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import type { PublicSettings } from '../../../api/types';
import { BrandMark } from '../../../ui/BrandMark';
import { type FormValues, useApiForm } from '../../../ui/forms';
import { logoUrl } from '../../settings/api';
import { type SignInBody, useMe, usePublicSettings, useSignIn } from '../api';

/** Only same-site paths: a crafted ?next= must not send people elsewhere after signing in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The vendor's logo when it has one (asked first, so no failing image request), else Consort's mark. */
function VendorLogo({ settings }: { settings: PublicSettings | undefined }) {
  const logo = logoUrl(settings);
  if (!settings || !logo) return <BrandMark size={44} />;
  return <Image src={logo} alt={`${settings.vendorName} logo`} h={56} w="auto" fit="contain" />;
}

export function SignInPage() {
  const me = useMe();
  const branding = usePublicSettings();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const form = useApiForm({
    initialValues: { email: '', password: '' } satisfies FormValues<SignInBody>,
    validate: {
      email: (v) => (v.trim() ? null : 'Enter your e-mail address'),
      password: (v) => (v ? null : 'Enter your password'),
    },
    mutation: signIn,
    toVariables: (values) => values,
    onSuccess: () => navigate(next, { replace: true }),
    // Refusals show in the alert above the form; only a malformed address belongs under a field.
    onError: (error) => !(isApiError(error) && error.status === 422),
  });

  if (me.data) return <Navigate to={next} replace />;

  const failure = signIn.error;
  const locked = isApiError(failure) && failure.status === 429;

  return (
    <Box mih="100vh" bg="gray.0">
      <Center mih="100vh" p="md">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
          <Stack gap="lg">
            <Stack align="center" gap="xs">
              <VendorLogo settings={branding.data} />
              <Title order={2} ta="center">
                {branding.data ? `Sign in to ${branding.data.vendorName}` : 'Sign in'}
              </Title>
              <Text c="dimmed" size="sm" ta="center">
                Partner ecosystem platform for vendors and their partners
              </Text>
            </Stack>
            {failure && (
              <Alert
                color={locked ? 'orange' : 'red'}
                icon={locked ? <IconLock /> : <IconAlertCircle />}
                title={locked ? 'Sign-in temporarily locked' : 'Could not sign in'}
                role="alert"
              >
                {isApiError(failure) && failure.status === 401 ? 'Invalid e-mail or password.' : failure.message}
              </Alert>
            )}
            <form onSubmit={form.submit} noValidate>
              <Stack gap="md">
                <TextInput
                  label="E-mail"
                  type="email"
                  autoComplete="username"
                  placeholder="you@company.com"
                  autoFocus
                  {...form.getInputProps('email')}
                />
                <PasswordInput label="Password" autoComplete="current-password" {...form.getInputProps('password')} />
                <Button type="submit" loading={form.busy} fullWidth>
                  Sign in
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
