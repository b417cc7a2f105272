import Link from 'next/link';
import { connection } from 'next/server';
import { getOverview } from '@/db/queries/overview';
import { todayIso } from '@/lib/dates';
import { ScrollTable } from '@/components/ui/scroll-table';

export default async function HomePage() {
  await connection();
  const today = todayIso();
  const o = await getOverview(today);
  return (
    <>
      <h1>Cyber Due Diligence Positions Tracker</h1>
      <p className="lede">
        Does the duty of due diligence — a State must not knowingly allow its territory to be used for acts contrary to the rights of other States
        (ICJ, <i>Corfu Channel</i>, 1949) — bind States in cyberspace, and on what terms? This tracker records what each State and organisation has
        said, document by document, coded along the codebook&apos;s dimensions, each value backed by the actor&apos;s own words and a source link.
      </p>
      <ul className="figures" aria-label="Headline figures">
        <li>
          <strong>{o.actorsWithDocuments}</strong> actors with documents ({o.statesWithDocuments} States)
        </li>
        <li>
          <strong>{o.documents}</strong> dated documents ({o.uncodedDocuments} tracked, not yet coded)
        </li>
      </ul>
      <h2>Where States stand on applicability today</h2>
      <ScrollTable label="States by applicability">
      <table>
        <caption>
          States by their applicability value as of {today} (the as-of rule: latest coded document; a later silence does not erase a stated view)
        </caption>
        <thead>
          <tr>
            <th scope="col">Position</th>
            <th scope="col">States</th>
          </tr>
        </thead>
        <tbody>
          {o.applicabilityToday.map((r) => (
            <tr key={r.key}>
              <th scope="row" className={`outcome-${r.kind}`}>
                {r.kind === 'value' ? (
                  <Link href={`/compare?value=applicability:${r.key}`}>{r.label}</Link>
                ) : (
                  r.label
                )}
              </th>
              <td>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollTable>
      <p className="muted">Out of {o.statesTotal} States in the dataset.</p>
      <h2>Use the tracker</h2>
      <ul>
        <li>
          <Link href="/actors">Actors</Link> — every State and organisation, with its documents, quotes and sources.
        </li>
        <li>
          <Link href="/compare">Compare</Link> — every actor × every dimension, as of any date, with the evidence one click away.
        </li>
        <li>
          <Link href="/timeline">Timeline</Link> and <Link href="/changes">changes</Link> — how positions moved over time.
        </li>
        <li>
          <Link href="/briefing">Briefing</Link> — a citable pack in Word, Markdown or print.
        </li>
        <li>
          <Link href="/method">Method</Link> — the codebook, the as-of rule and how confidence is assigned.
        </li>
      </ul>
    </>
  );
}
