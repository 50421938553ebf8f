/** @module The HTML 404 of the pages: a page with its language, title, landmarks and heading (axe), not bare text. */
import type { Context } from "hono";
import { pickLang, translator } from "./i18n.js";
import { ErrorPage } from "./source-page.js";

const NO_PAGE = { ja: "このアドレスのページはありません。", en: "There is no page at this address." } as const;

/** 404 with the reader's language; `message` replaces the general "no page at this address". */
export function notFoundPage(
  c: Context,
  message?: { readonly ja: string; readonly en: string },
): Response | Promise<Response> {
  const lang = pickLang(c);
  const t = translator(lang);
  const url = new URL(c.req.url);
  return c.html(
    <ErrorPage
      lang={lang}
      t={t}
      path={`${url.pathname}${url.search}`}
      heading={t("not_found")}
      message={(message ?? NO_PAGE)[lang]}
    />,
    404,
  );
}
