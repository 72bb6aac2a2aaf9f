import type { Resource } from '../api';
import { useOpenResource } from '../api';

/** Opens a resource: counts the download on the server, then starts the file's download or opens the link. */
export function useOpen() {
  const open = useOpenResource();
  return {
    pending: open.isPending,
    open: (resource: Pick<Resource, 'id'>) =>
      open.run(resource.id, {
        onSuccess: ({ url, kind }) => {
          if (kind === 'link') {
            window.open(url, '_blank', 'noopener,noreferrer');
            return;
          }
          const a = document.createElement('a');
          a.href = url;
          a.download = '';
          document.body.appendChild(a);
          a.click();
          a.remove();
        },
      }),
  };
}
