/**
 * Runs before every request (Next.js 16 renamed middleware to proxy): refuses undecodable paths and unknown methods
 * with a helpful 400/405 instead of a 500, and puts the security headers, with a fresh CSP nonce, on every response.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { actorSlugExists } from '@/db/route-exists';
import { isDimensionKey } from '@/lib/domain/codebook';
import { refusalPage, refuseRequest } from '@/lib/http/request-guard';
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, newNonce } from '@/lib/http/security-headers';
import { DOWNLOAD_CSP, isSourceFilePath } from '@/lib/sources/download-headers';

function withSecurityHeaders(response: NextResponse | Response, csp: string): Response {
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

/** 'actor' or 'dimension' when the page at this (decodable) path names one that does not exist. */
function missingResource(rawPath: string): 'actor' | 'dimension' | null {
  const actor = /^\/actors\/([^/]+)(?:\/diff)?\/?$/.exec(rawPath);
  if (actor && !actorSlugExists(decodeURIComponent(actor[1]!))) return 'actor';
  const dimension = /^\/dimensions\/([^/]+)\/?$/.exec(rawPath);
  if (dimension && !isDimensionKey(decodeURIComponent(dimension[1]!))) return 'dimension';
  return null;
}

export function proxy(request: NextRequest): Response {
  const nonce = newNonce();
  // The raw path, percent-escapes intact (URL parsing does not decode them).
  const rawPath = new URL(request.url).pathname;
  // A stored source file is a download that must never run (issue 21): its own sandbox policy, not the pages'.
  const csp = isSourceFilePath(rawPath) ? DOWNLOAD_CSP : contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });

  const refusal = refuseRequest(request.method, rawPath);
  if (refusal) {
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    if (refusal.allow) headers.Allow = refusal.allow;
    const wantsJson = rawPath.startsWith('/api/');
    const body = request.method === 'HEAD' ? null : wantsJson ? JSON.stringify({ error: refusal.message }) : refusalPage(refusal);
    headers['content-type'] = wantsJson ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8';
    return withSecurityHeaders(new Response(body, { status: refusal.status, headers }), csp);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete('x-not-found');
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);

  // Unknown actor or dimension: the root not-found page, rendered on the server with its message and a 404.
  const missing = missingResource(rawPath);
  if (missing) {
    requestHeaders.set('x-not-found', missing);
    // nextUrl keeps Next.js's own origin, so this is an internal rewrite (scripts/serve.ts gives Next.js a loopback
    // address under the name NextURL uses, "localhost"); another origin would make Next.js proxy it over HTTP to itself.
    const target = request.nextUrl.clone();
    target.pathname = `/_unknown/${missing}`;
    target.search = '';
    return withSecurityHeaders(NextResponse.rewrite(target, { request: { headers: requestHeaders } }), csp);
  }

  // Next.js takes the nonce for its own scripts from the request's CSP header; pages read x-nonce if they need it.
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}
