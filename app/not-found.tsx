import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        Nothing here. Try <Link href="/actors">the actors</Link> or <Link href="/compare">the comparison</Link>.
      </p>
    </>
  );
}
