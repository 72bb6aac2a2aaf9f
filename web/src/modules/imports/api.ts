import { useQuery } from '@tanstack/react-query';
import { api, currentCsrfToken, unwrap } from '../../api/client';
import { readProblem } from '../../api/errors';
import type { Importer, ImportOutcome, ImportRun } from '../../api/types';

export const importKeys = {
  importer: (kind: string) => ['imports', 'importer', kind] as const,
  run: (id: string) => ['imports', 'run', id] as const,
};

/** What an importer takes: its columns, the headers it recognises, its size limits. */
export function useImporter(kind: string) {
  return useQuery({
    queryKey: importKeys.importer(kind),
    queryFn: async (): Promise<Importer> =>
      // One route per importer; the typed client knows them by their literal paths.
      unwrap(api.GET(`/api/v1/imports/${encodeURIComponent(kind)}/columns` as '/api/v1/imports/partners/columns')),
    staleTime: 60 * 60_000,
  });
}

/** How a sent file came back: checked (200), queued to run in the background (202), or refused with its problems (422). */
export type ImportAnswer = { status: 200 | 202 | 422; outcome: ImportOutcome };

/**
 * Sends a CSV file to `POST /api/v1/imports/<kind>` as a multipart form (`mapping` before `file`),
 * reporting upload progress (0–1). A dry run or a refused commit answers the outcome with its
 * problems; anything else that failed is the client's usual ApiError.
 */
export function sendImport(
  kind: string,
  file: Blob,
  fileName: string,
  options: { dryRun: boolean; mapping?: Record<string, string | null> },
  onProgress?: (fraction: number) => void,
): Promise<ImportAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1/imports/${encodeURIComponent(kind)}?dryRun=${options.dryRun}`);
    request.withCredentials = true;
    request.responseType = 'text';
    const token = currentCsrfToken();
    if (token) request.setRequestHeader('X-CSRF-Token', token);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onerror = () => reject(new TypeError('The file did not reach the server'));
    request.onload = async () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      const status = request.status;
      const isOutcome = typeof body === 'object' && body !== null && 'rows' in body && 'mapping' in body;
      if ((status === 200 || status === 202 || status === 422) && isOutcome) {
        resolve({ status, outcome: body as ImportOutcome });
        return;
      }
      const headers = new Headers();
      const type = request.getResponseHeader('content-type');
      if (type) headers.set('content-type', type);
      reject(await readProblem(new Response(request.responseText, { status, headers })));
    };
    const form = new FormData();
    if (options.mapping) form.append('mapping', JSON.stringify(options.mapping));
    form.append('file', file, fileName);
    request.send(form);
  });
}

/** A background import, polled twice a second until it ends. */
export function useImportRun(id: string | null) {
  return useQuery({
    queryKey: importKeys.run(id ?? ''),
    enabled: id !== null,
    queryFn: async (): Promise<ImportRun> => unwrap(api.GET('/api/v1/imports/{id}', { params: { path: { id: id ?? '' } } })),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'succeeded' || status === 'failed' ? false : 500;
    },
  });
}

/** The first lines of a file (up to 64 KiB, cut after its last complete line): enough to read its headers. */
export async function headOf(file: File): Promise<Blob> {
  const slice = file.slice(0, 64 * 1024);
  if (file.size <= 64 * 1024) return slice;
  const bytes = new Uint8Array(await slice.arrayBuffer());
  const lastNewline = bytes.lastIndexOf(10);
  return lastNewline > 0 ? slice.slice(0, lastNewline + 1) : slice;
}
