import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Image,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconLock, IconMail } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/errors';
import type { PublicSettings } from '../../../api/types';
import { BrandMark } from '../../../ui/BrandMark';
import { type FormValues, useApiForm } from '../../../ui/forms';
import { logoUrl } from '../../settings/api';
import { type SignInBody, useMe, usePublicSettings, useRequestMagicLink, useRequestPasswordReset, useSignIn } from '../api';

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

/**
 * Asks for a link by e-mail — a sign-in link (partner users) or a password reset — and shows the
 * server's answer, which is the same whether or not the address belongs to anyone.
 */
function EmailLinkForm({ kind, onBack }: { kind: 'magic' | 'reset'; onBack: () => void }) {
  const magic = useRequestMagicLink();
  const reset = useRequestPasswordReset();
  const mutation = kind === 'magic' ? magic : reset;
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return setError('Enter your e-mail address');
    setError(null);
    mutation.run(email.trim(), { onError: () => true });
  };
  const failure = mutation.error;
  return (
    <Stack gap="md">
      {mutation.isSuccess ? (
        <Alert color="blue" icon={<IconMail />} title="Check your e-mail" role="status">
          {mutation.data.message}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {kind === 'magic'
                ? 'Partner users can sign in with a link sent to their e-mail address instead of a password.'
                : 'We will e-mail you a link to set a new password.'}
            </Text>
            {failure && (
              <Alert color={isApiError(failure) && failure.status === 429 ? 'orange' : 'red'} role="alert">
                {isApiError(failure) && failure.fieldErrors.email ? `E-mail ${failure.fieldErrors.email}` : failure.message}
              </Alert>
            )}
            <TextInput
              label="E-mail"
              type="email"
              autoComplete="username"
              placeholder="you@company.com"
              autoFocus
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={error}
            />
            <Button type="submit" loading={mutation.isPending} fullWidth>
              {kind === 'magic' ? 'E-mail me a sign-in link' : 'E-mail me a reset link'}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component="button" type="button" size="sm" onClick={onBack} ta="center">
        Sign in with your password
      </Anchor>
    </Stack>
  );
}

export function SignInPage() {
  const [mode, setMode] = useState<'password' | 'magic' | 'reset'>('password');
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
            {mode === 'password' && failure && (
              <Alert
                color={locked ? 'orange' : 'red'}
                icon={locked ? <IconLock /> : <IconAlertCircle />}
                title={locked ? 'Sign-in temporarily locked' : 'Could not sign in'}
                role="alert"
              >
                {isApiError(failure) && failure.status === 401 ? 'Invalid e-mail or password.' : failure.message}
              </Alert>
            )}
            {mode !== 'password' ? (
              <EmailLinkForm kind={mode} onBack={() => setMode('password')} />
            ) : (
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
                  <Group justify="space-between" gap="xs">
                    <Anchor component="button" type="button" size="sm" onClick={() => setMode('magic')}>
                      E-mail me a sign-in link
                    </Anchor>
                    <Anchor component="button" type="button" size="sm" onClick={() => setMode('reset')}>
                      Forgot your password?
                    </Anchor>
                  </Group>
                </Stack>
              </form>
            )}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
