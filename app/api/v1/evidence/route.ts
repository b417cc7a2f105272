import { searchParamsRecord } from '@/lib/url/search-params-record';
import { loadEvidenceView } from '@/server/views/evidence';

// Reads the database on every request; never prerendered at build time.
export const dynamic = 'force-dynamic';

/**
 * One matrix cell's evidence as JSON (`actor`, `dim`, `asOf`): what /compare/evidence shows, for the matrix's evidence
 * drawer and for anyone who wants it. 404 when the actor or dimension is missing or unknown, with notices saying why.
 */
export async function GET(request: Request): Promise<Response> {
  const { params, notices, cell } = await loadEvidenceView(searchParamsRecord(new URL(request.url).searchParams));
  return Response.json({ asOf: params.asOf, notices, cell }, { status: cell ? 200 : 404 });
}
