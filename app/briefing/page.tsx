import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { env } from '@/db/env';
import { siteOrigin } from '@/lib/site-url';
import { listActors } from '@/db/queries/actors';
import { getBriefingInput, getBriefingVocabulary } from '@/db/queries/briefing';
import { BriefingActions } from '@/components/briefing/briefing-actions';
import { BriefingForm } from '@/components/briefing/briefing-form';
import { BriefingPackView } from '@/components/briefing/briefing-pack';
import { Notices } from '@/components/ui/notices';
import { buildBriefing } from '@/lib/briefing/model';
import { briefingQuery, EXAMPLE_ACTORS, hasSelection, parseBriefingParams } from '@/lib/briefing/params';
import { todayIso } from '@/lib/dates';
import type { SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Briefing' };

export default async function BriefingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const vocab = await getBriefingVocabulary();
  const today = todayIso();
  const { params, notices } = parseBriefingParams(await searchParams, vocab, today);
  const actors = await listActors();
  const pack = hasSelection(params) ? buildBriefing(await getBriefingInput(params, today)) : null;
  const h = await headers();
  const host = h.get('host');
  const origin = siteOrigin({ siteUrl: env.SITE_URL, trustedHosts: env.TRUSTED_HOSTS }, host ? `${h.get('x-forwarded-proto') === 'https' ? 'https' : 'http'}://${host}` : null);
  return (
    <>
      <h1 className="no-print">Briefing pack</h1>
      <p className="lede no-print">
        Choose actors (or a group, expanded to its members on the date), dimensions and a date: the pack states each position in a sentence with a
        footnote to the document it rests on, and downloads as Word or Markdown. The link regenerates the same pack.
      </p>
      <Notices notices={notices} />
      <BriefingForm params={params} actors={actors} groups={vocab.groupOptions} />
      {pack ? (
        <>
          <BriefingActions query={briefingQuery(params)} asOf={params.asOf} origin={origin} />
          <BriefingPackView pack={pack} />
        </>
      ) : (
        <p>
          No actor or group chosen yet. Tick actors above, or try the example:{' '}
          <Link href={`/briefing${briefingQuery({ ...params, actors: EXAMPLE_ACTORS, asOf: today })}`}>Denmark, China, the European Union and the United States as of today</Link>.
        </p>
      )}
    </>
  );
}
