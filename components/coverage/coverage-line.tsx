import { coverageLine, notCodedText, type Coverage } from '@/lib/domain/coverage';
import { formatPartialDate } from '@/lib/domain/dates';
import { plural } from '@/lib/domain/plural';

type Props = {
  /** The dimension's label ("Knowledge"). */
  label: string;
  coverage: Coverage;
  asOf: string;
  /** Where the States not yet coded on this dimension are listed (e.g. the matrix filtered to "not yet coded"). */
  notCodedHref?: string;
  id?: string;
};

/**
 * "Knowledge: coded for 5 of 70 States with a document, as of 6 December 2026. See the 65 not yet coded." — said up
 * front wherever a "how" question is asked (dimension pages, the briefing, the map). Plain markup, no client code.
 */
export function CoverageLine({ label, coverage, asOf, notCodedHref, id }: Props) {
  const notCoded = notCodedText(coverage);
  return (
    <p id={id} className="coverage-line" data-coded={coverage.coded} data-with-document={coverage.coded + coverage.notCoded}>
      <strong>{coverageLine(label, coverage)}</strong>, as of {formatPartialDate(asOf)}.{' '}
      {notCoded && notCodedHref && (
        <>
          <a href={notCodedHref}>See the {notCoded}</a>.{' '}
        </>
      )}
      {coverage.noDocument > 0 && `${plural(coverage.noDocument, 'State')} ${coverage.noDocument === 1 ? 'has' : 'have'} no document tracked on that date.`}
    </p>
  );
}
