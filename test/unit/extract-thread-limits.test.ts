// The extraction threads' young generation: started with the pool's limits, a thread that allocates as
// extraction does (much short-lived garbage, a little kept) grows its semi-spaces to 64 MB. How much less
// often it then collects is measured by the benchmark (docs/measurements.md): a count of collections
// here was within a few of the 32 MB thread's and crossed it under load.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { THREAD_RESOURCE_LIMITS } from '../../src/import/extract-pool.js';

/** Allocates rounds of short-lived objects, each round kept until the next, then reports the new
 *  space's size (both semi-spaces) in MB. */
const ALLOCATING = `
const { parentPort } = require('node:worker_threads');
const v8 = require('node:v8');
let kept = [];
for (let round = 0; round < 10; round++) {
  kept = [];
  for (let i = 0; i < 200000; i++) kept.push({ i, word: 'w' + i });
}
setTimeout(() => {
  const newSpace = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  parentPort.postMessage(newSpace.space_size / 2 ** 20);
}, 20);
`;

function allocateIn(resourceLimits: { maxYoungGenerationSizeMb: number }): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ALLOCATING, { eval: true, resourceLimits });
    worker.once('message', (newSpaceMb: number) => {
      resolve(newSpaceMb);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('an extraction thread', () => {
  it('grows 64 MB semi-spaces where the old limit stopped at 32 MB', async () => {
    const ours = await allocateIn(THREAD_RESOURCE_LIMITS);
    const smaller = await allocateIn({ maxYoungGenerationSizeMb: 96 });
    expect(ours).toBe(128);
    expect(smaller).toBe(64);
  });
});
