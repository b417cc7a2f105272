import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { appendAudit, listAudit, recordAccountChange } from '@/db/write/audit';
import { inWriteTransaction } from '@/db/write/context';
import { ForbiddenError } from '@/db/write/errors';
import { seedTestDb } from '../helpers/db';
import { admin, editor, reviewer } from './helpers';

beforeAll(() => {
  seedTestDb();
});

describe('recordAccountChange', () => {
  it('writes an admin’s account change to the audit log as a user entry, with the reason', () => {
    recordAccountChange(
      { db, by: admin, why: 'admin set the role to reviewer' },
      {
        action: 'user.set_role',
        entityId: 'user-42',
        before: { role: 'editor' },
        after: { role: 'reviewer' },
      },
    );
    const rows = listAudit(db, { entity: 'user', entityId: 'user-42' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'user.set_role', writerLabel: admin.label, reason: 'admin set the role to reviewer', after: { role: 'reviewer' } });
  });

  it('refuses anyone but an admin and records nothing', () => {
    for (const who of [editor, reviewer]) {
      expect(() => recordAccountChange({ db, by: who, why: 'not mine to change' }, { action: 'user.revoke_sessions', entityId: 'user-43' })).toThrow(
        ForbiddenError,
      );
    }
    expect(listAudit(db, { entity: 'user', entityId: 'user-43' })).toHaveLength(0);
  });
});

describe('appendAudit', () => {
  it('refuses an event that does not match its kind’s schema, and the transaction writes nothing', () => {
    const before = listAudit(db, { limit: 1000 }).length;
    const bad = [
      { action: 'publish', entity: 'setting', entityId: 'x', after: {} },
      { action: 'setting.change', entity: 'setting', entityId: 'allow_self_review', before: { value: 'yes' }, after: { value: true } },
      { action: 'user.create', entity: 'user', entityId: 'u', after: { email: 'a@b.c' } },
    ];
    for (const event of bad) {
      expect(() => inWriteTransaction({ db, by: admin, why: 'a test' }, (ctx) => appendAudit(ctx, event as never))).toThrow();
    }
    expect(listAudit(db, { limit: 1000 })).toHaveLength(before);
  });
});
