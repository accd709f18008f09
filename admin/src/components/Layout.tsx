// The signed-in shell: skip link, banner with navigation, language switch and logout, and
// the <main> landmark every page renders into.
import type { ReactNode } from "react";
import type { MessageKey } from "../i18n/en.ts";
import { LANG_NAMES, LANGS, useI18n } from "../i18n/i18n.tsx";
import { Link, navigate, useLocation } from "../lib/router.tsx";
import { atLeast, useSession, useUser } from "../lib/session.tsx";
import { NotificationBell } from "./NotificationBell.tsx";

interface NavItem {
  to: string;
  label: MessageKey;
  visible: boolean;
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, zoneLabel } = useI18n();
  const user = useUser();
  const { logout } = useSession();
  const { path } = useLocation();

  const items: NavItem[] = [
    { to: "/", label: "nav.dashboard", visible: true },
    { to: "/stories", label: "nav.stories", visible: true },
    { to: "/wire", label: "nav.wire", visible: true },
    { to: "/translations", label: "nav.translations", visible: atLeast(user.role, "author") },
    { to: "/photos", label: "nav.photos", visible: true },
    { to: "/front-pages", label: "nav.frontPages", visible: atLeast(user.role, "editor") },
    { to: "/taxonomy", label: "nav.taxonomy", visible: atLeast(user.role, "editor") },
    { to: "/redirects", label: "nav.redirects", visible: atLeast(user.role, "editor") },
    { to: "/users", label: "nav.users", visible: user.role === "admin" },
    { to: "/distribution", label: "nav.distribution", visible: user.role === "admin" },
  ];
  const isCurrent = (to: string) => (to === "/" ? path === "/" : path === to || path.startsWith(`${to}/`));

  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">
            {t("app.name")}
          </Link>
          <nav aria-label={t("nav.main")} className="mainnav">
            <ul>
              {items
                .filter((item) => item.visible)
                .map((item) => (
                  <li key={item.to}>
                    <Link to={item.to} aria-current={isCurrent(item.to) ? "page" : undefined}>
                      {t(item.label)}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
          <div className="topbar-tools">
            <LanguageSwitch />
            <NotificationBell />
            <span className="whoami">
              {t("app.signedInAs", { name: user.name, role: t(`role.${user.role}`) })}
            </span>
            <Link
              to="/account"
              className="topbar-link"
              aria-current={isCurrent("/account") ? "page" : undefined}
            >
              {t("nav.account")}
            </Link>
            <button
              type="button"
              className="button button-quiet button-on-dark"
              onClick={() => {
                // The next person to sign in on this machine starts at the dashboard.
                navigate("/", { replace: true });
                void logout();
              }}
            >
              {t("app.logout")}
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
      <footer className="app-footer">
        <p className="muted">{t("time.zoneNote", { zone: zoneLabel() })}</p>
      </footer>
    </>
  );
}

/** Two toggle buttons, each named in its own language so either reader can find theirs. */
export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  return (
    <fieldset className="langswitch">
      <legend className="visually-hidden">{t("app.language")}</legend>
      {LANGS.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={lang === code}
          className="langswitch-button"
          onClick={() => setLang(code)}
        >
          {LANG_NAMES[code]}
        </button>
      ))}
    </fieldset>
  );
}
