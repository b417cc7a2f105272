import { describe, expect, it } from 'vitest';
import { DESK_FORMS, errorItems, fieldId, summaryLabel, type DeskForm } from '@/lib/desk/fields';

describe('the desk field map', () => {
  it('gives every field of every form its own id, so two forms on a page never share one', () => {
    const ids = Object.entries(DESK_FORMS).flatMap(([form, fields]) => Object.keys(fields).map((name) => fieldId(form as DeskForm, name)));
    expect(new Set(ids).size).toBe(ids.length);
    // The correction and the withdrawal of one coding share a page: each reason label points to its own field.
    expect(fieldId('correction', 'reason')).not.toBe(fieldId('withdrawal', 'reason'));
    expect(fieldId('role', 'role', 'user-1')).not.toBe(fieldId('role', 'role', 'user-2'));
  });

  it('names a field in the summary by its group and label, with the slot of a repeated field', () => {
    expect(summaryLabel('document', 'passages[2].quote')).toBe('Passage 3: Quote');
    expect(summaryLabel('document', 'newActor.name')).toBe('New actor: Name');
    expect(summaryLabel('document', 'codings.knowledge')).toBe('Coding: Knowledge');
    expect(summaryLabel('withdrawal', 'reason')).toBe('Reason for the withdrawal');
  });

  it('lists errors in the order of the form, each linked to its field unless the field is hidden', () => {
    const items = errorItems('document', {
      reason: ['Give a reason.'],
      'passages[1].quote': ['Fill in the quote.'],
      'document.title': ['Fill in the title.'],
      'document.slug': ['Taken.'],
    });
    expect(items.map((i) => i.name)).toEqual(['document.title', 'document.slug', 'passages[1].quote', 'reason']);
    expect(items.map((i) => i.href)).toEqual(['#document-document-title', null, '#document-passages-1--quote', '#document-reason']);
  });
});
