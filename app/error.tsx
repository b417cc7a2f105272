'use client';

import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <>
      <h1>Something went wrong</h1>
      <p>The page could not be built. {error.digest && <>Reference: {error.digest}.</>}</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
