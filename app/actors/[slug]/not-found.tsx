import { NotFoundMessage } from '@/components/ui/not-found-message';

/** Shown on client-side navigation to an unknown actor; a direct request is answered by proxy.ts and app/not-found.tsx. */
export default function ActorNotFound() {
  return <NotFoundMessage kind="actor" />;
}
