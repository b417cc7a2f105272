import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies, trustClientAddress } from '@/server/http/client-address';

const none = parseTrustedProxies(undefined);
const local = parseTrustedProxies('127.0.0.1/32');
const chain = parseTrustedProxies('10.0.0.0/8, 192.0.2.10, fd00::/8');

describe('client address (TRUSTED_PROXIES)', () => {
  it('without trusted proxies, the socket peer is the client whatever X-Forwarded-For says', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9', none)).toBe('127.0.0.1');
    expect(clientAddress('::ffff:198.51.100.4', '203.0.113.9, 10.0.0.1', none)).toBe('198.51.100.4');
    expect(clientAddress('2001:db8::5', undefined, none)).toBe('2001:db8::5');
  });

  it('a peer outside the trusted list is the client even when a list is set', () => {
    expect(clientAddress('198.51.100.4', '203.0.113.9', local)).toBe('198.51.100.4');
  });

  it('behind trusted proxies, the right-most untrusted entry is the client (the left part is the client\u2019s own text)', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9', local)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:127.0.0.1', '1.2.3.4, 203.0.113.9', local)).toBe('203.0.113.9');
    expect(clientAddress('10.1.2.3', '1.2.3.4, 203.0.113.9, 192.0.2.10, 10.9.9.9', chain)).toBe('203.0.113.9');
    // Repeated headers (Node joins them) are one chain.
    expect(clientAddress('10.1.2.3', ['1.2.3.4', '203.0.113.9'], chain)).toBe('203.0.113.9');
    expect(clientAddress('fd00::1', '2001:db8::7', chain)).toBe('2001:db8::7');
  });

  it('a chain of only trusted hops names its left-most hop; an entry that is not an address stops at the proxy that passed it', () => {
    expect(clientAddress('10.1.2.3', '10.0.0.7, 192.0.2.10', chain)).toBe('10.0.0.7');
    expect(clientAddress('10.1.2.3', '203.0.113.9, <script>, 192.0.2.10', chain)).toBe('192.0.2.10');
    expect(clientAddress('10.1.2.3', 'unknown', chain)).toBe('10.1.2.3');
    expect(clientAddress('127.0.0.1', '', local)).toBe('127.0.0.1');
  });

  it('refuses a malformed TRUSTED_PROXIES entry by name', () => {
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/"10.0.0.0\/33" is not an IP address or CIDR range/);
    expect(() => parseTrustedProxies('proxy.example.org')).toThrow(/proxy.example.org/);
    expect(() => parseTrustedProxies('10.0.0.0/8/1')).toThrow();
    expect(parseTrustedProxies(' 10.0.0.0/8 ,, ').entries).toEqual(['10.0.0.0/8']);
  });

  it('rewrites the request: one vouched-for X-Forwarded-For; forwarding headers dropped unless a trusted proxy sent them', () => {
    const spoofed = {
      socket: { remoteAddress: '::ffff:198.51.100.4' },
      headers: { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', forwarded: 'for=1.2.3.4' } as Record<
        string,
        string | undefined
      >,
    };
    expect(trustClientAddress(spoofed, local)).toBe('198.51.100.4');
    expect(spoofed.headers).toEqual({ 'x-forwarded-for': '198.51.100.4' });
    const proxied = {
      socket: { remoteAddress: '127.0.0.1' },
      headers: { 'x-forwarded-for': '1.2.3.4, 203.0.113.9', 'x-forwarded-host': 'tracker.example.org', 'x-forwarded-proto': 'https' } as Record<
        string,
        string | undefined
      >,
    };
    expect(trustClientAddress(proxied, local)).toBe('203.0.113.9');
    expect(proxied.headers).toEqual({ 'x-forwarded-for': '203.0.113.9', 'x-forwarded-host': 'tracker.example.org', 'x-forwarded-proto': 'https' });
  });
});
