import { describe, expect, it } from 'vitest';
import { isDecodablePath, refusalPage, refuseRequest } from '@/lib/http/request-guard';
import { contentSecurityPolicy } from '@/lib/http/security-headers';
import { DEFAULT_SITE_URL, siteOrigin } from '@/lib/url/site-url';

describe('request guard', () => {
  it('refuses every malformed percent-escape in a path with a 400', () => {
    for (const bad of ['%ZZ', '%', '%E2%82', '%C0%AF', '%FF']) {
      for (const path of [`/actors/${bad}`, `/actors/${bad}/diff`, `/dimensions/${bad}`, `/api/v1/dimensions/${bad}`]) {
        expect(isDecodablePath(path), path).toBe(false);
        expect(refuseRequest('GET', path)?.status, path).toBe(400);
      }
    }
    expect(refuseRequest('GET', '/actors/c%C3%B4te')).toBeNull();
  });

  it('allows only read methods on the API and the feed, with an Allow header', () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'POST']) {
      for (const path of ['/api/v1/compare', '/api/v1/dimensions/knowledge', '/api/v1/briefing', '/changes.atom']) {
        const r = refuseRequest(method, path);
        expect(r?.status, `${method} ${path}`).toBe(405);
        expect(r?.allow).toBe('GET, HEAD, OPTIONS');
      }
    }
    expect(refuseRequest('GET', '/api/v1/compare')).toBeNull();
    expect(refuseRequest('POST', '/actors')).toBeNull(); // server functions
    expect(refuseRequest('DELETE', '/actors')?.status).toBe(405);
  });

  it('escapes what it shows', () => {
    expect(refusalPage({ status: 400, title: '<x>', message: '"&' })).not.toContain('<x>');
  });
});

describe('CSP', () => {
  it('allows scripts and style elements only with the nonce, and no framing or plugins', () => {
    const csp = contentSecurityPolicy('abc123==');
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toMatch(/style-src 'self' 'nonce-abc123=='(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
});

describe('site URL', () => {
  it('prefers SITE_URL, trusts only loopback or listed hosts, and falls back to localhost:3000', () => {
    expect(siteOrigin({ siteUrl: 'https://tracker.example.org/' }, 'http://evil.example')).toBe('https://tracker.example.org');
    expect(siteOrigin({}, 'http://evil.example')).toBe(DEFAULT_SITE_URL);
    expect(siteOrigin({}, 'http://127.0.0.1:3205')).toBe('http://127.0.0.1:3205');
    expect(siteOrigin({ trustedHosts: ['tracker.example.org'] }, 'https://tracker.example.org')).toBe('https://tracker.example.org');
    expect(siteOrigin({ siteUrl: 'javascript:alert(1)' }, null)).toBe(DEFAULT_SITE_URL);
  });
});
