// Route table and the signed-in/signed-out switch.
import { lazy, Suspense } from "react";
import { ErrorMessage } from "./components/ErrorMessage.tsx";
import { Layout } from "./components/Layout.tsx";
import { PageHeading } from "./components/PageHeading.tsx";
import { useI18n } from "./i18n/i18n.tsx";
import { LiveProvider } from "./lib/live.tsx";
import { PresenceProvider } from "./lib/presence.tsx";
import { Link, matchPath, useLocation } from "./lib/router.tsx";
import { atLeast, useSession, useUser } from "./lib/session.tsx";
import { AccountPage } from "./pages/AccountPage.tsx";
import { DashboardPage } from "./pages/DashboardPage.tsx";
import { DistributionPage } from "./pages/DistributionPage.tsx";
import { FrontPagesPage } from "./pages/FrontPagesPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { NewStoryPage } from "./pages/NewStoryPage.tsx";
import { PhotosPage } from "./pages/PhotosPage.tsx";
import { RedirectsPage } from "./pages/RedirectsPage.tsx";
import { StoriesPage } from "./pages/StoriesPage.tsx";
import { TaxonomyPage } from "./pages/TaxonomyPage.tsx";
import { TranslationParityPage } from "./pages/TranslationParityPage.tsx";
import { UsersPage } from "./pages/UsersPage.tsx";
import { WirePage } from "./pages/WirePage.tsx";
import { WireSourcesPage } from "./pages/WireSourcesPage.tsx";

// The editor pulls in TipTap/ProseMirror (most of the bundle), so it loads only when opened.
const EditorPage = lazy(() => import("./pages/EditorPage.tsx"));
const LiveDeskPage = lazy(() => import("./live-desk/LiveDeskPage.tsx"));

export function App() {
  const { state, retry } = useSession();
  const { t } = useI18n();

  if (state.kind === "loading") {
    return (
      <p className="boot" role="status">
        {t("app.loading")}
      </p>
    );
  }
  if (state.kind === "error") {
    return (
      <main id="main" className="main">
        <h1>{t("app.name")}</h1>
        <ErrorMessage error={state.error} onRetry={retry} />
      </main>
    );
  }
  if (state.kind === "anonymous") return <LoginPage expired={state.expired} />;
  return (
    <LiveProvider>
      <PresenceProvider>
        <Layout>
          <Routes />
        </Layout>
      </PresenceProvider>
    </LiveProvider>
  );
}

function Routes() {
  const { path } = useLocation();
  const user = useUser();
  const { t } = useI18n();

  if (path === "/" || path === "") return <DashboardPage />;
  if (path === "/stories") return <StoriesPage />;
  if (path === "/stories/new") return <NewStoryPage />;
  const story = matchPath("/stories/:id", path);
  if (story && /^\d+$/.test(story.id ?? "")) {
    const id = Number(story.id);
    return (
      <Suspense fallback={<p role="status">{t("app.loading")}</p>}>
        {/* key: a different story gets a fresh editor instead of reusing the old one's state */}
        <EditorPage key={id} id={id} />
      </Suspense>
    );
  }
  const desk = matchPath("/stories/:id/live", path);
  if (desk && /^\d+$/.test(desk.id ?? "")) {
    if (!atLeast(user.role, "author")) return <Forbidden />;
    const id = Number(desk.id);
    return (
      <Suspense fallback={<p role="status">{t("app.loading")}</p>}>
        <LiveDeskPage key={id} id={id} />
      </Suspense>
    );
  }
  if (path === "/photos") return <PhotosPage />;
  if (path === "/wire") return <WirePage />;
  if (path === "/wire/sources") return <WireSourcesPage />;
  if (path === "/translations") {
    if (!atLeast(user.role, "author")) return <Forbidden />;
    return <TranslationParityPage />;
  }
  if (path === "/account") return <AccountPage />;
  if (path === "/front-pages" || matchPath("/front-pages/:edition", path)) {
    if (!atLeast(user.role, "editor")) return <Forbidden />;
    return <FrontPagesPage />;
  }
  if (path === "/taxonomy" || path === "/taxonomy/tags" || path === "/taxonomy/authors") {
    if (!atLeast(user.role, "editor")) return <Forbidden />;
    return <TaxonomyPage />;
  }
  if (path === "/redirects") {
    if (!atLeast(user.role, "editor")) return <Forbidden />;
    return <RedirectsPage />;
  }
  if (path === "/users") {
    if (user.role !== "admin") return <Forbidden />;
    return <UsersPage />;
  }
  if (path === "/distribution") {
    if (user.role !== "admin") return <Forbidden />;
    return <DistributionPage />;
  }
  return <NotFound />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t("app.notFound")} />
      <p>{t("app.notFoundBody")}</p>
      <p>
        <Link to="/">{t("app.backToDashboard")}</Link>
      </p>
    </>
  );
}

function Forbidden() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t("app.forbidden")} />
      <p>
        <Link to="/">{t("app.backToDashboard")}</Link>
      </p>
    </>
  );
}
