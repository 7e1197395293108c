import { describe, expect, it } from 'vitest';
import { downloadAttachment } from '../../src/bot/download.ts';

const CDN = 'https://cdn.discordapp.com/attachments/1/2/story.txt';

describe('downloading an attachment for /story add', () => {
  it('GIVEN a URL off Discord’s attachment hosts THEN it is not fetched', async () => {
    let fetched = false;
    const fetchImpl = (async () => {
      fetched = true;
      return new Response('x');
    }) as typeof fetch;
    await expect(
      downloadAttachment('http://169.254.169.254/latest', { maxBytes: 10, fetchImpl }),
    ).rejects.toThrow('not on Discord’s servers');
    await expect(downloadAttachment('file:///etc/passwd', { maxBytes: 10, fetchImpl })).rejects.toThrow(
      'no usable address',
    );
    expect(fetched).toBe(false);
  });

  it('GIVEN a server that never answers THEN the download gives up after the time limit', async () => {
    const fetchImpl = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      )) as typeof fetch;
    await expect(downloadAttachment(CDN, { maxBytes: 10, timeoutMs: 50, fetchImpl })).rejects.toThrow(
      'took longer than 0.05 s; nothing was changed',
    );
  });

  it('GIVEN a declared length over the limit THEN refused before reading; GIVEN a body within it THEN its bytes', async () => {
    const big = (async () =>
      new Response('x'.repeat(20), { headers: { 'content-length': '20' } })) as typeof fetch;
    await expect(downloadAttachment(CDN, { maxBytes: 10, fetchImpl: big })).rejects.toThrow('larger than');
    const ok = (async () => new Response('hello')) as typeof fetch;
    expect((await downloadAttachment(CDN, { maxBytes: 10, fetchImpl: ok })).toString()).toBe('hello');
  });
});
