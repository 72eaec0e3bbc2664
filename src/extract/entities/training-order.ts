// The order the perceptrons see their examples in: shuffled each epoch from a seed, so training is
// deterministic.

/** A pseudo-random stream in [0, 1) from `seed` (a linear congruential generator). */
export function seededRandom(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** The indexes 0..n-1 in an order drawn from `random` (Fisher–Yates). */
export function shuffledIndexes(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
