/**
 * Headers of a stored source's download. A stored file is never served as active content: always an attachment,
 * never sniffed, under a CSP sandbox with nothing allowed, and an HTML file goes out as opaque bytes — so even a
 * browser that ignored Content-Disposition could not run it on our origin.
 */
import type { SourceKind } from './vocabulary';

const SAFE_TYPE: Record<SourceKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'application/octet-stream',
  text: 'text/plain',
};

/** RFC 6266 / 5987: an ASCII fallback name and the exact UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'source';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const DOWNLOAD_CSP = "sandbox; default-src 'none'";

export function downloadHeaders(file: { kind: SourceKind; fileName: string; sha256: string; size: number }) {
  return {
    'content-type': SAFE_TYPE[file.kind],
    'content-length': String(file.size),
    'content-disposition': contentDisposition(file.fileName),
    'x-content-type-options': 'nosniff',
    'content-security-policy': DOWNLOAD_CSP,
    // The bytes are named by their hash: a replaced source has another ETag, so revalidation is exact.
    etag: `"${file.sha256}"`,
    'cache-control': 'public, no-cache',
  };
}

/** True for the path of a stored source's download (/sources/<document>/file), whose CSP proxy.ts must not relax. */
export const isSourceFilePath = (path: string) => /^\/sources\/[^/]+\/file\/?$/.test(path);
