import { Badge } from '@mantine/core';

export function WebhookStatus({ enabled }: { enabled: boolean }) {
  return (
    <Badge size="sm" variant="light" color={enabled ? 'green' : 'gray'}>
      {enabled ? 'On' : 'Off'}
    </Badge>
  );
}

const DELIVERY: Record<string, [string, string]> = {
  pending: ['Retrying', 'orange'],
  delivering: ['Sending', 'blue'],
  succeeded: ['Delivered', 'green'],
  failed: ['Failed', 'red'],
};

export function DeliveryStatus({ status, attempts }: { status: string; attempts: number }) {
  const [label, color] = DELIVERY[status] ?? [status, 'gray'];
  return (
    <Badge size="sm" variant="light" color={color}>
      {status === 'pending' && attempts === 0 ? 'Queued' : label}
    </Badge>
  );
}
