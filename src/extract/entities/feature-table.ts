// Weights of a linear model looked up by a feature's parts, so a feature made of a name and a value
// ("w=" and "obama") is never built as one string: building and hashing the joined string cost more
// than the rest of the scoring.

/** Takes one feature: a name alone ("bias"), or a name ending in "=" and its value ("w=", "obama"),
 *  the feature then being the two joined. */
export type FeatureSink = (name: string, value?: string) => void;

/** Weights by the parts a FeatureSink gets: a feature with "=" under the name up to its first "="
 *  (no name has another), then its value; one without, under itself. */
export interface FeatureTable {
  named: Map<string, number[]>;
  valued: Map<string, Map<string, number[]>>;
}

const tables = new WeakMap<Record<string, number[]>, FeatureTable>();

/** The table of `weights`, built once per weights (never changed after). */
export function featureTableOf(weights: Record<string, number[]>): FeatureTable {
  let table = tables.get(weights);
  if (table) return table;
  table = { named: new Map(), valued: new Map() };
  for (const [feature, w] of Object.entries(weights)) {
    const split = feature.indexOf('=') + 1;
    if (!split) {
      table.named.set(feature, w);
      continue;
    }
    const name = feature.slice(0, split);
    let values = table.valued.get(name);
    if (!values) table.valued.set(name, (values = new Map()));
    values.set(feature.slice(split), w);
  }
  tables.set(weights, table);
  return table;
}

/** The weights of one feature, undefined for a feature the model has none for. */
export const tableRow = (table: FeatureTable, name: string, value?: string): number[] | undefined =>
  value === undefined ? table.named.get(name) : table.valued.get(name)?.get(value);

/** The summed weights, one per label, of the features `emitAll` gives, added in the order given:
 *  features to look up, or weights looked up already (`add`, for features whose weights are kept). */
export function tableScores(table: FeatureTable, labels: number, emitAll: (emit: FeatureSink, add: (w: number[] | undefined) => void) => void): number[] {
  const s = new Array<number>(labels).fill(0);
  const add = (w: number[] | undefined) => {
    if (w) for (let i = 0; i < s.length; i++) s[i]! += w[i]!;
  };
  emitAll((name, value) => add(tableRow(table, name, value)), add);
  return s;
}
