import {
  Alert,
  Box,
  Button,
  Container,
  Group,
  Image,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError } from '../../../api/errors';
import { BrandMark } from '../../../ui/BrandMark';
import { LABELS } from '../../../ui/labels';
import { countryOptions } from '../../../ui/locale';
import { usePublicSettings } from '../../auth/api';
import { logoUrl } from '../../settings/api';
import { type ApplicationBody, useApplicationForm, useSubmitApplication } from '../api';

type Values = {
  companyName: string;
  website: string;
  country: string | null;
  regions: string[];
  types: string[];
  companySize: string | null;
  industries: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  contactTitle: string;
  message: string;
  fax: string;
};

const INDUSTRIES = [
  'Financial services',
  'Healthcare',
  'Manufacturing',
  'Retail',
  'Public sector',
  'Software',
  'Cybersecurity',
  'Education',
];

/**
 * The public partner application form (/apply): no sign-in. The server's spam checks need the
 * form token it handed out with the form, a honeypot field people never see, and a few seconds
 * between loading and sending; its answer is the same whoever applies.
 */
export function ApplyPage() {
  const settings = usePublicSettings();
  const config = useApplicationForm();
  const submit = useSubmitApplication();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      companyName: '',
      website: '',
      country: null,
      regions: [],
      types: [],
      companySize: null,
      industries: [],
      contactName: '',
      contactEmail: '',
      contactPhone: '',
      contactTitle: '',
      message: '',
      fax: '',
    },
    validate: {
      companyName: (v) => (v.trim() ? null : 'Enter your company’s name'),
      website: (v) => (/^https?:\/\/\S+\.\S+/.test(v.trim()) ? null : 'Enter your website, starting with https://'),
      types: (v) => (v.length > 0 ? null : 'Choose at least one'),
      contactName: (v) => (v.trim() ? null : 'Enter your name'),
      contactEmail: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter your e-mail address'),
    },
  });
  const vendorName = settings.data?.vendorName || 'our';
  const logo = logoUrl(settings.data);
  const choices = config.data?.choices;

  const send = form.onSubmit((values) => {
    if (!config.data) return;
    setProblem(null);
    const { fax, ...rest } = values;
    const body = {
      ...rest,
      website: rest.website.trim(),
      formToken: config.data.formToken,
      ...(fax ? { fax } : {}),
    } as ApplicationBody;
    submit.run(body, {
      onError: (error) => {
        if (isApiError(error) && error.fieldErrors && Object.keys(error.fieldErrors).length > 0) {
          form.setErrors(error.fieldErrors);
          return true;
        }
        setProblem(error instanceof Error ? error.message : String(error));
        return true;
      },
    });
  });

  return (
    <Box mih="100vh" bg="gray.0" py="xl">
      <Container size="sm">
        <Stack gap="lg">
          <Stack align="center" gap="xs">
            {logo ? <Image src={logo} alt={`${vendorName} logo`} h={56} w="auto" fit="contain" /> : <BrandMark size={44} />}
            <Title order={1} ta="center">
              Become a {settings.data?.vendorName ?? ''} partner
            </Title>
            <Text c="dimmed" ta="center">
              Tell us about your company. Our partner team reviews every application and answers by e-mail.
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" radius="md" p="xl">
            {submit.isSuccess ? (
              <Alert color="teal" icon={<IconCircleCheck />} title="Application sent" role="status">
                {submit.data.message}
              </Alert>
            ) : (
              <form onSubmit={send} noValidate aria-label="Partner application">
                <Stack gap="md">
                  {(problem || config.isError) && (
                    <Alert color="red" icon={<IconAlertCircle />} role="alert">
                      {problem ?? 'The form could not be loaded. Reload the page.'}
                    </Alert>
                  )}
                  <Title order={3}>Your company</Title>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <TextInput label="Company name" required {...form.getInputProps('companyName')} />
                    <TextInput label="Website" placeholder="https://" required {...form.getInputProps('website')} />
                    <Select
                      label="Headquarters country"
                      data={countryOptions()}
                      searchable
                      clearable
                      {...form.getInputProps('country')}
                    />
                    <Select
                      label="Company size (people)"
                      data={(choices?.companySizes ?? []).map((s) => ({ value: s, label: LABELS.companySize[s] }))}
                      clearable
                      {...form.getInputProps('companySize')}
                    />
                  </SimpleGrid>
                  <MultiSelect
                    label="What kind of partner are you?"
                    required
                    data={(choices?.types ?? []).map((t) => ({ value: t, label: LABELS.partnerType[t] }))}
                    searchable
                    maxValues={5}
                    {...form.getInputProps('types')}
                  />
                  <MultiSelect
                    label="Regions you serve"
                    data={(choices?.regions ?? []).map((r) => ({ value: r, label: LABELS.region[r] }))}
                    {...form.getInputProps('regions')}
                  />
                  <TagsInput
                    label="Industries you sell into"
                    data={INDUSTRIES}
                    maxTags={10}
                    {...form.getInputProps('industries')}
                  />
                  <Title order={3}>About you</Title>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <TextInput label="Your name" required {...form.getInputProps('contactName')} />
                    <TextInput label="Job title" {...form.getInputProps('contactTitle')} />
                    <TextInput label="E-mail" type="email" required {...form.getInputProps('contactEmail')} />
                    <TextInput label="Phone" {...form.getInputProps('contactPhone')} />
                  </SimpleGrid>
                  <Textarea
                    label="Why partner with us?"
                    description="Your customers, your services, what you would build or sell together."
                    autosize
                    minRows={3}
                    maxLength={3000}
                    {...form.getInputProps('message')}
                  />
                  {/* A field people never see: bots fill in every input they find. */}
                  <Box aria-hidden style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
                    <TextInput label="Fax" tabIndex={-1} autoComplete="off" {...form.getInputProps('fax')} />
                  </Box>
                  <Group justify="flex-end">
                    <Button type="submit" loading={submit.isPending} disabled={!config.data}>
                      Send application
                    </Button>
                  </Group>
                </Stack>
              </form>
            )}
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}
