import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { listActors } from '@/db/queries/actors';
import { getBriefingInput, getBriefingVocabulary } from '@/db/queries/briefing';
import { BriefingForm } from '@/components/briefing/briefing-form';
import { BriefingPackView } from '@/components/briefing/briefing-pack';
import { PrintButton } from '@/components/briefing/print-button';
import { Notices } from '@/components/ui/notices';
import { buildBriefing } from '@/lib/briefing/model';
import { briefingQuery, hasSelection, parseBriefingParams } from '@/lib/briefing/params';
import { todayIso } from '@/lib/dates';
import type { SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Briefing' };

const EXAMPLE = '/briefing?actors=denmark,china,european-union,united-states';

export default async function BriefingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const vocab = await getBriefingVocabulary();
  const today = todayIso();
  const { params, notices } = parseBriefingParams(await searchParams, vocab, today);
  const actors = await listActors();
  const pack = hasSelection(params) ? buildBriefing(await getBriefingInput(params, today)) : null;
  const q = briefingQuery(params);
  return (
    <>
      <h1 className="no-print">Briefing pack</h1>
      <p className="lede no-print">
        Choose actors (or a group, expanded to its members on the date), dimensions and a date: the pack states each position with a footnote to the
        document it rests on. The link in your address bar regenerates the same pack.
      </p>
      <Notices notices={notices} />
      <BriefingForm params={params} actors={actors} groups={vocab.groupOptions} />
      {pack ? (
        <>
          <p className="no-print">
            Download: <a href={`/api/v1/briefing${q}&format=docx`}>Word (.docx)</a> · <a href={`/api/v1/briefing${q}&format=md`}>Markdown (.md)</a> ·{' '}
            <PrintButton />
          </p>
          <BriefingPackView pack={pack} />
        </>
      ) : (
        <p>
          No actor chosen yet. Try <Link href={EXAMPLE}>Denmark, China, the EU and the United States as of today</Link>.
        </p>
      )}
    </>
  );
}
