import Link from 'next/link';

/** What a 404 says, per kind of address; shared by the root not-found page and the segment not-found boundaries. */
export type NotFoundKind = 'actor' | 'dimension' | 'page';

export function notFoundKind(raw: string | null | undefined): NotFoundKind {
  return raw === 'actor' || raw === 'dimension' ? raw : 'page';
}

export function NotFoundMessage({ kind }: { kind: NotFoundKind }) {
  if (kind === 'actor') {
    return (
      <>
        <h1>Actor not found</h1>
        <p>
          The tracker has no actor at this address. See <Link href="/actors">the list of actors</Link>.
        </p>
      </>
    );
  }
  if (kind === 'dimension') {
    return (
      <>
        <h1>Dimension not found</h1>
        <p>
          The codebook has no dimension at this address. <Link href="/method">The method page</Link> lists every dimension.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Page not found</h1>
      <p>
        Nothing here. Try <Link href="/actors">the actors</Link> or <Link href="/compare">the comparison</Link>.
      </p>
    </>
  );
}
