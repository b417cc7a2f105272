import type { ReactNode } from 'react';
import { QuoteChecks } from '@/components/sources/quote-checks';
import type { ProposalPreview } from '@/server/desk/views/preview';
import { CodingAfter } from './coding-after';
import { CodingSummary } from './coding-summary';
import { DocumentChanges } from './document-changes';
import { DocumentPreview } from './document-preview';
import { DuplicateWarning } from './duplicate-warning';
import { MatrixRows } from './matrix-rows';
import styles from '../desk.module.css';

/** Where a proposal stands: a form's preview, waiting for review, published, or rejected. */
export type PreviewStage = 'preview' | 'pending' | 'published' | 'rejected';

const HEADINGS: Record<PreviewStage, string> = {
  preview: 'Preview (nothing is saved yet)',
  pending: 'What approving publishes',
  published: 'What was published',
  rejected: 'What was proposed (not published)',
};

function BeforeAfter({ id, before, after }: { id: string; before: ReactNode; after: ReactNode }) {
  return (
    <div className={styles.row}>
      <section className={styles.before} aria-labelledby={`${id}-before`}>
        <h3 id={`${id}-before`}>Before</h3>
        {before}
      </section>
      <section className={styles.after} aria-labelledby={`${id}-after`}>
        <h3 id={`${id}-after`}>After</h3>
        {after}
      </section>
    </div>
  );
}

function Change({ preview, id }: { preview: ProposalPreview; id: string }) {
  const { payload: p, target, actor, document } = preview;
  if (p.kind === 'new_document') return <DocumentPreview payload={p} actorName={actor.name} />;
  if (p.kind === 'document_correction' || p.kind === 'document_withdrawal') {
    if (!document) return <p className="notice">The document this proposal changes is no longer tracked for {actor.name}.</p>;
    if (p.kind === 'document_correction') return <DocumentChanges changes={document.changes} title={document.current.title} />;
    return (
      <p>
        Withdrawn: “{document.current.title}” leaves the actor pages, the matrix, the counts and the briefings; the public list of corrections keeps it with the
        reason.
      </p>
    );
  }
  if (p.kind === 'coding') {
    const before = (
      <p>
        <span className="outcome-not_coded">Not yet coded</span> for {actor.name} in this document.
      </p>
    );
    return <BeforeAfter id={id} before={before} after={<CodingAfter dimension={p.dimension} coding={p} />} />;
  }
  if (p.kind === 'attach_source') {
    return (
      <p>
        The file {p.source.file.fileName} becomes the stored source of this document: readers can search its text and read each quote in context. A source we
        hold now stays as history.
      </p>
    );
  }
  if (!target) return <p className="notice">The coding this proposal corrects no longer exists.</p>;
  const after =
    p.kind === 'correction' ? (
      <CodingAfter dimension={target.dimension} coding={p} keptWords={target.freeText} />
    ) : (
      <p>Withdrawn: we no longer stand by this coding; the dimension shows as not coded for this document, and the history keeps the earlier value.</p>
    );
  return <BeforeAfter id={id} before={<CodingSummary coding={target} />} after={after} />;
}

/**
 * A proposal as it will look (or looked) in the public record: the document or coding itself, and the actor's row of
 * the matrix before and after. One component for a form's preview and a proposal's page, so both show the same.
 */
export function ProposalPreviewView({
  preview,
  stage,
  id = 'proposal',
  note,
}: {
  preview: ProposalPreview;
  stage: PreviewStage;
  id?: string;
  note?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="preview">
      <h2 id={`${id}-heading`}>{HEADINGS[stage]}</h2>
      {note}
      {(stage === 'preview' || stage === 'pending') && <DuplicateWarning matches={preview.duplicates} id={id} stage={stage} />}
      <QuoteChecks quotes={preview.quotes} stage={stage} kind={preview.payload.kind} id={id} />
      <Change preview={preview} id={id} />
      {preview.rows && stage !== 'rejected' && (
        <>
          <h3>In the comparison matrix</h3>
          <MatrixRows rows={preview.rows} actorName={preview.actor.name} published={stage === 'published'} />
        </>
      )}
    </section>
  );
}
