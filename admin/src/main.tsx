import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { AnnouncerProvider } from "./components/Announcer.tsx";
import { I18nProvider } from "./i18n/i18n.tsx";
import { SessionProvider } from "./lib/session.tsx";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <AnnouncerProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </AnnouncerProvider>
    </I18nProvider>
  </StrictMode>,
);
