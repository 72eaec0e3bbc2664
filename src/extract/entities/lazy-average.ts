// The average of a perceptron's weights over all its steps (Collins 2002), kept lazily: beside each
// weight, its sum over the steps before its last change (`total`) and that step (`stamp`), so an
// update costs only the weights it touches and the average is taken once, at the end. Used by the
// typer's and the span tagger's training.

/** Adds `delta` to weight `t` of `w` at `step`, first adding to its total what it held since its last change. */
export function bump(w: number[], total: number[], stamp: number[], t: number, delta: number, step: number): void {
  total[t]! += (step - stamp[t]!) * w[t]!;
  stamp[t] = step;
  w[t]! += delta;
}

/** The weights `w` averaged over `step` steps. */
export function averageOf(w: number[], total: number[], stamp: number[], step: number): number[] {
  return w.map((x, t) => (total[t]! + (step - stamp[t]!) * x) / step);
}
