import type { Metadata } from 'next';
import { connection } from 'next/server';
import { loadMethodView } from '@/server/views/method';
import { AsOfRule } from '@/components/method/as-of-rule';
import { CodebookTables } from '@/components/method/codebook-tables';
import { ConfidenceLegend } from '@/components/method/confidence-legend';
import { CODEBOOK_VERSION } from '@/lib/domain/codebook';

export const metadata: Metadata = { title: 'Method' };

export default async function MethodPage() {
  await connection();
  const { meta } = await loadMethodView();
  return (
    <>
      <h1>Method</h1>
      <p className="lede">
        The unit of analysis is one actor&apos;s position as expressed in one dated document. Values describe what the document says, never what we
        think the law is. Quotes are the actor&apos;s own words with a locator; summaries are ours.
      </p>
      <p className="muted">
        Codebook version {CODEBOOK_VERSION}. Dataset version {meta.datasetVersion ?? 'unknown'}, converted on {meta.convertedOn ?? 'unknown'}.
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
            <a href="#corrections">Corrections</a>
          </li>
        </ul>
      </nav>
      <CodebookTables />
      <AsOfRule />
      <ConfidenceLegend />
      <section aria-labelledby="corrections">
        <h2 id="corrections">Corrections</h2>
        <p>
          Codings are append-only. A correction is recorded as a new coding that supersedes the old one; the old one stays in the database as
          history and is shown beside the current value in the evidence panel.
        </p>
      </section>
    </>
  );
}
