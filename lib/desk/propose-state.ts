import type { FormState } from '@/lib/auth/form-state';
import type { NewDocumentPayload } from '@/lib/editorial/payloads';

/** The new-document form's state: the usual form state, plus a validated payload to preview. */
export type DocumentFormState = FormState & { preview?: NewDocumentPayload; previewActorName?: string; slots?: number };
