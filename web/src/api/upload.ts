import { currentCsrfToken } from './client';
import { ApiError, readProblem } from './errors';
import type { paths } from './schema';

/** Paths of the API that take an upload (multipart/form-data with a part named `file`). */
type UploadPath = {
  [P in keyof paths]: paths[P] extends { post: unknown } | { put: unknown } ? P : never;
}[keyof paths];

/**
 * Sends one file to an upload route as `multipart/form-data` (a part named `file`), with the
 * session's CSRF token, reporting progress (0–1). The typed client cannot report progress, so this
 * uses XMLHttpRequest; a failure is the same ApiError the client throws, with `errors` naming `file`.
 */
export function uploadFile<T>(
  method: 'POST' | 'PUT',
  url: string,
  file: File,
  onProgress?: (fraction: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.withCredentials = true;
    request.responseType = 'text';
    const token = currentCsrfToken();
    if (token) request.setRequestHeader('X-CSRF-Token', token);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onerror = () => reject(new TypeError('The upload did not reach the server'));
    request.onload = async () => {
      const headers = new Headers();
      const type = request.getResponseHeader('content-type');
      if (type) headers.set('content-type', type);
      const response = new Response(request.status === 204 ? null : request.responseText, { status: request.status, headers });
      if (request.status >= 200 && request.status < 300) {
        resolve((request.responseText ? JSON.parse(request.responseText) : undefined) as T);
        return;
      }
      reject(await readProblem(response).catch(() => new ApiError(request.status, {})));
    };
    const body = new FormData();
    body.append('file', file, file.name);
    request.send(body);
  });
}

/** The upload routes, for their URLs' sake: `uploadPath('/api/v1/partners/{id}/logo', { id })`. */
export function uploadPath(path: UploadPath, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
