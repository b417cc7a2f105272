/** npm run db:setup: create or migrate the database at DATABASE_URL and load the project's seed. Safe to re-run. */
import { runSeed, DEFAULT_SEED_DIR } from '@/seed/index';

try {
  runSeed(DEFAULT_SEED_DIR);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
