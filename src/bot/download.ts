import { UserError } from '../errors.ts';

/** How long an attachment may take to download before /story add gives up. */
export const DOWNLOAD_TIMEOUT_MS = 15_000;
/** Where Discord serves attachments from; the configured API host is added (a proxy, or the tests' fake). */
export const ATTACHMENT_HOSTS = ['cdn.discordapp.com', 'media.discordapp.net'] as const;

export interface DownloadOptions {
  maxBytes: number;
  /** Hosts the URL may point at (beside ATTACHMENT_HOSTS). */
  extraHosts?: readonly string[];
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

const tooLarge = (maxBytes: number) =>
  new UserError(`The file is larger than ${maxBytes / 1024 / 1024} MB, the most a story may be.`);

/**
 * The bytes at an attachment's URL: only from Discord's attachment hosts, at most `maxBytes`
 * (checked against Content-Length and again while reading), within a time limit. Every failure
 * is a UserError saying what went wrong.
 */
export async function downloadAttachment(
  url: string,
  { maxBytes, extraHosts = [], timeoutMs = DOWNLOAD_TIMEOUT_MS, fetchImpl = fetch }: DownloadOptions,
): Promise<Buffer> {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('protocol');
    host = parsed.host;
  } catch {
    throw new UserError('The attachment has no usable address; try uploading it again.');
  }
  const allowed = new Set<string>([...ATTACHMENT_HOSTS, ...extraHosts]);
  if (!allowed.has(host) && !allowed.has(host.replace(/:\d+$/, ''))) {
    throw new UserError('The attachment is not on Discord’s servers; upload the file to the command itself.');
  }
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetchImpl(url, { signal, redirect: 'error' });
    if (!response.ok)
      throw new UserError(`The download failed (HTTP ${response.status}); nothing was changed.`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) throw tooLarge(maxBytes);
    const chunks: Uint8Array[] = [];
    let received = 0;
    for await (const chunk of response.body ?? []) {
      received += chunk.byteLength;
      if (received > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const timedOut = signal.aborted;
    throw new UserError(
      timedOut
        ? `The download took longer than ${timeoutMs / 1000} s; nothing was changed.`
        : 'The download failed; nothing was changed. Try uploading the file again.',
    );
  }
}
