import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { loadBriefingView } from '@/server/views/briefing';
import { pageOrigin } from '@/server/http/site-origin';
import { BriefingActions } from '@/components/briefing/briefing-actions';
import { BriefingForm } from '@/components/briefing/briefing-form';
import { BriefingPackView } from '@/components/briefing/briefing-pack';
import { BriefView } from '@/components/briefing/brief-view';
import { Notices } from '@/components/ui/notices';
import { briefingQuery, EXAMPLE_ACTORS } from '@/lib/url/briefing-params';
import type { SearchParams } from '@/lib/url/search-params';
import { briefingHref } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Briefing' };

export default async function BriefingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const { vocab, today, params, notices, actors, brief, pack } = await loadBriefingView(await searchParams);
  const origin = await pageOrigin();
  return (
    <>
      <h1 className="no-print">Briefing pack</h1>
      <p className="lede no-print">
        Choose actors (in the order you want them), dimensions and a date. The two-page brief gives the bottom line, one row per actor with its applicability
        value, its own words and a confidence note, and an annex; the full pack states every position in a sentence with a footnote. Both download as Word or
        Markdown, and the link regenerates the same document.
      </p>
      <Notices notices={notices} />
      <BriefingForm params={params} actors={actors} groups={vocab.groupOptions} />
      {brief || pack ? (
        <>
          <BriefingActions query={briefingQuery(params)} asOf={params.asOf} origin={origin} />
          {brief ? <BriefView brief={brief} /> : <BriefingPackView pack={pack!} />}
        </>
      ) : (
        <p>
          No actor or group chosen yet. Tick actors above, or try the example:{' '}
          <Link href={briefingHref(briefingQuery({ ...params, actors: EXAMPLE_ACTORS, asOf: today }))}>
            Denmark, China, the European Union and the United States as of today
          </Link>
          .
        </p>
      )}
    </>
  );
}
