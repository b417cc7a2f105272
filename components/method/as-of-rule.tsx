/** The as-of rule in words; docs/method.md holds the same text for readers of the repository. */
export const AS_OF_RULE_SENTENCE =
  "An actor's position on a dimension as of a date is taken from its latest coded document dated on or before that date (a date known only to the month or year counts from the end of that period), and a later silence does not erase an earlier stated view.";

export function AsOfRule() {
  return (
    <section aria-labelledby="as-of">
      <h2 id="as-of">The as-of rule</h2>
      <p>{AS_OF_RULE_SENTENCE}</p>
      <ol>
        <li>Take the actor&apos;s documents in effect on the date. A document dated &ldquo;2021&rdquo; is in effect from 31 December 2021; one dated &ldquo;June 2017&rdquo; from 30 June 2017.</li>
        <li>If there are none, the outcome is <strong>no document tracked</strong>.</li>
        <li>Among them, take the latest current coding of the dimension with a substantive value. A later <i>silent</i> (or <i>not addressed</i>) document does not erase it; the view says so beside the value.</li>
        <li>If every coded document is silent on the point, the outcome is <strong>silent</strong> (for sub-dimensions, <i>not addressed</i>).</li>
        <li>If no document in effect has been coded on the dimension, the outcome is <strong>not yet coded</strong>.</li>
        <li>When a later document in effect has not been coded on the dimension, the older value is shown with a note such as &ldquo;a 2025 document is not yet coded&rdquo;.</li>
        <li>Documents dated after the as-of date never influence the outcome.</li>
      </ol>
    </section>
  );
}
