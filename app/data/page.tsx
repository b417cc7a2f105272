import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { loadDataView } from '@/server/views/data';
import { ReleaseNotes } from '@/components/data/release-notes';
import { DATASET_CSV_COLUMNS } from '@/lib/export/dataset-export';

export const metadata: Metadata = { title: 'Data: download, licence, citation' };

export default async function DataPage() {
  await connection();
  const { data, notes } = await loadDataView();
  const d = data.dataset;
  const documents = new Set(data.records.map((r) => r.id)).size;
  const states = data.actors.filter((a) => a.kind === 'state').length;
  return (
    <>
      <h1>Data</h1>
      <p className="lede">The whole dataset behind these pages, to download, reuse and cite.</p>

      <section aria-labelledby="licence-heading">
        <h2 id="licence-heading">Licence</h2>
        <p>
          The dataset is published under the <a href={d.licence.url} rel="license">{d.licence.title} licence ({d.licence.name})</a>: you may share and adapt it
          for any purpose, provided you credit it (see below) and say if you changed it.
        </p>
      </section>

      <section aria-labelledby="cite-heading">
        <h2 id="cite-heading">How to cite</h2>
        <blockquote className="citation" data-testid="citation">
          <p>{d.citation}</p>
        </blockquote>
        <dl className="facts">
          <dt>Dataset version</dt>
          <dd data-testid="dataset-version">{d.version ?? <span className="muted">not stated by this build of the dataset</span>}</dd>
          <dt>Release date</dt>
          <dd>{d.release_date ?? <span className="muted">not stated</span>}</dd>
          <dt>Codebook</dt>
          <dd>
            version {d.codebook_version ?? 'unknown'} (<Link href="/method">method</Link>)
          </dd>
          <dt>Build</dt>
          <dd>
            {d.dataset_version ?? 'unknown'}, converted {d.converted_on ?? 'on an unknown date'}, loaded {d.seeded_at?.slice(0, 10) ?? 'on an unknown date'}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Downloads</h2>
        <p>
          Generated from the database on each request, so they always equal what the pages show (current codings; corrections replace what they correct,
          earlier versions stay in each value&apos;s evidence history).
        </p>
        <ul>
          <li>
            <a href="/api/v1/dataset?format=json" download>
              Whole dataset as JSON
            </a>{' '}
            — {data.records.length} records, {data.actors.length} actors ({states} States), {data.literature.length} literature items
          </li>
          <li>
            <a href="/api/v1/dataset?format=csv" download>
              Records as CSV
            </a>{' '}
            — {data.records.length} rows, one per actor per dated document ({documents} documents; a joint statement gives a row to each co-author)
          </li>
        </ul>
        <p className="muted">
          In the CSV, a cell that would start with <code>=</code>, <code>+</code>, <code>-</code> or <code>@</code> (or a tab) is written with a leading apostrophe{' '}
          <code>&apos;</code> so spreadsheets do not run it as a formula. Lists in one cell: authors and <code>not_coded</code> separated by <code>;</code>,{' '}
          <code>verified_from</code> by a space, several quotes by <code> | </code>. Columns: {DATASET_CSV_COLUMNS.length} (see <code>docs/api.md</code>). The same
          files: <code>GET /api/v1/dataset?format=json|csv</code>.
        </p>
      </section>

      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Release notes</h2>
        {notes ? <ReleaseNotes markdown={notes} /> : <p className="muted">This build of the dataset carries no release notes.</p>}
      </section>
    </>
  );
}
