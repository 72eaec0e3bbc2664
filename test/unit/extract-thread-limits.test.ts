// The extraction threads' young generation: started with the pool's limits, a thread that allocates as
// extraction does (much short-lived garbage, a little kept) grows its semi-spaces to 64 MB and so
// collects half as often as with 32 MB ones.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { THREAD_RESOURCE_LIMITS } from '../../src/import/extract-pool.js';

/** Allocates rounds of short-lived objects, each round kept until the next, then reports its young
 *  collections and the new space's size (both semi-spaces) in MB. */
const ALLOCATING = `
const { parentPort } = require('node:worker_threads');
const { PerformanceObserver, constants } = require('node:perf_hooks');
const v8 = require('node:v8');
let young = 0;
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR) young++;
});
observer.observe({ entryTypes: ['gc'] });
let kept = [];
for (let round = 0; round < 10; round++) {
  kept = [];
  for (let i = 0; i < 200000; i++) kept.push({ i, word: 'w' + i });
}
setTimeout(() => {
  observer.disconnect();
  const newSpace = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  parentPort.postMessage({ young, newSpaceMb: newSpace.space_size / 2 ** 20 });
}, 20);
`;

function allocateIn(resourceLimits: { maxYoungGenerationSizeMb: number }): Promise<{ young: number; newSpaceMb: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ALLOCATING, { eval: true, resourceLimits });
    worker.once('message', (m: { young: number; newSpaceMb: number }) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('an extraction thread', () => {
  it('grows 64 MB semi-spaces and collects young garbage less often than with 32 MB ones', async () => {
    const ours = await allocateIn(THREAD_RESOURCE_LIMITS);
    const smaller = await allocateIn({ maxYoungGenerationSizeMb: 96 });
    expect(ours.newSpaceMb).toBe(128);
    expect(smaller.newSpaceMb).toBe(64);
    expect(ours.young).toBeLessThan(smaller.young);
  });
});
