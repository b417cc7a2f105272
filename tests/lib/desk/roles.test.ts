import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/lib/desk/return-path';
import { roleAtLeast } from '@/lib/desk/roles';
import { deskHref } from '@/lib/url/hrefs';

describe('desk roles', () => {
  it('ranks roles and refuses unknown ones', () => {
    expect(roleAtLeast('admin', 'reviewer')).toBe(true);
    expect(roleAtLeast('editor', 'reviewer')).toBe(false);
    expect(roleAtLeast('user', 'editor')).toBe(false);
    expect(roleAtLeast(undefined, 'editor')).toBe(false);
  });
});

describe('safeReturnPath', () => {
  it('only returns to paths on this site, else to the desk', () => {
    expect(safeReturnPath('/desk/review/3')).toBe('/desk/review/3');
    for (const bad of ['//evil.example/x', 'https://evil.example', '/\\evil.example', '/x\u0000y', 42]) expect(safeReturnPath(bad)).toBe(deskHref());
  });
});
