// The signed-in person's own account: who they are, and changing their password. The server
// checks the current password and the strength rules; this screen only checks that the new
// password was typed the same way twice, and shows the server's messages next to the fields.
import { type FormEvent, useState } from "react";
import { ApiError } from "../api/client.ts";
import { sessionApi } from "../api/endpoints.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { TextField } from "../components/Field.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { useUser } from "../lib/session.tsx";
import { useSubmit } from "../lib/useSubmit.ts";

export function AccountPage() {
  const { t } = useI18n();
  const user = useUser();
  return (
    <>
      <PageHeading title={t("account.title")} />
      <p>{t("account.signedInAs", { name: user.name, email: user.email, role: t(`role.${user.role}`) })}</p>
      <ChangePassword />
    </>
  );
}

const FIELDS = ["currentPassword", "newPassword"] as const;

function ChangePassword() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const submit = useSubmit();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const differs = newPassword !== confirmation;
    setMismatch(differs);
    if (differs) {
      submit.setError(null);
      return;
    }
    void submit.run(async () => {
      await sessionApi.changePassword({ currentPassword, newPassword });
      setCurrentPassword("");
      setNewPassword("");
      setConfirmation("");
      setDone(true);
      announce(t("account.changed"));
    });
  }

  const { error } = submit;
  // A refusal about one field is shown at that field; anything else above the form.
  const onAField = error instanceof ApiError && FIELDS.some((field) => submit.at(field));
  const refused = onAField || mismatch;

  return (
    <section aria-labelledby="change-password-heading" className="card">
      <h2 id="change-password-heading">{t("account.changePassword")}</h2>
      {done && (
        <p className="alert alert-success" role="status">
          {t("account.changed")}
        </p>
      )}
      {refused && (
        <p className="alert alert-error" role="alert">
          {t("account.notChanged")}
        </p>
      )}
      {!onAField && <ErrorMessage error={error} />}
      <form onSubmit={onSubmit} className="stack narrow">
        <TextField
          label={t("account.currentPassword")}
          type="password"
          required
          autoComplete="current-password"
          value={currentPassword}
          error={submit.at("currentPassword")}
          onChange={(e) => setCurrentPassword(e.target.value)}
        />
        <TextField
          label={t("account.newPassword")}
          help={t("account.newPasswordHelp")}
          type="password"
          required
          autoComplete="new-password"
          value={newPassword}
          error={submit.at("newPassword")}
          onChange={(e) => setNewPassword(e.target.value)}
        />
        <TextField
          label={t("account.confirmPassword")}
          type="password"
          required
          autoComplete="new-password"
          value={confirmation}
          error={mismatch ? t("account.mismatch") : undefined}
          onChange={(e) => setConfirmation(e.target.value)}
        />
        <div>
          <button type="submit" className="button button-primary" disabled={submit.busy}>
            {submit.busy ? t("app.saving") : t("account.changePasswordButton")}
          </button>
        </div>
      </form>
    </section>
  );
}
