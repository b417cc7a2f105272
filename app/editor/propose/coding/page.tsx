import type { Metadata } from 'next';
import Link from 'next/link';
import { CorrectionForm } from '@/components/editor/correction-form';
import { authoredDocument } from '@/server/desk/reads';
import { DIMENSION_LABELS, getDimension, isDimensionKey } from '@/lib/domain/codebook';
import { formatPartialDate } from '@/lib/domain/dates';
import { requireDeskUser } from '@/server/auth/session';
import { proposeCodingAction } from '../correction/actions';
import { proposeCodingHref } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Code a dimension' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === 'string' && v.length <= 200 ? v : '');

/** Code a dimension that is not yet coded for an existing document of an actor (from the verification queue). */
export default async function CodingPage({ searchParams }: Props) {
  const sp = await searchParams;
  const documentSlug = one(sp.document);
  const actorSlug = one(sp.actor);
  const dimension = one(sp.dimension);
  await requireDeskUser(proposeCodingHref({ document: documentSlug, actor: actorSlug, dimension }));
  const row = await authoredDocument(documentSlug, actorSlug);
  if (!row || !isDimensionKey(dimension)) {
    return (
      <>
        <h1>Code a dimension</h1>
        <p className="notice">
          No such document, actor or dimension. Start from the <Link href="/editor/verify">verification queue</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>
        Code {DIMENSION_LABELS[dimension]} for {row.name}
      </h1>
      <p className="lede">
        In “{row.title}” ({formatPartialDate(row.date)}). {getDimension(dimension).question} Now: <span className="outcome-not_coded">not yet coded</span>.
      </p>
      <CorrectionForm
        action={proposeCodingAction}
        current={{ dimension, value: null, freeText: null, confidence: 'medium', confidenceReason: null }}
        hidden={{ documentSlug, actorSlug, dimension }}
        submitLabel="Submit coding for review"
        reasonLabel="Reason for this coding"
      />
    </>
  );
}
