/**
 * Preloaded into the profiled server by scripts/bench-profile.ts (NODE_OPTIONS=--import): V8's CPU profiler — the
 * one `node --cpu-prof` runs — switched on and off by SIGUSR2, so each profile covers only the requests being
 * studied, not the start-up. Each profile is written as <BENCH_PROFILE_OUT>-<pid>-<n>.cpuprofile. Every process of
 * the group gets the signal (tsx and the node it starts); the one that served the requests has the busy profile.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const session = new Session();
session.connect();
let running = false;
let count = 0;
process.on('SIGUSR2', () => {
  if (!running) {
    running = true;
    session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start')));
    return;
  }
  running = false;
  session.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(`${process.env.BENCH_PROFILE_OUT}-${process.pid}-${count++}.cpuprofile`, JSON.stringify(result.profile));
  });
});
