/** Types for pathological-cases.mjs, so test/pathological.test.ts can share the case list with the bench. */
export declare const CASE_LENGTH: number;
export declare const TARGET_MS: number;
export declare const LEAD: string;
export declare const TAIL: string;
export type PathologicalCase = {
  readonly name: string;
  readonly description: string;
  make(): string;
  /** True for cases added beyond the list. */
  readonly extra?: boolean;
};
export declare const PATHOLOGICAL_CASES: readonly PathologicalCase[];
