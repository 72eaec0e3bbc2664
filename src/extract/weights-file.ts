// A trained model's weights, read from the JSON file its training writes beside the module that uses
// it. The file is optional: without it that model has no say and the rules alone decide.
import { createRequire } from 'node:module';

/** The JSON file `file`, relative to the module at `moduleUrl`, or null when it is missing or unreadable. */
export function readWeightsFile<T>(moduleUrl: string, file: string): T | null {
  try {
    return createRequire(moduleUrl)(file) as T;
  } catch {
    return null;
  }
}
