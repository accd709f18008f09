// The wire desk's sources with their health (last success, last error while it is the newest
// news, items today) and the files that could not be read; editors add, pause, resume and remove
// sources here as with `dateline wire source`.
import { type FormEvent, useState } from "react";
import { wireApi } from "../api/endpoints.ts";
import type { NewWireSource, WireSource } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { SelectField, TextAreaField, TextField } from "../components/Field.tsx";
import { EditionOptions } from "../components/Options.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { defaultEdition, editionName } from "../lib/editions.ts";
import { Link } from "../lib/router.tsx";
import { atLeast, useUser } from "../lib/session.tsx";
import { useAsync } from "../lib/useAsync.ts";

const FORMATS = ["ninjs", "newsml-g2", "feed"] as const;

export function WireSourcesPage() {
  const { t } = useI18n();
  const user = useUser();
  const sources = useAsync((signal) => wireApi.sources(signal), []);
  const manage = atLeast(user.role, "editor");
  return (
    <>
      <PageHeading title={t("wire.sources.title")}>
        <Link to="/wire" className="button">
          {t("wire.title")}
        </Link>
      </PageHeading>
      {sources.status === "loading" && <p className="muted">{t("app.loading")}</p>}
      {sources.status === "error" && <ErrorMessage error={sources.error} onRetry={sources.reload} />}
      {sources.status === "ok" && (
        <SourceTable sources={sources.data.items} manage={manage} onChange={sources.reload} />
      )}
      {manage && <AddSource onAdded={sources.reload} />}
      <FailedFiles />
    </>
  );
}

