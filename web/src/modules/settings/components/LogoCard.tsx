import { Alert, Button, Center, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { IconPhoto, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError, isApiError } from '../../../api/errors';
import type { OrganizationSettings } from '../../../api/types';
import { SectionCard } from '../../../ui/SectionCard';
import { logoUrl, useRemoveLogo, useUploadLogo } from '../api';

const MAX_BYTES = 512 * 1024;
const ACCEPT = 'image/png,image/jpeg,image/webp,image/gif';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the file'));
    reader.readAsDataURL(file);
  });
}

export function LogoCard({ settings }: { settings: OrganizationSettings }) {
  const upload = useUploadLogo();
  const remove = useRemoveLogo();
  const [problem, setProblem] = useState<string | null>(null);
  const current = logoUrl(settings);

  const choose = async (file: File | null) => {
    setProblem(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setProblem(`The image is ${(file.size / 1024).toFixed(0)} KiB; the limit is 512 KiB.`);
      return;
    }
    let dataUrl: string;
    try {
      dataUrl = await readAsDataUrl(file);
    } catch (error) {
      setProblem(describeError(error));
      return;
    }
    // The server's reason (an unreadable or unsupported image) shows on the card, beside the button.
    upload.run(dataUrl, {
      success: 'Logo updated',
      onError: (error) => {
        setProblem(isApiError(error) ? (error.fieldErrors.dataUrl ?? error.message) : describeError(error));
        return true;
      },
    });
  };

  return (
    <SectionCard title="Logo" description="Shown in the header and on the sign-in page. PNG, JPEG, WebP or GIF, at most 512 KiB.">
      <Stack gap="sm">
        <Center
          h={110}
          bg="gray.0"
          style={{ borderRadius: 'var(--mantine-radius-md)', border: '1px dashed var(--mantine-color-gray-4)' }}
        >
          {current ? (
            <Image src={current} alt="Current logo" h={80} w="auto" maw="90%" fit="contain" />
          ) : (
            <Group gap={6} c="dimmed">
              <IconPhoto size={20} />
              <Text size="sm">No logo</Text>
            </Group>
          )}
        </Center>
        {problem && (
          <Alert color="red" title="Logo not saved">
            {problem}
          </Alert>
        )}
        <Group>
          <FileButton onChange={choose} accept={ACCEPT}>
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} />} loading={upload.isPending} variant="light">
                {current ? 'Replace logo' : 'Upload logo'}
              </Button>
            )}
          </FileButton>
          {current && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              loading={remove.isPending}
              onClick={() => remove.run(undefined, { success: 'Logo removed' })}
            >
              Remove
            </Button>
          )}
        </Group>
      </Stack>
    </SectionCard>
  );
}
