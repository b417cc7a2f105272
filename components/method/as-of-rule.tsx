import { AS_OF_RULE_SENTENCE } from '@/lib/domain/as-of';
export function AsOfRule() {
  return (
    <section aria-labelledby="as-of">
      <h2 id="as-of">The as-of rule</h2>
      <p>{AS_OF_RULE_SENTENCE}</p>
      <ol>
        <li>
          Take the actor&apos;s documents in effect on the date: those it issued, and joint documents it co-authored. A document dated &ldquo;2021&rdquo; is in
          effect from 31 December 2021; one dated &ldquo;June 2017&rdquo; from 30 June 2017.
        </li>
        <li>
          If there are none, the outcome is <strong>no document tracked</strong>.
        </li>
        <li>
          Every value falls in a tier: <strong>a legal view</strong> (binding obligation, voluntary norm only, unsettled / open, rejects, general law not about
          cyberspace, and every sub-dimension value except &ldquo;not addressed&rdquo;); <strong>support without a legal view</strong> (applicability only); and{' '}
          <strong>no finding</strong> (silent, or not addressed).
        </li>
        <li>
          The position is the value of the latest document in the highest tier present. &ldquo;Latest&rdquo; orders documents by the day they take effect, then
          by the date as written, then by record id. So a later political endorsement never replaces an earlier legal view (Japan stays{' '}
          <i>binding obligation</i> after its Ambassador&apos;s same-day statement), a later legal view always replaces an earlier one, and a later silence
          never erases anything; the view names such later documents beside the value.
        </li>
        <li>
          If no document in effect has been coded on the dimension, the outcome is <strong>not yet coded</strong>.
        </li>
        <li>
          When a later document in effect has not been coded on the dimension, the older value is shown with a note such as &ldquo;a 2025 document is not yet
          coded&rdquo;.
        </li>
        <li>Documents dated after the as-of date never influence the outcome.</li>
      </ol>
    </section>
  );
}
