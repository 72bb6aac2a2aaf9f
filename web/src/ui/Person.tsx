import { Anchor, Avatar, Group, Text } from '@mantine/core';
import { initials } from './format';

/** Someone, as a line with an avatar: name, what they do, how to reach them. */
export function Person({
  name,
  detail,
  email,
  color = 'blue',
}: {
  name: string;
  detail?: string;
  email?: string;
  color?: string;
}) {
  return (
    <Group gap="sm" wrap="nowrap" miw={0}>
      <Avatar radius="xl" color={color} size={36} style={{ flexShrink: 0 }}>
        {initials(name)}
      </Avatar>
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} truncate>
          {name}
        </Text>
        {detail && (
          <Text size="xs" c="dimmed" truncate>
            {detail}
          </Text>
        )}
        {email && (
          <Anchor href={`mailto:${email}`} size="xs" truncate display="block">
            {email}
          </Anchor>
        )}
      </div>
    </Group>
  );
}
