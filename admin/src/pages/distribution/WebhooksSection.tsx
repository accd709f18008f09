// Webhook endpoints: register, pause, delete, and read or re-send their deliveries.
import { type FormEvent, useId, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { webhooksApi } from "../../api/endpoints.ts";
import {
  type DeliveryStatus,
  WEBHOOK_EVENTS,
  type Webhook,
  type WebhookDelivery,
  type WebhookEvent,
} from "../../api/types.ts";
import { useAnnounce } from "../../components/Announcer.tsx";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { TextField } from "../../components/Field.tsx";
import type { MessageKey } from "../../i18n/en.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useAsync } from "../../lib/useAsync.ts";

import { SecretDialog } from "./SecretDialog.tsx";

const EVENT_LABEL: Record<WebhookEvent, MessageKey> = {
  "article.published": "distribution.event.published",
  "article.updated": "distribution.event.updated",
  "article.unpublished": "distribution.event.unpublished",
  "article.deleted": "distribution.event.deleted",
  "live.entry.posted": "distribution.event.entryPosted",
  "live.entry.edited": "distribution.event.entryEdited",
  "live.entry.deleted": "distribution.event.entryDeleted",
  "live.coverage.ended": "distribution.event.coverageEnded",
  "live.coverage.reopened": "distribution.event.coverageReopened",
};

const STATUS_LABEL: Record<DeliveryStatus, MessageKey> = {
  pending: "distribution.delivery.pending",
  delivered: "distribution.delivery.delivered",
  failed: "distribution.delivery.failed",
};

function eventLabel(event: string): MessageKey | null {
  return WEBHOOK_EVENTS.find((e) => e === event) ? EVENT_LABEL[event as WebhookEvent] : null;
}

export function WebhooksSection() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const hooks = useAsync(() => webhooksApi.list().then((r) => r.items), []);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<number | null>(null);

  async function toggle(hook: Webhook) {
    setError(null);
    try {
      const updated = await webhooksApi.setActive(hook.id, !hook.active);
      hooks.setData((prev) => prev.map((h) => (h.id === updated.id ? updated : h)));
      announce(t(updated.active ? "distribution.resumed" : "distribution.paused", { url: updated.url }));
    } catch (err) {
      setError(err);
    }
  }

  async function remove(hook: Webhook) {
    if (!window.confirm(t("distribution.deleteConfirm", { url: hook.url }))) return;
    setError(null);
    try {
      await webhooksApi.remove(hook.id);
      hooks.setData((prev) => prev.filter((h) => h.id !== hook.id));
      if (selected === hook.id) setSelected(null);
      announce(t("distribution.deleted", { url: hook.url }));
    } catch (err) {
      setError(err);
    }
  }

  const selectedHook = hooks.status === "ok" ? hooks.data.find((h) => h.id === selected) : undefined;

  return (
    <section aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">{t("distribution.webhooks")}</h2>
      <p className="help">{t("distribution.webhooksHelp")}</p>
      <ErrorMessage error={error} />
      {hooks.status === "loading" && <p role="status">{t("app.loading")}</p>}
      {hooks.status === "error" && <ErrorMessage error={hooks.error} onRetry={hooks.reload} />}
      {hooks.status === "ok" &&
        (hooks.data.length === 0 ? (
          <p>{t("distribution.noWebhooks")}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t("distribution.webhooks")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("distribution.col.url")}</th>
                  <th scope="col">{t("distribution.col.events")}</th>
                  <th scope="col">{t("distribution.col.status")}</th>
                  <th scope="col">{t("taxonomy.col.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {hooks.data.map((h) => (
                  <tr key={h.id}>
                    <th scope="row">
                      <code>{h.url}</code>
                    </th>
                    <td>{h.events.map((e) => t(EVENT_LABEL[e])).join(", ")}</td>
                    <td>{t(h.active ? "distribution.active" : "distribution.inactive")}</td>
                    <td>
                      <div className="inline-form">
                        <button
                          type="button"
                          className="button button-small"
                          aria-pressed={selected === h.id}
                          onClick={() => setSelected(selected === h.id ? null : h.id)}
                        >
                          {t("distribution.showDeliveries")}
                          <span className="visually-hidden"> ({h.url})</span>
                        </button>
                        <button type="button" className="button button-small" onClick={() => void toggle(h)}>
                          {t(h.active ? "distribution.pause" : "distribution.resume")}
                          <span className="visually-hidden"> ({h.url})</span>
                        </button>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() => void remove(h)}
                        >
                          {t("distribution.delete")}
                          <span className="visually-hidden"> ({h.url})</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {selectedHook && <Deliveries key={selectedHook.id} hook={selectedHook} />}
      <CreateWebhook onCreated={(h) => hooks.setData((prev) => [...prev, h])} />
    </section>
  );
}

function Deliveries({ hook }: { hook: Webhook }) {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const deliveries = useAsync(
    (signal) => webhooksApi.deliveries(hook.id, signal).then((r) => r.items),
    [hook.id],
  );
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<number | null>(null);

  async function resend(d: WebhookDelivery) {
    setBusy(d.id);
    setError(null);
    try {
      const updated = await webhooksApi.resend(hook.id, d.id);
      deliveries.setData((prev) => prev.map((x) => (x.id === updated.id ? updated : x)));
      announce(t("distribution.resent"));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  const heading = t("distribution.deliveriesFor", { url: hook.url });
  return (
    <section aria-labelledby="deliveries-heading" className="card">
      <h3 id="deliveries-heading">{heading}</h3>
      <ErrorMessage error={error} />
      {deliveries.status === "loading" && <p role="status">{t("app.loading")}</p>}
      {deliveries.status === "error" && <ErrorMessage error={deliveries.error} onRetry={deliveries.reload} />}
      {deliveries.status === "ok" &&
        (deliveries.data.length === 0 ? (
          <p>{t("distribution.noDeliveries")}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{heading}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("distribution.col.time")}</th>
                  <th scope="col">{t("distribution.col.event")}</th>
                  <th scope="col">{t("distribution.col.status")}</th>
                  <th scope="col">{t("distribution.col.attempts")}</th>
                  <th scope="col">{t("distribution.col.code")}</th>
                  <th scope="col">{t("distribution.col.error")}</th>
                  <th scope="col">{t("taxonomy.col.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {deliveries.data.map((d) => {
                  const label = eventLabel(d.event);
                  return (
                    <tr key={d.id}>
                      <th scope="row">{formatDateTime(d.createdAt)}</th>
                      <td>{label ? t(label) : d.event}</td>
                      <td>{t(STATUS_LABEL[d.status])}</td>
                      <td>{d.attempts}</td>
                      <td>{d.lastStatusCode ?? "—"}</td>
                      <td>{d.lastError ?? "—"}</td>
                      <td>
                        <button
                          type="button"
                          className="button button-small"
                          disabled={busy === d.id}
                          onClick={() => void resend(d)}
                        >
                          {t("distribution.resend")}
                          <span className="visually-hidden"> ({formatDateTime(d.createdAt)})</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

function CreateWebhook({ onCreated }: { onCreated: (h: Webhook) => void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<WebhookEvent[]>(["article.published"]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [secret, setSecret] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { secret: created, ...hook } = await webhooksApi.create({ url: url.trim(), events });
      onCreated(hook);
      setUrl("");
      setSecret(created);
      announce(t("distribution.webhookCreated", { url: hook.url }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (name: string) => (error instanceof ApiError ? error.fieldError(name) : undefined);

  return (
    <section aria-labelledby="webhook-create-heading" className="card">
      <h3 id="webhook-create-heading">{t("distribution.createWebhook")}</h3>
      <ErrorMessage error={error} />
      <form onSubmit={onSubmit} className="stack narrow">
        <TextField
          label={t("distribution.url")}
          help={t("distribution.urlHelp")}
          type="url"
          required
          autoComplete="off"
          value={url}
          error={fieldError("url")}
          onChange={(e) => setUrl(e.target.value)}
        />
        <fieldset>
          <legend>{t("distribution.events")}</legend>
          {WEBHOOK_EVENTS.map((ev) => (
            <div className="checkbox" key={ev}>
              <input
                id={`${id}-${ev}`}
                type="checkbox"
                checked={events.includes(ev)}
                onChange={(e) =>
                  setEvents((prev) => (e.target.checked ? [...prev, ev] : prev.filter((x) => x !== ev)))
                }
              />
              <label htmlFor={`${id}-${ev}`}>
                {t(EVENT_LABEL[ev])} <code>{ev}</code>
              </label>
            </div>
          ))}
          {events.length === 0 && <p className="field-error">{t("distribution.needEvent")}</p>}
        </fieldset>
        <div>
          <button type="submit" className="button button-primary" disabled={busy || events.length === 0}>
            {t("distribution.createWebhookButton")}
          </button>
        </div>
      </form>
      <SecretDialog
        title={t("distribution.newWebhookTitle")}
        label={t("distribution.secretLabel")}
        secret={secret}
        onClose={() => setSecret(null)}
      />
    </section>
  );
}
