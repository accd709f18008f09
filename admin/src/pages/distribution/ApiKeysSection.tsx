// Content API keys: create (the key is shown once), list and revoke.
import { type FormEvent, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { apiKeysApi } from "../../api/endpoints.ts";
import type { ApiKey } from "../../api/types.ts";
import { useAnnounce } from "../../components/Announcer.tsx";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { TextField } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { useAsync } from "../../lib/useAsync.ts";

import { SecretDialog } from "./SecretDialog.tsx";

export function ApiKeysSection() {
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const keys = useAsync(() => apiKeysApi.list().then((r) => r.items), []);
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [secret, setSecret] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { key, ...created } = await apiKeysApi.create(name.trim());
      keys.setData((prev) => [...prev, created]);
      setName("");
      setSecret(key);
      announce(t("distribution.keyCreated", { name: created.name }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function revoke(key: ApiKey) {
    if (!window.confirm(t("distribution.revokeConfirm", { name: key.name }))) return;
    setError(null);
    try {
      await apiKeysApi.revoke(key.id);
      const now = new Date().toISOString();
      keys.setData((prev) =>
        prev.map((k) => (k.id === key.id ? { ...k, revokedAt: k.revokedAt ?? now } : k)),
      );
      announce(t("distribution.keyRevoked", { name: key.name }));
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section aria-labelledby="api-keys-heading">
      <h2 id="api-keys-heading">{t("distribution.keys")}</h2>
      <p className="help">{t("distribution.keysHelp")}</p>
      <ErrorMessage error={error} />
      {keys.status === "loading" && <p role="status">{t("app.loading")}</p>}
      {keys.status === "error" && <ErrorMessage error={keys.error} onRetry={keys.reload} />}
      {keys.status === "ok" &&
        (keys.data.length === 0 ? (
          <p>{t("distribution.noKeys")}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t("distribution.keys")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("distribution.col.name")}</th>
                  <th scope="col">{t("distribution.col.prefix")}</th>
                  <th scope="col">{t("distribution.col.created")}</th>
                  <th scope="col">{t("distribution.col.lastUsed")}</th>
                  <th scope="col">{t("distribution.col.status")}</th>
                </tr>
              </thead>
              <tbody>
                {keys.data.map((k) => (
                  <tr key={k.id}>
                    <th scope="row">{k.name}</th>
                    <td>
                      <code>{k.prefix}…</code>
                    </td>
                    <td>{formatDateTime(k.createdAt)}</td>
                    <td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t("distribution.never")}</td>
                    <td>
                      {k.revokedAt ? (
                        t("distribution.revokedAt", { date: formatDateTime(k.revokedAt) })
                      ) : (
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() => void revoke(k)}
                        >
                          {t("distribution.revoke")}
                          <span className="visually-hidden"> ({k.name})</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <section aria-labelledby="api-key-create-heading" className="card">
        <h3 id="api-key-create-heading">{t("distribution.createKey")}</h3>
        <form onSubmit={onSubmit} className="stack narrow">
          <TextField
            label={t("distribution.keyName")}
            help={t("distribution.keyNameHelp")}
            required
            maxLength={120}
            autoComplete="off"
            value={name}
            error={error instanceof ApiError ? error.fieldError("name") : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <div>
            <button type="submit" className="button button-primary" disabled={busy || !name.trim()}>
              {t("distribution.createKeyButton")}
            </button>
          </div>
        </form>
      </section>
      <SecretDialog
        title={t("distribution.newKeyTitle")}
        label={t("distribution.newKeyLabel")}
        secret={secret}
        onClose={() => setSecret(null)}
      />
    </section>
  );
}
