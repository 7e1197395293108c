import { describe, expect, it } from 'vitest';
import { checkStoryUpload, storyFileName } from '../../src/qa/storyUpload.ts';
import { HARBOR_STORY } from '../support/stories.ts';

describe('a story offered as an upload', () => {
  it('GIVEN the harbor story as a .txt THEN it is checked as the loader would and described: title, paragraphs, people, acronyms', () => {
    const checked = checkStoryUpload('Port Expansion.txt', Buffer.from(HARBOR_STORY));
    expect('reason' in checked).toBe(false);
    if ('reason' in checked) return;
    expect(checked.fileName).toBe('port-expansion.txt');
    expect(checked.profile).toMatchObject({
      title: 'Port authority approves $2 billion expansion despite union objections',
      paragraphs: 10,
    });
    expect(checked.profile.people).toEqual(
      expect.arrayContaining(['Elena Marsh', 'Tomas Reyes', 'Paul Okoye']),
    );
    expect(checked.profile.acronyms).toEqual(
      expect.arrayContaining([
        'PVA = Port of Valmora Authority',
        'TEU = twenty-foot equivalent unit, the standard measure of container volume',
      ]),
    );
  });

  it('GIVEN names that try path tricks or say nothing THEN the stored name is a plain slug (else the title’s)', () => {
    expect(storyFileName('../../etc/passwd.txt', 'T', '.txt')).toBe('passwd.txt');
    expect(storyFileName('..\\..\\win.md', 'T', '.md')).toBe('win.md');
    expect(storyFileName('.env.txt', 'T', '.txt')).toBe('env.txt');
    expect(storyFileName('!!!.md', 'Harbor vote: a betrayal?', '.md')).toBe('harbor-vote-a-betrayal.md');
  });

  it('GIVEN files the loader would skip THEN each says why', () => {
    const reasons = [
      checkStoryUpload('a.pdf', Buffer.from('x')),
      checkStoryUpload('a.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9])),
      checkStoryUpload('a.txt', Buffer.from('a\0b')),
      checkStoryUpload('a.md', Buffer.from('---\ntitle: only\n---\n')),
    ].map((r) => ('reason' in r ? r.reason : 'ok'));
    expect(reasons).toEqual([
      'not a .txt or .md file',
      'not UTF-8 text',
      'binary file (NUL bytes)',
      'no body paragraphs',
    ]);
  });
});
