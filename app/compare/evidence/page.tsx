import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { loadEvidenceView } from '@/server/views/evidence';
import { EvidencePanel } from '@/components/compare/evidence-panel';
import { Notices } from '@/components/ui/notices';
import { compareCellQuery } from '@/lib/url/compare-params';
import type { SearchParams } from '@/lib/url/search-params';
import { compareHref, evidenceHref } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Evidence' };

/** The deep link of one matrix cell: the same panel as on /compare, on a page of its own. */
export default async function EvidencePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const { params, notices, cell } = await loadEvidenceView(await searchParams);
  return (
    <>
      <Notices notices={notices} />
      {cell ? (
        <EvidencePanel cell={cell} headingLevel={1} deepLink={evidenceHref({ actor: cell.actor.slug, dim: cell.dimension, asOf: params.asOf })} />
      ) : (
        <>
          <h1>Evidence</h1>
          <p>This link needs an actor, a dimension and a date, e.g. /compare/evidence?actor=denmark&amp;dim=applicability&amp;asOf=2021-12-31.</p>
        </>
      )}
      <p>
        <Link href={cell ? `${compareHref(compareCellQuery(cell.actor.slug, cell.dimension, params.asOf))}#evidence` : compareHref()}>
          Open in the comparison matrix
        </Link>
      </p>
    </>
  );
}
