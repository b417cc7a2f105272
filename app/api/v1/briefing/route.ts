import { getBriefingInput, getBriefingVocabulary } from '@/db/queries/briefing';
import { buildBriefing } from '@/lib/briefing/model';
import { hasSelection, parseBriefingParams } from '@/lib/briefing/params';
import { renderDocx } from '@/lib/briefing/render-docx';
import { renderMarkdown } from '@/lib/briefing/render-markdown';
import { todayIso } from '@/lib/dates';

export const dynamic = 'force-dynamic';

/** The /briefing pack as Word (format=docx) or Markdown (format=md); same parameters as the page. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const format = url.searchParams.get('format');
  if (format !== 'docx' && format !== 'md') return Response.json({ error: 'format must be docx or md' }, { status: 400 });
  const { params, notices } = parseBriefingParams(Object.fromEntries(url.searchParams), await getBriefingVocabulary());
  if (!hasSelection(params)) return Response.json({ error: 'choose at least one actor (actors=…) or a group (group=…)', notices }, { status: 400 });
  const pack = buildBriefing(await getBriefingInput(params, todayIso()));
  const name = `due-diligence-briefing-${params.asOf}`;
  if (format === 'md') {
    return new Response(renderMarkdown(pack), {
      headers: { 'content-type': 'text/markdown; charset=utf-8', 'content-disposition': `attachment; filename="${name}.md"` },
    });
  }
  return new Response(new Uint8Array(await renderDocx(pack)), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${name}.docx"`,
    },
  });
}
