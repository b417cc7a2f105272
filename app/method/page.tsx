import type { Metadata } from 'next';
import { connection } from 'next/server';
import { loadMethodView } from '@/server/views/method';
import { ActorKinds } from '@/components/method/actor-kinds';
import { CoverageTable } from '@/components/method/coverage-table';
import { AsOfRule } from '@/components/method/as-of-rule';
import { CodebookTables } from '@/components/method/codebook-tables';
import { ConfidenceLegend } from '@/components/method/confidence-legend';
import { CODEBOOK_VERSION } from '@/lib/domain/codebook';

export const metadata: Metadata = { title: 'Method' };

export default async function MethodPage() {
  await connection();
  const { meta, today, coverage } = await loadMethodView();
  return (
    <>
      <h1>Method</h1>
      <p className="lede">
        The unit of analysis is one actor&apos;s position as expressed in one dated document. Values describe what the document says, never what we think the
        law is. Quotes are the actor&apos;s own words with a locator; summaries are ours.
      </p>
      <p className="muted">
        Codebook version {CODEBOOK_VERSION}. Dataset {meta.datasetRelease ? `release ${meta.datasetRelease} (${meta.releaseDate}), ` : ''}version{' '}
        {meta.datasetVersion ?? 'unknown'}, converted on {meta.convertedOn ?? 'unknown'}.
      </p>
      <nav aria-label="On this page">
        <ul>
          <li>
            <a href="#codebook">Codebook</a>
          </li>
          <li>
            <a href="#no-value">Four kinds of &ldquo;no value&rdquo;</a>
          </li>
          <li>
            <a href="#as-of">The as-of rule</a>
          </li>
          <li>
            <a href="#confidence">Confidence</a>
          </li>
          <li>
            <a href="#actor-kinds">Who is tracked, and who is counted</a>
          </li>
          <li>
            <a href="#coverage">Coverage</a>
          </li>
          <li>
            <a href="#corrections">Corrections</a>
          </li>
        </ul>
      </nav>
      <CodebookTables />
      <AsOfRule />
      <ConfidenceLegend />
      <section aria-labelledby="quote-roles">
        <h2 id="quote-roles">Quotes: due-diligence wording or context</h2>
        <p>
          Every quote is either the actor&apos;s own wording on due diligence or a <strong>context</strong> passage: an introductory or neighbouring passage (on
          sovereignty, on international law in general, on the norms as a set) that was read as evidence. A context quote is always labelled &ldquo;Context —
          not the due-diligence passage&rdquo;, on the pages, in the exports (<code>quote_role</code>) and in the briefing&apos;s footnotes. A record&apos;s
          confidence can differ per value; a value whose confidence differs from its document&apos;s shows its own.
        </p>
      </section>
      <ActorKinds />
      <CoverageTable asOf={today} coverage={coverage} />
      <section aria-labelledby="corrections">
        <h2 id="corrections">Corrections</h2>
        <p>
          Codings are append-only. A correction is recorded as a new coding that supersedes the old one; the old one stays in the database as history and is
          shown beside the current value in the evidence panel. A correction is a change of how <em>we</em> read a document, never a change of the actor&apos;s
          position: <a href="/changes">Changes</a> and its Atom feed list corrections apart, as &ldquo;Correction of our coding&rdquo;.
        </p>
      </section>
    </>
  );
}