function SourceTable({
  sources,
  manage,
  onChange,
}: {
  sources: WireSource[];
  manage: boolean;
  onChange: () => void;
}) {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const [error, setError] = useState<unknown>(null);
  if (sources.length === 0) return <p>{t("wire.sources.none")}</p>;

  async function act(source: WireSource, action: "pause" | "resume" | "remove") {
    setError(null);
    if (action === "remove" && !window.confirm(t("wire.sources.removeConfirm", { name: source.name })))
      return;
    try {
      if (action === "pause") await wireApi.pauseSource(source.id);
      else if (action === "resume") await wireApi.resumeSource(source.id);
      else await wireApi.removeSource(source.id);
      announce(t(`wire.sources.done.${action}`, { name: source.name }));
      onChange();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t("wire.sources.list")}</h2>
      <ErrorMessage error={error} />
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("wire.sources.name")}</th>
              <th scope="col">{t("wire.sources.origin")}</th>
              <th scope="col">{t("wire.sources.health")}</th>
              <th scope="col">{t("wire.sources.today")}</th>
              {manage && <th scope="col">{t("wire.sources.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => {
              const { lastError, lastErrorAt, lastSuccessAt, itemsToday } = s.health;
              const failing = lastError && lastErrorAt && (!lastSuccessAt || lastErrorAt > lastSuccessAt);
              return (
                <tr key={s.id}>
                  <td>
                    <strong>{s.name}</strong> ({s.format}, {editionName(s.edition, t)})
                    <br />
                    <span className="small">{s.credit}</span>
                  </td>
                  <td className="small">
                    {s.url
                      ? t("wire.sources.pulled", { url: s.url, seconds: s.intervalSeconds ?? 0 })
                      : t("wire.sources.folder", { folder: s.folder ?? "" })}
                  </td>
                  <td className="small">
                    {s.paused && <strong>{t("wire.sources.paused")} </strong>}
                    {failing ? (
                      <span className="field-error">
                        {t("wire.sources.failing", { date: formatDateTime(lastErrorAt), error: lastError })}
                      </span>
                    ) : lastSuccessAt ? (
                      t("wire.sources.ok", { date: formatDateTime(lastSuccessAt) })
                    ) : (
                      t("wire.sources.never")
                    )}
                  </td>
                  <td>{itemsToday}</td>
                  {manage && (
                    <td>
                      <div className="button-row">
                        <button
                          type="button"
                          className="button"
                          onClick={() => void act(s, s.paused ? "resume" : "pause")}
                        >
                          {t(s.paused ? "wire.sources.resume" : "wire.sources.pause", { name: s.name })}
                        </button>
                        <button
                          type="button"
                          className="button button-danger"
                          onClick={() => void act(s, "remove")}
                        >
                          {t("wire.sources.remove", { name: s.name })}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function AddSource({ onAdded }: { onAdded: () => void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [form, setForm] = useState({
    name: "",
    format: "ninjs" as (typeof FORMATS)[number],
    credit: "",
    edition: defaultEdition(),
    origin: "folder" as "folder" | "url",
    folder: "",
    url: "",
    interval: "300",
    headers: "",
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });

  async function add(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const input: NewWireSource = {
      name: form.name,
      format: form.format,
      credit: form.credit,
      // The server checks it against the editions it has; the form only offers those.
      edition: form.edition as NewWireSource["edition"],
      ...(form.origin === "folder"
        ? { folder: form.folder }
        : {
            url: form.url,
            intervalSeconds: Number(form.interval),
            headers: form.headers.split("\n").filter((line) => line.trim() !== ""),
          }),
    };
    try {
      const added = await wireApi.addSource(input);
      announce(t("wire.sources.added", { name: added.name }));
      set({ name: "", credit: "", folder: "", url: "", headers: "" });
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="add-source-heading" className="panel">
      <h2 id="add-source-heading">{t("wire.sources.add")}</h2>
      <ErrorMessage error={error} />
      <form onSubmit={add} className="stack">
        <TextField
          label={t("wire.sources.name")}
          required
          value={form.name}
          onChange={(e) => set({ name: e.target.value })}
        />
        <SelectField
          label={t("wire.sources.format")}
          value={form.format}
          onChange={(e) => set({ format: FORMATS.find((f) => f === e.target.value) ?? "ninjs" })}
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`wire.format.${f}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("wire.sources.credit")}
          required
          value={form.credit}
          onChange={(e) => set({ credit: e.target.value })}
        />
        <SelectField
          label={t("wire.edition")}
          value={form.edition}
          onChange={(e) => set({ edition: e.target.value })}
        >
          <EditionOptions />
        </SelectField>
        <SelectField
          label={t("wire.sources.originKind")}
          value={form.origin}
          onChange={(e) => set({ origin: e.target.value === "url" ? "url" : "folder" })}
        >
          <option value="folder">{t("wire.sources.byFolder")}</option>
          <option value="url">{t("wire.sources.byUrl")}</option>
        </SelectField>
        {form.origin === "folder" ? (
          <TextField
            label={t("wire.sources.folderLabel")}
            help={t("wire.sources.folderHelp")}
            required
            value={form.folder}
            onChange={(e) => set({ folder: e.target.value })}
          />
        ) : (
          <>
            <TextField
              label={t("wire.sources.url")}
              type="url"
              required
              value={form.url}
              onChange={(e) => set({ url: e.target.value })}
            />
            <TextField
              label={t("wire.sources.interval")}
              type="number"
              min={30}
              max={86400}
              required
              value={form.interval}
              onChange={(e) => set({ interval: e.target.value })}
            />
            <TextAreaField
              label={t("wire.sources.headers")}
              help={t("wire.sources.headersHelp")}
              value={form.headers}
              onChange={(e) => set({ headers: e.target.value })}
            />
          </>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {t("wire.sources.addButton")}
        </button>
      </form>
    </section>
  );
}

function FailedFiles() {
  const { t, plural, formatDateTime } = useI18n();
  const failures = useAsync((signal) => wireApi.failures(signal), []);
  return (
    <section aria-labelledby="failed-files-heading">
      <h2 id="failed-files-heading">{t("wire.failures.title")}</h2>
      {failures.status === "error" && <ErrorMessage error={failures.error} onRetry={failures.reload} />}
      {failures.status === "ok" && failures.data.items.length === 0 && <p>{t("wire.failures.none")}</p>}
      {failures.status === "ok" && failures.data.items.length > 0 && (
        <ul className="failed-files">
          {failures.data.items.map((f) => (
            <li key={f.id}>
              <strong>{f.fileName ?? t("wire.failures.unnamed")}</strong> ({f.sourceName},{" "}
              <time dateTime={f.receivedAt}>{formatDateTime(f.receivedAt)}</time>): {f.failure}{" "}
              {f.bytes > 0 && (
                <a href={wireApi.rawFileUrl(f.id)} download>
                  {plural("wire.failures.download", f.bytes)}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
