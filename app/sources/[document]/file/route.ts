import { sourceDownload } from '@/server/sources/download';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ document: string }> };

/** The stored file of a document's source (an attachment, never active content). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return sourceDownload((await params).document, request);
}
