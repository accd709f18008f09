// Creates a draft with the essentials, then hands over to the editor, where autosave takes over.
import { type FormEvent, useEffect, useState } from "react";
import { ApiError } from "../api/client.ts";
import { articlesApi } from "../api/endpoints.ts";
import { ARTICLE_KINDS, type ArticleKind, type EditionCode } from "../api/types.ts";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { SelectField, TextAreaField, TextField } from "../components/Field.tsx";
import { EditionOptions, SectionOptions } from "../components/Options.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang, defaultEdition, EDITIONS } from "../lib/editions.ts";
import { navigate, useLocation } from "../lib/router.tsx";
import { useSections } from "../lib/taxonomy.ts";

export function NewStoryPage() {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const requested = search.get("edition");
  const [edition, setEdition] = useState<EditionCode>(
    requested && EDITIONS.includes(requested) ? requested : EDITIONS.includes(lang) ? lang : defaultEdition(),
  );
  const sections = useSections(edition);
  const [section, setSection] = useState("");
  const [kind, setKind] = useState<ArticleKind>("news");
  const [headline, setHeadline] = useState("");
  const [standfirst, setStandfirst] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // Keep the chosen section valid for the chosen edition.
  useEffect(() => {
    if (section && !sections.some((s) => s.slug === section)) setSection("");
  }, [sections, section]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const article = await articlesApi.create({
        edition,
        section,
        kind,
        headline: headline.trim(),
        standfirst: standfirst.trim(),
        body: "<p></p>",
      });
      navigate(`/stories/${article.id}`, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  const fieldError = (name: string) => (error instanceof ApiError ? error.fieldError(name) : undefined);

  return (
    <>
      <PageHeading title={t("new.title")} />
      <p>{t("new.intro")}</p>
      <ErrorMessage error={error} />
      <form onSubmit={onSubmit} className="stack narrow">
        <SelectField
          label={t("editor.edition")}
          value={edition}
          required
          onChange={(e) => setEdition(e.target.value)}
        >
          <EditionOptions />
        </SelectField>
        <SelectField
          label={t("editor.section")}
          value={section}
          required
          error={fieldError("section")}
          onChange={(e) => setSection(e.target.value)}
        >
          <option value="">{t("editor.chooseSection")}</option>
          <SectionOptions sections={sections} />
        </SelectField>
        <SelectField
          label={t("editor.kind")}
          value={kind}
          onChange={(e) => setKind(ARTICLE_KINDS.find((k) => k === e.target.value) ?? "news")}
        >
          {ARTICLE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("editor.headline")}
          required
          lang={contentLang(edition)}
          value={headline}
          error={fieldError("headline")}
          onChange={(e) => setHeadline(e.target.value)}
        />
        <TextAreaField
          label={t("editor.standfirst")}
          help={t("editor.standfirstHelp")}
          required
          rows={3}
          lang={contentLang(edition)}
          value={standfirst}
          error={fieldError("standfirst")}
          onChange={(e) => setStandfirst(e.target.value)}
        />
        <div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("new.creating") : t("new.create")}
          </button>
        </div>
      </form>
    </>
  );
}
