import 'server-only';
import { readView } from '@/db/client';
import { getSourceFile } from '@/db/queries/sources';
import { downloadHeaders } from '@/lib/sources/download-headers';
import { sourceHref } from '@/lib/url/hrefs';

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } });

/** GET /sources/[document]/file: the stored file as an attachment; 403 (with the reason) when it may not be redistributed. */
export async function sourceDownload(documentSlug: string, request: Request): Promise<Response> {
  const file = await readView(() => getSourceFile(documentSlug));
  if (!file) return text(404, `No stored source for the document "${documentSlug}".`);
  if (!file.redistribute) {
    return text(403, `The stored file of this document is not offered for download. Read its text at ${sourceHref(documentSlug)}.`);
  }
  const headers = downloadHeaders({ kind: file.kind, fileName: file.fileName, sha256: file.sha256, size: file.bytes.length });
  if (request.headers.get('if-none-match') === headers.etag)
    return new Response(null, { status: 304, headers: { etag: headers.etag, 'cache-control': headers['cache-control'] } });
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.bytes), { headers });
}
