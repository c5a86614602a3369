import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import * as repo from './work-order.repository';

/**
 * How many tracking numbers a process takes from the day's counter at once. The counter row is
 * locked until the reserving statement's commit (a WAL flush), so taking one number per order
 * queued every intake behind every other's flush (bench/intake). With blocks, one intake in
 * `blockSize` touches the counter. The price: numbers of a block a process did not use before
 * it stopped are skipped, and with several processes codes are not in order of arrival — a gap
 * in a register, as paper registers have, never a number given twice.
 */
export const blockSize = 20;

interface Block {
  day: string;
  next: number;
  last: number;
}

interface Numberer {
  block?: Block;
  reserving?: Promise<Block>;
}

const numberers = new WeakMap<Kysely<Database>, Numberer>();

/** The next tracking number of `day` (Asia/Shanghai) for this process. */
export async function nextWorkOrderNumber(db: Kysely<Database>, day: string): Promise<number> {
  let numberer = numberers.get(db);
  if (!numberer) {
    numberer = {};
    numberers.set(db, numberer);
  }
  for (;;) {
    const block = numberer.block;
    if (block && block.day === day && block.next <= block.last) return block.next++;
    // Requests arriving while a block is being reserved wait for that one block.
    numberer.reserving ??= reserve(db, day).finally(() => {
      (numberer as Numberer).reserving = undefined;
    });
    const reserved = await numberer.reserving;
    // Every waiter resumes before any later block arrives, so the first one installs this block
    // and the others draw from it; a block of another day (reserved around midnight) is not used.
    if (reserved.day === day) numberer.block = reserved;
  }
}

async function reserve(db: Kysely<Database>, day: string): Promise<Block> {
  const last = await repo.reserveNumbers(db, day, blockSize);
  return { day, next: last - blockSize + 1, last };
}
