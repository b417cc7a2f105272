/**
 * The pieces that let a cached page carry a fresh nonce per response (server/cache/nonce-template.ts,
 * server/cache/crc32-zeros.ts): the patched CRC-32 is the CRC-32 of the patched body, and a gzip template filled with any
 * nonce decompresses (zlib checks the CRC and the length) to the page with that nonce in every slot.
 */
import { randomBytes } from 'node:crypto';
import { crc32, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { advanceOverZeros, patchCrc32, rawCrc32 } from '@/server/cache/crc32-zeros';
import { fillTemplate, findSlots, gzipTemplate, nonceOfPolicy } from '@/server/cache/nonce-template';
import { contentSecurityPolicy, newNonce } from '@/lib/http/security-headers';

/** A page shaped like Next.js's: scripts with the nonce, Flight data naming it, text that repeats across them. */
function page(nonce: string, rows: number): Buffer {
  const parts = ['<!DOCTYPE html><html><head>'];
  for (let i = 0; i < rows; i++) {
    parts.push(`<script src="/_next/static/chunks/${i % 7}.js" async nonce="${nonce}"></script>`);
    parts.push(`<p>Row ${i}: the State's position on knowledge, ${'constructive '.repeat(i % 5)}as stated.</p>`);
    if (i % 3 === 0) parts.push(`<script nonce="${nonce}">self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\",\\"row\\":${i}}"])</script>`);
  }
  return Buffer.from(`${parts.join('\n')}</html>`);
}

function replaced(body: Buffer, from: string, to: string): Buffer {
  return Buffer.from(body.toString('latin1').split(from).join(to), 'latin1');
}

describe('CRC-32 arithmetic', () => {
  it('advancing over zero bytes equals computing over them', () => {
    for (const zeros of [0, 1, 7, 8, 1000, 65_537]) {
      const bytes = randomBytes(24);
      const padded = Buffer.concat([bytes, Buffer.alloc(zeros)]);
      expect(advanceOverZeros(rawCrc32(bytes), zeros)).toBe(rawCrc32(padded));
    }
  });

  it('a CRC patched for changed slots is the CRC of the changed body', () => {
    const before = newNonce();
    const body = page(before, 60);
    const slots = findSlots(body, Buffer.from(before));
    // Every script tag, and the Flight data inside every third.
    expect(slots.length).toBe(60 + 2 * Math.ceil(60 / 3));
    for (let round = 0; round < 5; round++) {
      const after = newNonce();
      const tails = slots.map((s) => body.length - s - before.length);
      expect(patchCrc32(crc32(body), Buffer.from(before), Buffer.from(after), tails)).toBe(crc32(replaced(body, before, after)));
    }
  });
});

describe('nonce templates', () => {
  it('reads the nonce of a policy', () => {
    const nonce = newNonce();
    expect(nonceOfPolicy(contentSecurityPolicy(nonce))).toBe(nonce);
    expect(nonceOfPolicy("default-src 'self'")).toBeNull();
    expect(nonceOfPolicy(undefined)).toBeNull();
  });

  it('a gzip template filled with a new nonce decompresses to the page with that nonce everywhere', async () => {
    const stored = newNonce();
    const body = page(stored, 300);
    const slots = findSlots(body, Buffer.from(stored));
    const template = (await gzipTemplate(body, slots, Buffer.from(stored), crc32(body)))!;
    expect(template.slots).toHaveLength(slots.length);
    const seen = new Set<string>();
    for (let round = 0; round < 3; round++) {
      const fresh = newNonce();
      const sent = fillTemplate(template, Buffer.from(stored), Buffer.from(fresh));
      const text = gunzipSync(sent).toString();
      expect(text).toBe(replaced(body, stored, fresh).toString());
      expect(text).not.toContain(stored);
      expect(text.split(fresh).length - 1).toBe(slots.length);
      seen.add(sent.toString('base64'));
    }
    expect(seen.size).toBe(3);
    // The text around the slots still refers back across them: the page gzipped in one piece plus a seam per slot (a
    // sync flush and a block header, the nonce itself as a stored block), not a page cut into separate pieces.
    const plainGzip = gzipSync(body, { level: 6 }).length;
    expect(template.bytes.length).toBeLessThan(plainGzip + slots.length * 64);
    // The template itself is untouched by a filling.
    expect(gunzipSync(template.bytes).toString()).toBe(body.toString());
  });

  it('a page with a 0xFF byte gets no gzip template (the filler could be matched)', async () => {
    const stored = newNonce();
    const body = Buffer.concat([page(stored, 3), Buffer.from([0xff])]);
    expect(await gzipTemplate(body, findSlots(body, Buffer.from(stored)), Buffer.from(stored), crc32(body))).toBeNull();
  });

  it('an identity template is the page with the new nonce; a page without slots is sent as stored', () => {
    const stored = newNonce();
    const body = page(stored, 10);
    const fresh = newNonce();
    const filled = fillTemplate({ bytes: body, slots: findSlots(body, Buffer.from(stored)) }, Buffer.from(stored), Buffer.from(fresh));
    expect(filled.equals(replaced(body, stored, fresh))).toBe(true);
    const plain = { bytes: Buffer.from('{"actors":[]}'), slots: [] };
    expect(fillTemplate(plain, Buffer.from(stored), Buffer.from(fresh))).toBe(plain.bytes);
  });
});
