'use client';
import { slotCount } from '@/lib/desk/document-form';
import type { ActorOption } from '@/server/desk/views/propose-document';
import type { ProposalPreview } from '@/server/desk/views/preview';
import { ErrorSummary } from '../form/error-summary';
import { TextArea, TextField } from '../form/field';
import { FormButtons } from '../form/form-buttons';
import { useDeskForm, type DeskFormAction } from '../form/use-desk-form';
import { ProposalPreviewView } from '../preview/proposal-preview';
import { ActorFields } from './actor-fields';
import { CodingFields } from './coding-fields';
import { DocumentFields } from './document-fields';
import { PassageFields } from './passage-fields';
import { SourceFields } from '../source-fields';
import styles from '../desk.module.css';

/** A new document: every field is a plain form control named by its payload path, so the form works without JavaScript. */
export function DocumentForm({
  action,
  actors,
  initialActor,
  today,
}: {
  action: DeskFormAction<ProposalPreview>;
  actors: ActorOption[];
  initialActor: string;
  /** The default date a source file was obtained. */
  today: string;
}) {
  const { state, formAction, pending, field } = useDeskForm('document', action, { initial: { actorSlug: initialActor } });
  const slots = slotCount(state.values.passageSlots);
  const newActorOpen = Boolean(state.values['newActor.name']) || Object.keys(state.errors).some((k) => k.startsWith('newActor'));
  return (
    <>
      {state.preview && <ProposalPreviewView preview={state.preview} stage="preview" />}
      <form key={state.rev ?? 0} action={formAction} className={styles.form} noValidate>
        <ErrorSummary form="document" state={state} />
        <input type="hidden" name="passageSlots" value={slots} />
        <ActorFields field={field} actors={actors} newActorOpen={newActorOpen} />
        <DocumentFields field={field} />
        <PassageFields field={field} slots={slots} pending={pending} listErrors={state.errors.passages} />
        <CodingFields field={field} />
        <fieldset className={styles.fieldset}>
          <legend>Our reading</legend>
          <TextArea {...field('summary')} rows={4} />
          <TextArea {...field('sources')} />
          <TextArea {...field('publicNote')} />
        </fieldset>
        <SourceFields field={field} legend="Source file (optional)" today={today} />
        <TextField {...field('reason')} />
        <FormButtons pending={pending} submit="Submit for review" />
      </form>
    </>
  );
}
