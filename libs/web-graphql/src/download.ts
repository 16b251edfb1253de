import { ApiError } from './transport';

/**
 * Saves a file the API serves at `path` (same origin, e.g. /exports/me.json) with the bearer token,
 * under the name the API gives it. A failure throws ApiError with the API's message and code.
 */
export async function saveDownload(token: string | null, path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    // Download errors come in the GraphQL error shape.
    const body = (await response.json().catch(() => null)) as {
      errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
    } | null;
    const [error] = body?.errors ?? [];
    throw new ApiError(
      error?.message ?? `The download failed (${response.status} ${response.statusText})`,
      error?.extensions?.code,
      error?.extensions?.reason,
    );
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
  saveBlob(await response.blob(), name);
}

/** Hands `blob` to the browser as a file download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}
