// Counts the elementary work a piece of code does: elements visited by array methods, characters
// scanned or copied by string methods and regular expressions. Installed around a call and removed
// after it, so a test can tell linear from super-linear growth without timing anything.
type Method = (this: unknown, ...args: unknown[]) => unknown;

// Methods that visit every element or character (an upper bound for those that may stop early).
const ARRAY_VISITS = [
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'some',
  'every',
  'filter',
  'map',
  'flatMap',
  'forEach',
  'reduce',
  'includes',
  'join',
] as const;
const STRING_SCANS = [
  'includes',
  'trim',
  'trimStart',
  'trimEnd',
  'toLowerCase',
  'toUpperCase',
  'split',
  'normalize',
  'replace',
  'replaceAll',
  'match',
  'matchAll',
] as const;
const lengthOf = (x: unknown) => (x as { length: number }).length;

/** The work of one call of a method, from its receiver, its arguments and its result. */
type Cost = (self: unknown, args: unknown[], result: unknown) => number;

// A copy costs its length; a search, the distance it went.
const copied: Cost = (_self, _args, result) => lengthOf(result);
const searchedForward: Cost = (self, args, result) => {
  const from = Math.max(0, Number(args[1] ?? 0) || 0);
  return (result as number) >= 0 ? (result as number) - from + 1 : lengthOf(self) - from;
};
const searchedBack: Cost = (self, args, result) => {
  const from = Math.min(lengthOf(self), args[1] === undefined ? lengthOf(self) : Number(args[1]));
  return (result as number) >= 0 ? from - (result as number) + 1 : from + 1;
};

/** Each method counted, on its prototype, with the work of a call. */
const METHOD_COSTS: Array<[object, string, Cost]> = [
  ...ARRAY_VISITS.map((name): [object, string, Cost] => [Array.prototype, name, lengthOf]),
  ...STRING_SCANS.map((name): [object, string, Cost] => [String.prototype, name, lengthOf]),
  ...[Array.prototype, String.prototype].flatMap(
    (proto): Array<[object, string, Cost]> => [
      [proto, 'slice', copied],
      [proto, 'indexOf', searchedForward],
      [proto, 'lastIndexOf', searchedBack],
    ],
  ),
  [String.prototype, 'substring', copied],
  [String.prototype, 'startsWith', (_self, args) => String(args[0]).length],
  [String.prototype, 'endsWith', (_self, args) => String(args[0]).length],
  [Array.prototype, 'sort', (self) => lengthOf(self) * Math.ceil(Math.log2(lengthOf(self) + 1))],
];

/** Runs `fn` and returns its result with the work it did. */
export function measureWork<T>(fn: () => T): { result: T; work: number } {
  let work = 0;
  const restore: Array<() => void> = [];
  for (const [proto, name, cost] of METHOD_COSTS) {
    const original = (proto as Record<string, Method>)[name]!;
    (proto as Record<string, Method>)[name] = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      work += cost(this, args, result);
      return result;
    };
    restore.push(() => ((proto as Record<string, Method>)[name] = original));
  }
  // A regular expression scans from where it starts to where it matched, or to the end.
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const result = exec.call(this, input);
    work += (result ? result.index + result[0].length : String(input).length) - from + 1;
    return result;
  };
  restore.push(() => (RegExp.prototype.exec = exec));
  try {
    return { result: fn(), work };
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}
