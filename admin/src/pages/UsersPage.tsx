// User management (admins only; the route is hidden for other roles and the server refuses them).
import { type FormEvent, useId, useState } from "react";
import { ApiError } from "../api/client.ts";
import { usersApi } from "../api/endpoints.ts";
import { type NewUser, ROLES, type Role, type User } from "../api/types.ts";
import { useAnnounce } from "../components/Announcer.tsx";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { SelectField, TextField } from "../components/Field.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { useUser } from "../lib/session.tsx";
import { useAsync } from "../lib/useAsync.ts";

function asRole(value: string): Role {
  return ROLES.find((r) => r === value) ?? "contributor";
}

export function UsersPage() {
  const { t } = useI18n();
  const users = useAsync(() => usersApi.list().then((r) => r.items), []);

  return (
    <>
      <PageHeading title={t("users.title")} />
      <section aria-labelledby="users-list-heading">
        <h2 id="users-list-heading">{t("users.list")}</h2>
        {users.status === "loading" && <p role="status">{t("app.loading")}</p>}
        {users.status === "error" && <ErrorMessage error={users.error} onRetry={users.reload} />}
        {users.status === "ok" && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("users.col.name")}</th>
                  <th scope="col">{t("users.col.email")}</th>
                  <th scope="col">{t("users.col.role")}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.map((u) => (
                  <UserRow
                    key={u.id}
                    user={u}
                    onChanged={(changed) =>
                      users.setData((prev) => prev.map((x) => (x.id === changed.id ? changed : x)))
                    }
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <CreateUser onCreated={(u) => users.setData((prev) => [...prev, u])} />
    </>
  );
}

function UserRow({ user, onChanged }: { user: User; onChanged: (u: User) => void }) {
  const { t } = useI18n();
  const me = useUser();
  const announce = useAnnounce();
  const id = useId();
  const [role, setRole] = useState<Role>(user.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function change() {
    setBusy(true);
    setError(null);
    try {
      const updated = await usersApi.setRole(user.id, role);
      onChanged(updated);
      announce(t("users.roleChanged", { name: updated.name, role: t(`role.${updated.role}`) }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr>
      <th scope="row">{user.name}</th>
      <td>{user.email}</td>
      <td>
        <div className="inline-form">
          <label htmlFor={`${id}-role`} className="visually-hidden">
            {t("users.roleFor", { name: user.name })}
          </label>
          <select
            id={`${id}-role`}
            value={role}
            // An admin demoting themselves would lock themselves out of this page.
            disabled={user.id === me.id}
            onChange={(e) => setRole(asRole(e.target.value))}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
          {user.id !== me.id && (
            <button
              type="button"
              className="button button-small"
              disabled={busy || role === user.role}
              onClick={() => void change()}
            >
              {t("users.changeRole")}
              <span className="visually-hidden"> ({user.name})</span>
            </button>
          )}
        </div>
        <ErrorMessage error={error} />
      </td>
    </tr>
  );
}

const emptyUser: NewUser = { email: "", name: "", role: "contributor", password: "" };
/** The server's rule (PASSWORD_MIN_LENGTH in src/accounts/account.schemas.ts), said in the message. */
const PASSWORD_MIN_LENGTH = 10;
type UserField = "name" | "email" | "password";

/**
 * What is wrong with one field, in the reader's language: the server's own wording
 * ("must be at least 10 characters", under the path "body.password") is for developers.
 */
function fieldProblem(
  error: unknown,
  field: UserField,
  t: ReturnType<typeof useI18n>["t"],
): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (field === "email" && error.problem.code === "EMAIL_TAKEN") return t("users.invalid.emailTaken");
  return error.fieldError(field) ? t(`users.invalid.${field}`, { min: PASSWORD_MIN_LENGTH }) : undefined;
}

function CreateUser({ onCreated }: { onCreated: (u: User) => void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [input, setInput] = useState<NewUser>(emptyUser);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setCreated(null);
    try {
      const user = await usersApi.create({ ...input, email: input.email.trim(), name: input.name.trim() });
      onCreated(user);
      setInput(emptyUser);
      const text = t("users.created", { name: user.name });
      setCreated(text);
      announce(text);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (name: UserField) => fieldProblem(error, name, t);
  const shownByFields = (["name", "email", "password"] as const).some((f) => fieldError(f) !== undefined);
  // Whatever is typed after a success or a refusal makes the old message stale.
  const edit = (change: Partial<NewUser>) => {
    setInput({ ...input, ...change });
    setCreated(null);
  };

  return (
    <section aria-labelledby="create-user-heading" className="card">
      <h2 id="create-user-heading">{t("users.create")}</h2>
      {shownByFields ? (
        <p className="alert alert-error" role="alert">
          {t("users.notCreated")}
        </p>
      ) : (
        <ErrorMessage error={error} />
      )}
      {created && <p className="alert alert-success">{created}</p>}
      <form onSubmit={onSubmit} className="stack narrow">
        <TextField
          label={t("users.name")}
          required
          autoComplete="off"
          value={input.name}
          error={fieldError("name")}
          onChange={(e) => edit({ name: e.target.value })}
        />
        <TextField
          label={t("users.email")}
          type="email"
          required
          autoComplete="off"
          value={input.email}
          error={fieldError("email")}
          onChange={(e) => edit({ email: e.target.value })}
        />
        <SelectField
          label={t("users.role")}
          value={input.role}
          onChange={(e) => edit({ role: asRole(e.target.value) })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("users.password")}
          help={t("users.passwordHelp")}
          type="password"
          required
          autoComplete="new-password"
          value={input.password}
          error={fieldError("password")}
          onChange={(e) => edit({ password: e.target.value })}
        />
        <div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("users.createButton")}
          </button>
        </div>
      </form>
    </section>
  );
}
