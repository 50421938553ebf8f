/** @module The page frame every screen shares: head, navigation, language switch, main landmark. */
import type { Child } from "hono/jsx";
import type { Lang, Translate } from "./i18n.js";

export type PageProps = {
  readonly lang: Lang;
  readonly t: Translate;
  readonly title: string;
  /** The current path with its query, for the language switch. */
  readonly path: string;
  readonly active?: string;
  /** The Atom feed of this page (a list's feed keeps its query); default: the newest incidents. */
  readonly feed?: string;
  /** Extra scripts (same-origin files under /static). */
  readonly scripts?: readonly string[];
  readonly children?: Child;
};

const NAV = [
  ["/", "nav_incidents"],
  ["/stats", "nav_stats"],
  ["/campaigns", "nav_campaigns"],
  ["/organizations", "nav_organizations"],
  ["/ingest", "nav_ingest"],
  ["/exposure", "nav_exposure"],
  ["/tokens", "nav_tokens"],
] as const;

function withLang(path: string, lang: Lang): string {
  const url = new URL(path, "http://x");
  url.searchParams.set("lang", lang);
  return `${url.pathname}${url.search}`;
}

export function Layout(props: PageProps) {
  const { t, lang } = props;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} | roei`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        <link rel="icon" type="image/svg+xml" href="/static/favicon.svg" />
        <link rel="alternate" type="application/atom+xml" title="roei" href={props.feed ?? "/feed.atom"} />
      </head>
      <body>
        <a class="skip" href="#main">
          {lang === "ja" ? "本文へ移動" : "Skip to content"}
        </a>
        <header class="site">
          <a class="brand" href="/">
            {t("site_title")}
          </a>
          <nav aria-label={lang === "ja" ? "メインメニュー" : "Main menu"}>
            <ul>
              {NAV.map(([href, key]) => (
                <li>
                  <a href={href} aria-current={props.active === href ? "page" : undefined}>
                    {t(key)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <a
            class="lang"
            href={withLang(props.path, lang === "ja" ? "en" : "ja")}
            hreflang={lang === "ja" ? "en" : "ja"}
          >
            {t("switch_lang")}
          </a>
        </header>
        {/* tabindex -1: the skip link's target takes the focus (a plain element would only scroll), so the next Tab
            continues inside the content. */}
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        {(props.scripts ?? []).map((src) => (
          <script src={src} defer />
        ))}
      </body>
    </html>
  );
}
