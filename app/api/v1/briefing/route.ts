import { briefingDownload } from '@/lib/url/briefing-params';
import { renderBriefDocx } from '@/server/briefing/render-brief-docx';
import { renderDocx } from '@/server/briefing/render-docx';
import { renderBriefMarkdown } from '@/lib/briefing/render-brief-markdown';
import { renderMarkdown } from '@/lib/briefing/render-markdown';
import { searchParamsRecord } from '@/lib/url/search-params-record';
import { loadBriefingView } from '@/server/views/briefing';

export const dynamic = 'force-dynamic';

/** The /briefing brief (or, with layout=full, the full pack) as Word (format=docx) or Markdown (format=md). */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const format = url.searchParams.get('format');
  const { params, notices, brief, pack } = await loadBriefingView(searchParamsRecord(url.searchParams));
  if (format !== 'docx' && format !== 'md') return Response.json({ error: 'format must be docx or md', notices }, { status: 400 });
  if (!brief && !pack) return Response.json({ error: 'choose at least one actor (actors=…) or a group (group=…)', notices }, { status: 400 });

  const file = briefingDownload(params.asOf, format);
  const headers: Record<string, string> = { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.name}"` };
  // What was ignored or replaced in the URL stays out of the pack a minister reads, but is told to the caller.
  if (notices.length)
    headers['x-briefing-notices'] = JSON.stringify(notices).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const body =
    format === 'md' ? (brief ? renderBriefMarkdown(brief) : renderMarkdown(pack!)) : new Uint8Array(await (brief ? renderBriefDocx(brief) : renderDocx(pack!)));
  return new Response(body, { headers });
}
