import { ACTOR_KIND_LABELS } from '@/lib/domain/vocabulary';

/** Why some actors are counted and others are not, and what literature is: shown on /method. */
export function ActorKinds() {
  return (
    <section aria-labelledby="actor-kinds">
      <h2 id="actor-kinds">Who is tracked, and who is counted</h2>
      <dl className="facts">
        <dt>{ACTOR_KIND_LABELS.state}</dt>
        <dd>
          All 193 UN member States are listed. Only States make and are bound by international law through their own practice and views, so only their positions
          are counted in totals, charts, coverage figures and the map. A State with no document tracked is listed as such.
        </dd>
        <dt>{ACTOR_KIND_LABELS.regional_org}</dt>
        <dd>
          The EU, NATO, the African Union, ASEAN, the OAS and the SCO, with their members on every date. Their documents are shown on their own row (a
          &ldquo;bloc&rdquo; row) and are never counted as positions of their member States.
        </dd>
        <dt>{ACTOR_KIND_LABELS.multilateral}</dt>
        <dd>
          Bodies of States acting together (the UN General Assembly, the GGE, the OEWG). Their reports record what States agreed; they are shown, not counted as
          any one State&apos;s position.
        </dd>
        <dt>{ACTOR_KIND_LABELS.expert_body}</dt>
        <dd>
          Groups of experts (the Tallinn Manual experts, the Inter-American Juridical Committee, the ILC): influential analyses, not State positions. Left out
          of State views unless asked for, and labelled when shown.
        </dd>
        <dt>{ACTOR_KIND_LABELS.court}</dt>
        <dd>
          The International Court of Justice. Its Corfu Channel judgment (1949) is a source of the principle in general international law; it does not address
          cyberspace, so it is coded <i>General law, not about cyberspace</i>, like the ILC&apos;s 2001 articles.
        </dd>
      </dl>
      <h3 id="literature-rule">Literature</h3>
      <p>
        Scholarship and expert reports <em>about</em> positions (theses, articles, research reports) are &ldquo;further reading&rdquo; on the pages of the
        actors they discuss and are searchable, labelled as literature. They are never a position: a report that finds Denmark holds due diligence binding is
        not Denmark&apos;s view, and literature never enters a count, a chart or the matrix.
      </p>
    </section>
  );
}
