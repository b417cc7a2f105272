/**
 * Lets Next.js write a response into memory instead of the socket, so the page cache can store the final bytes and
 * then send them itself. Only the instance's methods are replaced (and restored when Next ends the response); the
 * headers Next sets stay on the real response object, where the cache reads them.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

export type Captured = { status: number; body: Buffer };

type Callback = (error?: Error | null) => void;

function toBuffer(chunk: unknown, encoding?: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}

export function captureResponse(res: ServerResponse): Promise<Captured> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const patched = res as unknown as Record<string, unknown>;
    const restore = () => {
      // Own properties shadow the prototype's methods; deleting them gives the real ones back.
      for (const name of ['writeHead', 'write', 'end', 'flushHeaders']) delete patched[name];
    };
    patched.writeHead = (status: number, ...rest: unknown[]) => {
      res.statusCode = status;
      if (typeof rest[0] === 'string') res.statusMessage = rest.shift() as string;
      const headers = rest[0] as OutgoingHttpHeaders | string[] | undefined;
      if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i]!, headers[i + 1]!);
      } else if (headers) {
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
      }
      return res;
    };
    patched.flushHeaders = () => {};
    patched.write = (chunk: unknown, encoding?: unknown, cb?: Callback) => {
      const buf = toBuffer(chunk, encoding);
      if (buf) chunks.push(buf);
      const done = typeof encoding === 'function' ? (encoding as Callback) : cb;
      if (done) process.nextTick(done);
      return true;
    };
    patched.end = (chunk?: unknown, encoding?: unknown, cb?: Callback) => {
      const buf = toBuffer(chunk, encoding);
      if (buf) chunks.push(buf);
      restore();
      const done = typeof chunk === 'function' ? (chunk as Callback) : typeof encoding === 'function' ? (encoding as Callback) : cb;
      resolve({ status: res.statusCode, body: Buffer.concat(chunks) });
      if (done) process.nextTick(done);
      return res;
    };
  });
}
