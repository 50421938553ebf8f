/** @module Pure helpers for HTTP responses: Content-Type parts, redirect targets, header values, durations. */

export type ContentTypeParts = {
  /** Lower-cased media type, e.g. `text/html`. */
  readonly mediaType?: string;
  /** The `charset` parameter as sent (quotes removed), e.g. `Shift_JIS`. */
  readonly charset?: string;
};

/**
 * Splits a Content-Type header into media type and charset.
 * @example parseContentType('text/html; charset="Shift_JIS"') // { mediaType: "text/html", charset: "Shift_JIS" }
 */
export function parseContentType(header: string | undefined): ContentTypeParts {
  if (header === undefined) return {};
  const [type = "", ...params] = header.split(";");
  const mediaType = type.trim().toLowerCase();
  const charset = params
    .map((param) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(param)?.[1])
    .find((value) => value !== undefined);
  return {
    ...(mediaType === "" ? {} : { mediaType }),
    ...(charset === undefined ? {} : { charset }),
  };
}

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export function isRedirectStatus(status: number): boolean {
  return REDIRECT_STATUSES.has(status);
}

/** Absolute URL of a redirect's Location, resolved against the URL that answered; null when it is not a URL. */
export function toRedirectUrl(location: string, base: URL): URL | null {
  try {
    const target = new URL(location, base);
    target.hash = "";
    return target;
  } catch {
    return null;
  }
}

/** True for the schemes roei fetches. */
export function isHttpScheme(url: URL): boolean {
  return url.protocol === "http:" || url.protocol === "https:";
}

/** One header value: the first of a repeated header, undefined when missing or empty. */
export function headerValue(value: string | readonly string[] | undefined): string | undefined {
  const first = typeof value === "string" ? value : value?.[0];
  const trimmed = first?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}

/** 15 s, 0.2 s. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** URL hostname without the brackets of an IPv6 literal. */
export function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}
