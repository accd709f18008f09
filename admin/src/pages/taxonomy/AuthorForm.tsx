// Add or edit an author: slug (new only), kind, portrait and per-edition name, title and bio.
// As with sections, an edition is sent when any field is filled or it existed before.
import { type FormEvent, useState } from "react";
import { taxonomyApi } from "../../api/endpoints.ts";
import { AUTHOR_KINDS, type Author, type AuthorKind, type EditionCode } from "../../api/types.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { SelectField, TextAreaField, TextField } from "../../components/Field.tsx";
import { PhotoField } from "../../editor/PhotoPicker.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { contentLang, EDITIONS, editionName } from "../../lib/editions.ts";
import { keyFromName } from "../../lib/suggest-slug.ts";
import { useAsync } from "../../lib/useAsync.ts";
import { useSubmit } from "../../lib/useSubmit.ts";

type Fields = { name: string; title: string; bio: string };
type Texts = Record<EditionCode, Fields>;
type TextKey = keyof Fields;
const BLANK: Fields = { name: "", title: "", bio: "" };

export function AuthorForm({ existing, onDone }: { existing?: Author; onDone: (name: string) => void }) {
  const { t, lang } = useI18n();
  const submit = useSubmit();
  const [slug, setSlug] = useState(existing?.slug ?? "");
  // A new author's slug follows the English name until someone edits it.
  const [slugEdited, setSlugEdited] = useState(false);
  const [userId, setUserId] = useState<number | null>(existing?.userId ?? null);
  const accounts = useAsync(() => taxonomyApi.accounts().then((r) => r.items), []);
  const [kind, setKind] = useState<AuthorKind>(existing?.kind ?? "staff");
  const [photo, setPhoto] = useState<number | null>(existing?.photoMediaId ?? null);
  const [texts, setTexts] = useState<Texts>(() => {
    const of = (e: EditionCode) => ({
      name: existing?.name[e] ?? "",
      title: existing?.title[e] ?? "",
      bio: existing?.bio[e] ?? "",
    });
    return Object.fromEntries(EDITIONS.map((e) => [e, of(e)])) as Texts;
  });
  const [sent, setSent] = useState<EditionCode[]>([]);
  const textsOf = (e: EditionCode) => texts[e] ?? BLANK;

  // An edition is sent once any of its fields is filled (or it existed); its name is then required.
  const inUse = (e: EditionCode) =>
    Boolean(existing?.name[e]) || Object.values(textsOf(e)).some((v) => v.trim() !== "");
  const set = (e: EditionCode, field: TextKey, value: string) => {
    setTexts({ ...texts, [e]: { ...textsOf(e), [field]: value } });
    if (!existing && !slugEdited && field === "name" && e === "en") setSlug(keyFromName(value));
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // The button stays focusable while busy (aria-disabled), so repeat presses are ignored here.
    if (submit.busy) return;
    const editions = EDITIONS.filter(inUse);
    if (editions.length === 0) {
      submit.setError(new Error(t("taxonomy.needOneEdition")));
      return;
    }
    setSent(editions);
    const localizations = editions.map((e) => ({
      edition: e,
      name: textsOf(e).name.trim(),
      title: textsOf(e).title.trim(),
      bio: textsOf(e).bio.trim(),
    }));
    const name = textsOf(lang).name.trim() || localizations[0]?.name || slug;
    void submit.run(async () => {
      if (existing)
        await taxonomyApi.updateAuthor(existing.slug, { kind, photoMediaId: photo, userId, localizations });
      else {
        await taxonomyApi.createAuthor({ slug: slug.trim(), kind, photoMediaId: photo, localizations });
        if (userId !== null) await taxonomyApi.updateAuthor(slug.trim(), { userId });
      }
      onDone(name);
    });
  }

  const locError = (e: EditionCode, field: TextKey) =>
    sent.includes(e) ? submit.at(`localizations.${sent.indexOf(e)}.${field}`) : undefined;

  return (
    <form onSubmit={onSubmit} className="stack">
      <ErrorMessage error={submit.error} />
      {!existing && (
        <TextField
          label={t("authors.slug")}
          help={t("authors.slugHelp")}
          required
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          maxLength={60}
          autoComplete="off"
          spellCheck={false}
          value={slug}
          error={submit.at("slug")}
          onChange={(e) => {
            setSlugEdited(true);
            setSlug(e.target.value);
          }}
        />
      )}
      <SelectField
        label={t("authors.account")}
        help={t("authors.accountHelp")}
        value={userId === null ? "" : String(userId)}
        error={submit.at("userId")}
        onChange={(e) => setUserId(e.target.value === "" ? null : Number(e.target.value))}
      >
        <option value="">{t("authors.noAccount")}</option>
        {accounts.status === "ok" &&
          accounts.data.map((a) => (
            <option key={a.id} value={a.id}>
              {t("authors.accountOption", { name: a.name, role: t(`role.${a.role}` as "role.editor") })}
            </option>
          ))}
      </SelectField>
      <SelectField
        label={t("authors.kind")}
        value={kind}
        error={submit.at("kind")}
        onChange={(e) => setKind(AUTHOR_KINDS.find((k) => k === e.target.value) ?? "staff")}
      >
        {AUTHOR_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`authors.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <PhotoField
        value={photo}
        onChange={setPhoto}
        texts={{
          heading: t("authors.portrait"),
          none: t("authors.noPortrait"),
          choose: t("authors.choosePortrait"),
          change: t("authors.changePortrait"),
          remove: t("authors.removePortrait"),
          pickerTitle: t("authors.pickerTitle"),
        }}
      />
      {submit.at("photoMediaId") && <p className="field-error">{submit.at("photoMediaId")}</p>}
      {EDITIONS.map((e) => (
        <fieldset key={e}>
          <legend>{editionName(e, t)}</legend>
          <TextField
            label={t("authors.name")}
            required={inUse(e)}
            lang={contentLang(e)}
            maxLength={200}
            autoComplete="off"
            value={textsOf(e).name}
            error={locError(e, "name")}
            onChange={(ev) => set(e, "name", ev.target.value)}
          />
          <TextField
            label={t("authors.jobTitle")}
            lang={contentLang(e)}
            maxLength={200}
            autoComplete="off"
            value={textsOf(e).title}
            error={locError(e, "title")}
            onChange={(ev) => set(e, "title", ev.target.value)}
          />
          <TextAreaField
            label={t("authors.bio")}
            lang={contentLang(e)}
            maxLength={4000}
            rows={4}
            value={textsOf(e).bio}
            error={locError(e, "bio")}
            onChange={(ev) => set(e, "bio", ev.target.value)}
          />
        </fieldset>
      ))}
      <div>
        <button type="submit" className="button button-primary" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t("app.saving") : existing ? t("app.save") : t("authors.addButton")}
        </button>
      </div>
    </form>
  );
}
