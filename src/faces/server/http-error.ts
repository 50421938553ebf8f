/** @module Errors as the API returns them: `{ error: { code, message } }` with the right status, never a stack. */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "unprocessable"
  | "rate_limited"
  | "internal";

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
};

export type ErrorBody = { readonly error: { readonly code: ErrorCode; readonly message: string } };

/** An error a handler throws to answer with a status and a one-line message. */
export class HttpError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
  }
  get status(): ContentfulStatusCode {
    return STATUS[this.code];
  }
}

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

export function jsonError(c: Context, code: ErrorCode, message: string) {
  return c.json(errorBody(code, message), STATUS[code]);
}

export function statusOf(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code];
}
