import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActorRow } from '@/components/editor/actor-row';
import { CodingSummary } from '@/components/editor/coding-summary';
import { DocumentPreview } from '@/components/editor/document-preview';
import { ProposalStatus, proposalKindLabel, proposalTitle } from '@/components/editor/proposal-status';
import { ReviewForm } from '@/components/editor/review-form';
import styles from '@/components/editor/editor.module.css';
import { ConfidenceBadge } from '@/components/positions/confidence-badge';
import { actorBySlug, positionOf } from '@/server/desk/reads';
import { getProposal, selfReviewAllowed } from '@/db/write';
import { DIMENSION_KEYS, DIMENSION_LABELS, valueLabel } from '@/lib/domain/codebook';
import { todayIso } from '@/lib/domain/dates';
import { roleAtLeast } from '@/lib/auth/roles';
import type { CorrectionPayload, NewDocumentPayload } from '@/lib/editorial/payloads';
import { requireDeskUser } from '@/server/auth/session';
import { getCodingForDesk, type CodingForDesk } from '@/server/desk/coding';
import { reviewAction } from './actions';
import { actorHref, proposeCorrectionHref, reviewHref } from '@/lib/url/hrefs';

export const metadata: Metadata = { title: 'Proposal' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function currentRow(actorSlug: string) {
  const actor = await actorBySlug(actorSlug);
  if (!actor) return null;
  const row = await positionOf(actor.id, todayIso());
  return row ? { name: actor.name, outcomes: DIMENSION_KEYS.map((d) => ({ dimension: d, outcome: row.outcomes[d]! })) } : null;
}

function NewDocumentBeforeAfter({ payload, before }: { payload: NewDocumentPayload; before: Awaited<ReturnType<typeof currentRow>> }) {
  return (
    <>
      <h2>Before</h2>
      {before ? (
        <ActorRow caption={`${before.name} today, in the matrix`} actorName={before.name} outcomes={before.outcomes} />
      ) : (
        <p>
          <strong>{payload.newActor?.name ?? payload.actorSlug}</strong> is not tracked yet: approving adds the actor.
        </p>
      )}
      <div className={styles.after}>
        <DocumentPreview payload={payload} actorName={payload.newActor?.name ?? before?.name ?? payload.actorSlug} />
      </div>
    </>
  );
}

function CorrectionAfter({ payload, target }: { payload: CorrectionPayload; target: CodingForDesk }) {
  return (
    <dl className="facts">
      <dt>Value</dt>
      <dd>{payload.value !== null ? valueLabel(target.dimension, payload.value) : <span className="outcome-not_coded">Not coded</span>}</dd>
      <dt>Confidence</dt>
      <dd>
        <ConfidenceBadge level={payload.confidence} />
        {payload.confidenceReason && <span className="muted"> — {payload.confidenceReason}</span>}
      </dd>
      <dt>Actor&apos;s words</dt>
      <dd>{payload.freeText ? <>&ldquo;{payload.freeText}&rdquo;</> : <span className="muted">none</span>}</dd>
      <dt>Passage</dt>
      <dd>
        {payload.passage ? `“${payload.passage.quote}” (${payload.passage.locator}${payload.passage.role === 'context' ? ', context' : ''})` : 'unchanged'}
      </dd>
      {payload.summary && (
        <>
          <dt>Summary</dt>
          <dd>{payload.summary}</dd>
        </>
      )}
    </dl>
  );
}

/** After publishing: where to see it, and a correction button for each coding it created. */
function PublishedLinks({ result }: { result: unknown }) {
  const r = (result ?? {}) as { documentSlug?: string; codingIds?: number[]; actorSlug?: string };
  const codings = (r.codingIds ?? []).map((id) => getCodingForDesk(id)).filter((c): c is CodingForDesk => c !== null);
  return (
    <section aria-labelledby="published-h">
      <h2 id="published-h">Published</h2>
      {codings[0] && (
        <p>
          <Link href={actorHref(codings[0].actor.slug, { document: codings[0].document.slug })}>See it on {codings[0].actor.name}&apos;s page</Link>
        </p>
      )}
      {codings.length > 0 && (
        <ul>
          {codings.map((c) => (
            <li key={c.id}>
              {DIMENSION_LABELS[c.dimension]}: {c.value !== null ? valueLabel(c.dimension, c.value) : c.freeText ? `“${c.freeText}”` : 'withdrawn'}
              {c.current ? (
                <>
                  {' '}
                  <Link className="button secondary" href={proposeCorrectionHref(c.id)}>
                    Propose a correction<span className="visually-hidden"> of {DIMENSION_LABELS[c.dimension]}</span>
                  </Link>
                </>
              ) : (
                <span className="muted"> (since corrected)</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function ProposalPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const user = await requireDeskUser(reviewHref(raw));
  if (!/^\d{1,12}$/.test(raw)) notFound();
  const proposal = getProposal(Number(raw));
  if (!proposal) notFound();
  const sp = await searchParams;
  const payload = proposal.payload;
  const target = payload.kind === 'correction' || payload.kind === 'withdrawal' ? getCodingForDesk(payload.codingId) : null;
  const before = payload.kind === 'new_document' ? await currentRow(payload.actorSlug) : null;
  const own = proposal.authorUserId === user.id;
  const mayReview = roleAtLeast(user.role, 'reviewer') && (!own || selfReviewAllowed());
  return (
    <>
      <p>
        <Link href="/editor/review">← Review queue</Link>
      </p>
      <h1>
        Proposal #{proposal.id}: {proposalTitle(proposal)}
      </h1>
      {sp.created === '1' && (
        <p className={styles.done} role="status">
          Proposal submitted. A reviewer other than you will approve or reject it.
        </p>
      )}
      {typeof sp.reviewed === 'string' && (
        <p className={styles.done} role="status">
          {sp.reviewed === 'approve' ? 'Approved and published: the public pages show it now.' : 'Rejected.'}
        </p>
      )}
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{proposalKindLabel(proposal.kind)}</dd>
        <dt>Status</dt>
        <dd>
          <ProposalStatus status={proposal.status} />
        </dd>
        <dt>Proposed by</dt>
        <dd>
          {proposal.authorLabel}, <time dateTime={proposal.createdAt}>{proposal.createdAt.slice(0, 16).replace('T', ' ')} UTC</time>
        </dd>
        <dt>Reason</dt>
        <dd>{proposal.reason}</dd>
        {proposal.reviewedAt && (
          <>
            <dt>Reviewed by</dt>
            <dd>
              {proposal.reviewerLabel}, <time dateTime={proposal.reviewedAt}>{proposal.reviewedAt.slice(0, 16).replace('T', ' ')} UTC</time>:{' '}
              {proposal.reviewReason}
            </dd>
          </>
        )}
      </dl>

      {payload.kind === 'new_document' ? (
        <NewDocumentBeforeAfter payload={payload} before={before} />
      ) : payload.kind === 'coding' ? (
        <div className={styles.row}>
          <section className={styles.before} aria-labelledby="before-h">
            <h2 id="before-h">Before</h2>
            <p>
              <span className="outcome-not_coded">Not coded</span>: {DIMENSION_LABELS[payload.dimension]} of {payload.actorSlug} in document{' '}
              {payload.documentSlug}.
            </p>
          </section>
          <section className={styles.after} aria-labelledby="after-h">
            <h2 id="after-h">After</h2>
            <CorrectionAfter payload={{ ...payload, kind: 'correction', codingId: 0 }} target={{ dimension: payload.dimension } as CodingForDesk} />
          </section>
        </div>
      ) : target ? (
        <div className={styles.row}>
          <section className={styles.before} aria-labelledby="before-h">
            <h2 id="before-h">Before</h2>
            <CodingSummary coding={target} />
          </section>
          <section className={styles.after} aria-labelledby="after-h">
            <h2 id="after-h">After</h2>
            {payload.kind === 'correction' ? (
              <CorrectionAfter payload={payload} target={target} />
            ) : (
              <p>Withdrawn: this coding no longer stands; the dimension shows as not coded for this document.</p>
            )}
          </section>
        </div>
      ) : (
        <p className="notice">The coding this proposal targets no longer exists.</p>
      )}

      {proposal.status === 'published' && <PublishedLinks result={proposal.result} />}

      {proposal.status === 'pending' && (
        <>
          <h2>Review</h2>
          {mayReview ? (
            <ReviewForm action={reviewAction} proposalId={proposal.id} />
          ) : (
            <p className="notice">
              {own ? 'You wrote this proposal: someone else must review it.' : 'Only a reviewer or an admin can approve or reject proposals.'}
            </p>
          )}
        </>
      )}
    </>
  );
}
