// Story details beside the body: section, kind, byline or agency credit, tags, slug,
// dateline place and lead photo.
import { slugify } from "../../../src/content/slug.ts";
import { ARTICLE_KINDS, type Article, type ArticleFields } from "../api/types.ts";
import { SelectField, TextField } from "../components/Field.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang, editionName } from "../lib/editions.ts";
import { useAuthors, useSections, useTags } from "../lib/taxonomy.ts";
import type { FieldKey } from "./fields.ts";
import { LeadPhotoField } from "./PhotoPicker.tsx";
import { TokenPicker } from "./TokenPicker.tsx";

interface MetadataPanelProps {
  article: Article;
  draft: ArticleFields;
  setField: <K extends FieldKey>(key: K, value: ArticleFields[K]) => void;
  readOnly: boolean;
}

export function MetadataPanel({ article, draft, setField, readOnly }: MetadataPanelProps) {
  const { t } = useI18n();
  const edition = article.edition;
  const sections = useSections(edition);
  const tags = useTags(edition);
  const authors = useAuthors();
  const lang = contentLang(edition);
  // Readers and search engines may hold the old address; the server redirects it once saved.
  const addressChanges =
    article.publishedAt !== null && (draft.slug !== article.slug || draft.section !== article.section);

  // A translation starts with its source's slug; this offers one from the headline as translated
  // (in Bangla script for a Bangla headline). Not offered once published: that would move the page.
  const fromHeadline = draft.headline.trim() === "" ? null : slugify(draft.headline);
  const suggestedSlug =
    !readOnly && article.publishedAt === null && fromHeadline !== draft.slug ? fromHeadline : null;

  // Keep the current section visible even if the list has not loaded or no longer lists it.
  const sectionOptions = sections.some((s) => s.slug === draft.section)
    ? sections
    : [{ key: draft.section, slug: draft.section, name: draft.section }, ...sections];

  return (
    <section className="sidebar-block" aria-labelledby="metadata-heading">
      <h2 id="metadata-heading">{t("editor.metadata")}</h2>
      {/* Edition is fixed once a story exists: the other edition is a linked translation. */}
      <div className="field">
        <span className="field-label">{t("editor.edition")}</span>
        <span>{editionName(edition, t)}</span>
      </div>
      <SelectField
        label={t("editor.section")}
        value={draft.section}
        disabled={readOnly}
        onChange={(e) => setField("section", e.target.value)}
      >
        {sectionOptions.map((s) => (
          <option key={s.slug} value={s.slug}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("editor.kind")}
        value={draft.kind}
        disabled={readOnly}
        onChange={(e) => setField("kind", ARTICLE_KINDS.find((k) => k === e.target.value) ?? draft.kind)}
      >
        {ARTICLE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TokenPicker
        legend={t("editor.authors")}
        selectLabel={t("editor.authorToAdd")}
        addLabel={t("editor.addAuthor")}
        options={authors.map((a) => ({ value: a.slug, label: a.name[edition] || a.name.en || a.slug }))}
        value={draft.authors}
        onChange={(v) => setField("authors", v)}
        disabled={readOnly}
        lang={lang}
      />
      <TextField
        label={t("editor.creditLine")}
        help={t("editor.creditLineHelp")}
        value={draft.creditLine}
        readOnly={readOnly}
        lang={lang}
        onChange={(e) => setField("creditLine", e.target.value)}
      />
      <TokenPicker
        legend={t("editor.tags")}
        selectLabel={t("editor.tagToAdd")}
        addLabel={t("editor.addTag")}
        options={tags.map((tag) => ({ value: tag.slug, label: tag.name }))}
        value={draft.tags}
        onChange={(v) => setField("tags", v)}
        disabled={readOnly}
        lang={lang}
        createLabel={(name) => t("editor.createTag", { name })}
      />
      <TextField
        label={t("editor.slug")}
        help={t("editor.slugHelp")}
        value={draft.slug}
        readOnly={readOnly}
        lang={lang}
        onChange={(e) => setField("slug", e.target.value)}
      />
      {suggestedSlug !== null && (
        <p className="help slug-suggestion">
          <span lang={lang}>{t("editor.slugSuggestion", { slug: suggestedSlug })}</span>{" "}
          <button
            type="button"
            className="button button-small"
            onClick={() => setField("slug", suggestedSlug)}
          >
            {t("editor.slugUse")}
          </button>
        </p>
      )}
      <div role="status">
        {addressChanges && <p className="alert alert-info">{t("editor.addressChange")}</p>}
      </div>
      <TextField
        label={t("editor.datelinePlace")}
        value={draft.datelinePlace}
        readOnly={readOnly}
        lang={lang}
        onChange={(e) => setField("datelinePlace", e.target.value)}
      />
      <LeadPhotoField
        value={draft.leadMediaId}
        onChange={(id) => setField("leadMediaId", id)}
        disabled={readOnly}
      />
    </section>
  );
}
