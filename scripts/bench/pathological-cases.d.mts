/** Types for pathological-cases.mjs, so test/pathological.test.ts can share the case list with the bench. */
export declare const CASE_LENGTH: number;
export declare const TARGET_MS: number;
export type PathologicalCase = {
  readonly name: string;
  readonly description: string;
  make(): string;
};
export declare const PATHOLOGICAL_CASES: readonly PathologicalCase[];
