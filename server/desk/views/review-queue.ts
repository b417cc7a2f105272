import 'server-only';
import { listProposals } from '@/db/queries/desk';
import { deskReviewQueueHref } from '@/lib/url/hrefs';
import { describeProposals } from './proposals';
import { deskView } from './load';

/** Proposals waiting for review (oldest first) and the latest decisions. */
export const loadReviewQueue = () =>
  deskView(deskReviewQueueHref(), async () => {
    const [pending, latest] = await Promise.all([listProposals({ status: 'pending' }), listProposals({ limit: 60 })]);
    const decided = latest.filter((p) => p.status !== 'pending').slice(0, 30);
    return { pending: await describeProposals(pending), decided: await describeProposals(decided) };
  });
