import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { AnnouncerProvider } from "./components/Announcer.tsx";
import { I18nProvider } from "./i18n/i18n.tsx";
import { loadEditions } from "./lib/editions.ts";
import { SessionProvider } from "./lib/session.tsx";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");

function render(container: HTMLElement) {
  createRoot(container).render(
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
}

// Every page offers the editions, so the app starts once it knows them.
loadEditions().then(
  () => render(root),
  () => {
    root.textContent = "The newsroom cannot reach the server. Reload the page to try again.";
  },
);
