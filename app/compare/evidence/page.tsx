import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getCellEvidence } from '@/db/queries/evidence';
import { listActorSlugs } from '@/db/queries/scope';
import { EvidencePanel } from '@/components/compare/evidence-panel';
import { Notices } from '@/components/ui/notices';
import { parseAsOf, parseSlugs, param, type SearchParams } from '@/lib/search-params';
import { isDimensionKey } from '@/lib/codebook';

export const metadata: Metadata = { title: 'Evidence' };

/** The deep link of one matrix cell: the same panel as on /compare, on a page of its own. */
export default async function EvidencePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const sp = await searchParams;
  const asOf = parseAsOf(sp);
  const actor = parseSlugs(sp, 'actor', await listActorSlugs());
  const dim = param(sp, 'dim');
  const notices = [...asOf.notices, ...actor.notices];
  if (dim && !isDimensionKey(dim)) notices.push(`Unknown dimension "${dim}".`);
  const slug = actor.value[0];
  const cell = slug && dim && isDimensionKey(dim) ? await getCellEvidence(slug, dim, asOf.value) : null;
  return (
    <>
      <Notices notices={notices} />
      {cell ? (
        <EvidencePanel
          cell={cell}
          headingLevel={1}
          deepLink={`/compare/evidence?actor=${cell.actor.slug}&dim=${cell.dimension}&asOf=${asOf.value}`}
        />
      ) : (
        <>
          <h1>Evidence</h1>
          <p>This link needs an actor, a dimension and a date, e.g. /compare/evidence?actor=denmark&amp;dim=applicability&amp;asOf=2021-12-31.</p>
        </>
      )}
      <p>
        <Link href={cell ? `/compare?actors=${cell.actor.slug}&asOf=${asOf.value}&cell=${cell.actor.slug}:${cell.dimension}#evidence` : '/compare'}>
          Open in the comparison matrix
        </Link>
      </p>
    </>
  );
}
