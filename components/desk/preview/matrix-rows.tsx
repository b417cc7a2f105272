import { DIMENSION_LABELS } from '@/lib/domain/codebook';
import type { ProposalPreview } from '@/server/desk/views/preview';
import { ActorRow } from './actor-row';

const listed = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** The actor's row of the matrix today and after publishing, by the as-of rule over all of its documents. */
export function MatrixRows({ rows, actorName, published }: { rows: NonNullable<ProposalPreview['rows']>; actorName: string; published: boolean }) {
  if (published) return <ActorRow caption={`${actorName}'s row in the matrix today (${rows.asOf})`} actorName={actorName} outcomes={rows.before} />;
  const changed = rows.changed.map((d) => DIMENSION_LABELS[d]);
  return (
    <>
      <p>
        {changed.length
          ? `Publishing changes the value of ${listed(changed)} in ${actorName}'s row.`
          : `Publishing changes no value in ${actorName}'s row: its other documents still decide every cell (the as-of rule).`}
      </p>
      <ActorRow caption={`${actorName} in the matrix today (${rows.asOf})`} actorName={actorName} outcomes={rows.before} />
      <ActorRow caption={`${actorName} in the matrix after publishing`} actorName={actorName} outcomes={rows.after} />
    </>
  );
}
