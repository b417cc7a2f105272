'use client';
import { useActionState } from 'react';
import { DIMENSION_LABELS, DIMENSIONS, getDimension } from '@/lib/domain/codebook';
import {
  ACTOR_KINDS,
  ACTOR_KIND_LABELS,
  CONFIDENCE_LABELS,
  CONFIDENCE_LEVELS,
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_LABELS,
  UN_REGIONAL_GROUPS,
} from '@/lib/domain/vocabulary';
import { QUOTE_ROLES } from '@/lib/editorial/payloads';
import { PASSAGE_SLOTS } from '@/lib/desk/document-form';
import type { DocumentFormState } from '@/lib/desk/propose-state';
import { DocumentPreview } from './document-preview';
import { FormMessage, Select, TextArea, TextField } from './field';
import styles from './editor.module.css';

type ActorOption = { slug: string; name: string; kind: string; documentCount: number };

const QUOTE_ROLE_LABELS: Record<(typeof QUOTE_ROLES)[number], string> = {
  due_diligence: 'The actor’s words on due diligence',
  context: 'Context only (surrounding text, labelled as context)',
};

/** Every field is a plain form control named by its payload path, so the form works without JavaScript. */
export function DocumentForm({
  action,
  actors,
  initialActor,
}: {
  action: (prev: DocumentFormState, form: FormData) => Promise<DocumentFormState>;
  actors: ActorOption[];
  initialActor: string;
}) {
  const [state, formAction, pending] = useActionState(action, { values: { actorSlug: initialActor }, errors: {} });
  const v = state.values;
  const e = state.errors;
  const slots = state.slots ?? PASSAGE_SLOTS;
  const errorCount = Object.keys(e).length;
  const coAuthors = new Set((v.coAuthors ?? '').split('\n').filter(Boolean));
  return (
    <>
      {state.preview && <DocumentPreview payload={state.preview} actorName={state.previewActorName ?? state.preview.actorSlug} />}
      <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
        <FormMessage message={state.message} errorCount={errorCount} />
        <input type="hidden" name="passageSlots" value={slots} />

        <fieldset className={styles.fieldset}>
          <legend>Actor</legend>
          <Select
            name="actorSlug"
            label="Filed under"
            defaultValue={v.actorSlug ?? ''}
            errors={e.actorSlug}
            hint="Choose a tracked actor, or leave “New actor” and fill in the fields below."
            options={[
              { value: '', label: '— New actor (fill in below) —' },
              ...actors.map((a) => ({ value: a.slug, label: `${a.name}${a.documentCount === 0 ? ' (no document yet)' : ''}` })),
            ]}
          />
          <details open={Boolean(v['newActor.name']) || Object.keys(e).some((k) => k.startsWith('newActor'))}>
            <summary>New actor</summary>
            <div className={styles.row}>
              <TextField name="newActor.name" label="Name" defaultValue={v['newActor.name']} errors={e['newActor.name']} />
              <TextField name="newActor.slug" label="Slug" defaultValue={v['newActor.slug']} errors={e['newActor.slug']} hint="Optional: made from the name." />
              <Select
                name="newActor.kind"
                label="Kind"
                defaultValue={v['newActor.kind'] ?? 'state'}
                errors={e['newActor.kind']}
                options={ACTOR_KINDS.map((k) => ({ value: k, label: ACTOR_KIND_LABELS[k] }))}
              />
              <TextField
                name="newActor.iso3"
                label="ISO 3166 alpha-3 code"
                defaultValue={v['newActor.iso3']}
                errors={e['newActor.iso3']}
                hint="Required for a State."
                maxLength={3}
              />
              <TextField name="newActor.region" label="Region" defaultValue={v['newActor.region']} errors={e['newActor.region']} />
              <TextField name="newActor.subregion" label="Subregion" defaultValue={v['newActor.subregion']} errors={e['newActor.subregion']} />
              <Select
                name="newActor.unRegionalGroup"
                label="UN regional group"
                defaultValue={v['newActor.unRegionalGroup'] ?? ''}
                errors={e['newActor.unRegionalGroup']}
                options={[{ value: '', label: '— none —' }, ...UN_REGIONAL_GROUPS.map((g) => ({ value: g, label: g }))]}
              />
            </div>
          </details>
          <div className={styles.field}>
            <label htmlFor="f-coAuthors">Co-authors (joint documents)</label>
            <select
              id="f-coAuthors"
              name="coAuthors"
              multiple
              size={5}
              defaultValue={[...coAuthors]}
              aria-describedby={e.coAuthors ? 'f-coAuthors-error' : 'f-coAuthors-hint'}
              aria-invalid={e.coAuthors ? true : undefined}
            >
              {actors.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.name}
                </option>
              ))}
            </select>
            <span id="f-coAuthors-hint" className={styles.hint}>
              Optional. Hold Ctrl (Cmd on a Mac) to choose several.
            </span>
            {e.coAuthors && (
              <span id="f-coAuthors-error" className={styles.error}>
                {e.coAuthors.join(' ')}
              </span>
            )}
          </div>
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>Document</legend>
          <TextField name="document.title" label="Title" required defaultValue={v['document.title']} errors={e['document.title']} />
          <TextField
            name="document.titleOriginal"
            label="Original title"
            defaultValue={v['document.titleOriginal']}
            errors={e['document.titleOriginal']}
            hint="If the document is not in English."
          />
          <div className={styles.row}>
            <TextField
              name="document.date"
              label="Date"
              required
              defaultValue={v['document.date']}
              errors={e['document.date']}
              hint="As precise as the document says: YYYY-MM-DD (day), YYYY-MM (month) or YYYY (year). The precision follows from what you write."
            />
            <Select
              name="document.type"
              label="Type"
              required
              defaultValue={v['document.type'] ?? ''}
              errors={e['document.type']}
              options={[{ value: '', label: '— choose —' }, ...DOCUMENT_TYPES.map((t) => ({ value: t, label: DOCUMENT_TYPE_LABELS[t] }))]}
            />
            <TextField
              name="document.language"
              label="Language"
              defaultValue={v['document.language']}
              errors={e['document.language']}
              hint="ISO 639 code, e.g. en, fr, es."
              maxLength={3}
            />
          </div>
          <TextField
            name="document.venue"
            label="Venue"
            required
            defaultValue={v['document.venue']}
            errors={e['document.venue']}
            hint="Where it was issued or delivered, e.g. UN OEWG 2021–2025, fifth session."
          />
          <TextField name="document.url" label="Official URL" type="url" defaultValue={v['document.url']} errors={e['document.url']} hint="http or https." />
          <TextField
            name="document.archiveUrl"
            label="Archive URL"
            type="url"
            defaultValue={v['document.archiveUrl']}
            errors={e['document.archiveUrl']}
            hint="A permanent copy, e.g. in a web archive."
          />
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>Passages (the actor&apos;s own words)</legend>
          {Array.from({ length: slots }, (_, i) => (
            <fieldset key={i} className={styles.fieldset}>
              <legend>Passage {i + 1}</legend>
              <TextArea
                name={`passages[${i}].quote`}
                label="Quote"
                defaultValue={v[`passages[${i}].quote`]}
                errors={e[`passages[${i}].quote`]}
                hint="Exactly as in the document."
                rows={3}
              />
              <div className={styles.row}>
                <TextField
                  name={`passages[${i}].locator`}
                  label="Locator"
                  defaultValue={v[`passages[${i}].locator`]}
                  errors={e[`passages[${i}].locator`]}
                  hint="Page, paragraph or section."
                />
                <Select
                  name={`passages[${i}].role`}
                  label="What the quote is"
                  defaultValue={v[`passages[${i}].role`] ?? 'due_diligence'}
                  errors={e[`passages[${i}].role`]}
                  options={QUOTE_ROLES.map((r) => ({ value: r, label: QUOTE_ROLE_LABELS[r] }))}
                />
              </div>
            </fieldset>
          ))}
          {e.passages && <p className={styles.error}>{e.passages.join(' ')}</p>}
          <div>
            <button type="submit" name="intent" value="more" className="secondary" disabled={pending}>
              More passage slots
            </button>
          </div>
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>Coding</legend>
          <p className={styles.hint}>
            “Not coded” means nobody has read the document for this point yet; it is different from “Silent” (read, and the document says nothing on it).
          </p>
          {DIMENSIONS.filter((d) => d.values.length > 0).map((d) => (
            <Select
              key={d.key}
              name={`codings.${d.key}`}
              label={DIMENSION_LABELS[d.key]}
              defaultValue={v[`codings.${d.key}`] ?? ''}
              errors={e[`codings.${d.key}`]}
              hint={d.question}
              options={[{ value: '', label: 'Not coded' }, ...d.values.map((x) => ({ value: x.value, label: x.label }))]}
            />
          ))}
          <TextArea
            name="codings.thresholdText"
            label="The actor’s words on the harm threshold"
            defaultValue={v['codings.thresholdText']}
            errors={e['codings.thresholdText']}
          />
          <TextArea
            name="codings.remedies"
            label={DIMENSION_LABELS.remedies}
            defaultValue={v['codings.remedies']}
            errors={e['codings.remedies']}
            hint={getDimension('remedies').question}
          />
          <div className={styles.row}>
            <Select
              name="confidence"
              label="Confidence"
              defaultValue={v.confidence ?? ''}
              errors={e.confidence}
              options={[{ value: '', label: '— none (nothing coded) —' }, ...CONFIDENCE_LEVELS.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))]}
            />
          </div>
          <TextArea
            name="confidenceReason"
            label="Why this confidence"
            defaultValue={v.confidenceReason}
            errors={e.confidenceReason}
            hint="E.g. read in the original; only a summary was available; translation."
          />
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>Our reading</legend>
          <TextArea name="summary" label="Summary" required defaultValue={v.summary} errors={e.summary} rows={4} />
          <TextArea
            name="sources"
            label="Sources (one URL per line)"
            defaultValue={v.sources}
            errors={
              e.sources ??
              Object.entries(e)
                .filter(([k]) => k.startsWith('sources['))
                .flatMap(([, m]) => m)
            }
            hint="Where you verified the document and the quotes."
          />
          <TextArea name="publicNote" label="Public note" defaultValue={v.publicNote} errors={e.publicNote} />
        </fieldset>

        <TextField
          name="reason"
          label="Reason for this proposal"
          required
          defaultValue={v.reason}
          errors={e.reason}
          hint="Recorded with the proposal and shown with the change, e.g. “New national position published”."
        />

        <div className={styles.actions}>
          <button type="submit" name="intent" value="preview" className="secondary" disabled={pending}>
            Preview
          </button>
          <button type="submit" name="intent" value="submit" disabled={pending}>
            Submit for review
          </button>
        </div>
      </form>
    </>
  );
}
