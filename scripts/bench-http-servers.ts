/**
 * The processes scripts/bench-http.ts measures: the production server (scripts/serve.ts, as `npm run serve` starts
 * it) and the limit (scripts/bench-limit-server.ts). Each runs detached in its own process group, so stopping it
 * stops tsx and the node child it starts, and the CPU time of the group is the server's CPU time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type ServerOptions = { appDir: string; distDir: string; port: number };

function tsxBin(appDir: string): string {
  // A checkout without its own node_modules (a "before" copy) resolves packages from this one's.
  return [appDir, process.cwd()].map((d) => join(d, 'node_modules', '.bin', 'tsx')).find((p) => existsSync(p))!;
}

export function startApp(dbPath: string, { appDir, distDir, port }: ServerOptions, extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn(tsxBin(appDir), ['scripts/serve.ts'], {
    cwd: appDir,
    env: {
      ...process.env,
      DATABASE_URL: dbPath,
      PORT: String(port),
      LISTEN_HOST: '127.0.0.1',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: distDir,
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
}

export function startLimit(port: number, manifestPath: string): ChildProcess {
  return spawn(tsxBin(process.cwd()), ['scripts/bench-limit-server.ts', String(port), manifestPath], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
}

export async function waitReady(server: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer in 90 s`);
}

export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return;
  const exited = new Promise((r) => server.once('exit', r));
  process.kill(-server.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * CPU time (user + system, ms) of every live process in the server's process group, from /proc; NaN where /proc is
 * missing. Differences over a load cell give CPU per request, which the machine's other load barely changes (unlike
 * wall-clock latency).
 */
export function groupCpuMs(server: ChildProcess): number {
  if (!existsSync('/proc/self/stat') || server.pid === undefined) return NaN;
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      // Fields after the command name, which is in parentheses and may contain spaces.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[2] is pgrp, [11] utime, [12] stime (proc(5), counting from the state field).
      if (Number(fields[2]) === server.pid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
