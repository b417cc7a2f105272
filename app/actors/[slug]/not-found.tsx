import Link from 'next/link';

export default function ActorNotFound() {
  return (
    <>
      <h1>Actor not found</h1>
      <p>
        The tracker has no actor at this address. See <Link href="/actors">the list of actors</Link>.
      </p>
    </>
  );
}
