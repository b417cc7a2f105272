import Link from 'next/link';
import { connection } from 'next/server';
import { loadHome } from '@/server/views/home';
import { MapLegend } from '@/components/map/map-legend';
import { MapPatternDefs } from '@/components/map/map-patterns';
import { WorldMap } from '@/components/map/world-map';
import { StateCountTable } from '@/components/counts/state-count-table';

export default async function HomePage() {
  await connection();
  const { today, overview: o, applicability, map } = await loadHome();
  return (
    <>
      <h1>Cyber Due Diligence Positions Tracker</h1>
      <p className="lede">
        Does the duty of due diligence — a State must not knowingly allow its territory to be used for acts contrary to the rights of other States (ICJ,{' '}
        <i>Corfu Channel</i>, 1949) — bind States in cyberspace, and on what terms? This tracker records what each State and organisation has said, document by
        document, coded along the codebook&apos;s dimensions, each value backed by the actor&apos;s own words and a source link.
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
      <p className="muted">
        Every count on every page is of States, as of the date shown; organisations and multilateral bodies are listed on their own pages, never counted with
        them.
      </p>
      <StateCountTable counts={applicability} today={today} />
      <section aria-labelledby="home-map-heading">
        <h2 id="home-map-heading">On the world map</h2>
        <MapPatternDefs styles={map.legend.map((l) => l.style)} />
        {/* A picture only: the full map, with every State a link and a table twin, is one click away. */}
        <Link href="/map" className="home-map">
          <WorldMap model={map} prefix="hm" title="" description="" interactive={false} />
          <span>Open the world map: every State as a link, any dimension, any date, with a table of every State</span>
        </Link>
        <MapLegend items={map.legend} dimensionKey="applicability" headingId="home-map-legend" heading="Map legend" level={3} />
      </section>
      <h2>Use the tracker</h2>
      <ul>
        <li>
          <Link href="/actors">Actors</Link> — every State and organisation, with its documents, quotes and sources.
        </li>
        <li>
          <Link href="/compare">Compare</Link> — every actor × every dimension, as of any date, with the evidence one click away.
        </li>
        <li>
          <Link href="/map">World map</Link> — every State on any dimension, as of any date, with a table twin.
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
        <li>
          <Link href="/data">Data</Link> — download the whole dataset (JSON, CSV), its licence, how to cite it, release notes.
        </li>
      </ul>
    </>
  );
}
