import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, AUDIT_EVENT_SCHEMAS, auditEventSchema, isAuditAction, isAuditEntity } from '@/lib/audit/events';

describe('audit event kinds', () => {
  it('define each action × entity once', () => {
    const kinds = AUDIT_EVENT_SCHEMAS.map((s) => `${s.shape.action.value} ${s.shape.entity.value}`);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(AUDIT_ACTIONS).toContain('proposal.approve');
    expect(AUDIT_ENTITIES).toContain('coding');
    expect(isAuditAction('publish') && isAuditEntity('dataset')).toBe(true);
    expect(isAuditAction('delete') || isAuditEntity('table')).toBe(false);
  });

  it('parse a valid event and store its entity id as text', () => {
    expect(auditEventSchema.parse({ action: 'publish', entity: 'coding', entityId: 42, after: { id: 42 } })).toMatchObject({ entityId: '42' });
    expect(
      auditEventSchema.parse({ action: 'setting.change', entity: 'setting', entityId: 'allow_self_review', before: { value: false }, after: { value: true } }),
    ).toBeTruthy();
  });

  it('refuse an action with the wrong entity, and a before or after of the wrong shape', () => {
    expect(auditEventSchema.safeParse({ action: 'publish', entity: 'setting', after: {} }).success).toBe(false);
    expect(auditEventSchema.safeParse({ action: 'import', entity: 'dataset', after: 'counts' }).success).toBe(false);
    expect(auditEventSchema.safeParse({ action: 'user.set_role', entity: 'user', before: null, after: { role: 3 } }).success).toBe(false);
  });
});
