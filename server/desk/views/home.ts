import 'server-only';
import { listProposals } from '@/db/queries/desk';
import { roleAtLeast } from '@/lib/desk/roles';
import { deskHref } from '@/lib/url/hrefs';
import { describeProposals } from './proposals';
import { deskView } from './load';

/** The desk's front page: what the signed-in person proposed, and how many proposals wait for review. */
export const loadDeskHome = () =>
  deskView(deskHref(), async (user) => {
    const [mine, pending] = await Promise.all([listProposals({ authorUserId: user.id, limit: 50 }), listProposals({ status: 'pending' })]);
    return { mine: await describeProposals(mine), pendingCount: pending.length, canReview: roleAtLeast(user.role, 'reviewer') };
  });
