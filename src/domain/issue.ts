/** @module Problems found in input or data: a code, an English message and, when known, a range. */

export type IssueCode =
  | "not_found"
  | "unreadable"
  | "empty"
  | "too_large"
  | "binary"
  | "undecodable"
  | "no_main_text"
  | "personal_data_dump"
  /** A bug: a stage threw instead of returning a result (the CLI reports it per file and goes on). */
  | "internal_error";

export type Issue = {
  readonly code: IssueCode;
  readonly message: string;
  readonly range?: readonly [start: number, end: number];
};

export type Result<T, E = Issue> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });
