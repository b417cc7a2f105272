/**
 * Security headers sent with every response (set in proxy.ts). Pure: no Next.js or Node imports, so the tests can
 * check the exact policy the server sends.
 */

/**
 * The Content-Security-Policy for one response. Scripts run only with this response's nonce (Next.js reads it from
 * the request's CSP header and puts it on its own scripts); 'strict-dynamic' lets those scripts load the page chunks.
 * Style *elements* need the nonce too; style *attributes* are allowed ('unsafe-inline' in style-src-attr only) because
 * recharts writes its sizes and positions as style="" on the server-rendered SVG, and an attribute cannot run script.
 */
export function contentSecurityPolicy(nonce: string, { dev = false }: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // React in development reconstructs server stacks with eval; production never needs it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers that do not depend on the request: the same for pages, API routes, the feed, assets and error pages. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Older browsers that ignore CSP frame-ancestors still honour this.
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** A fresh, unguessable nonce (base64 of 16 random bytes) for each response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
