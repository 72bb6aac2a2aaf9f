import { notifications } from '@mantine/notifications';
import { describeError } from '../api/errors';

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'green', title, message, autoClose: 4000 });
}

export function notifyError(error: unknown, title = 'That did not work'): void {
  notifications.show({ color: 'red', title, message: describeError(error), autoClose: 8000 });
}
