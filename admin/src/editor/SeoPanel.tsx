// "Search and social": the story's own texts and picture for search results and shares, with
// counters and previews of what a search engine and a social network would show. An empty field
// previews what the page's head falls back to (headline, standfirst, lead photo), as readers'
// search engines and networks would see it.
import { type ChangeEvent, useId } from "react";
import {
  characterCount,
  cutText,
  RESULT_CUT,
  SEO_LIMITS,
  type SeoTextField,
} from "../../../src/content/article-seo.ts";
import type { Article, ArticleFields } from "../api/types.ts";
import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { contentLang, siteOf } from "../lib/editions.ts";
import type { FieldKey } from "./fields.ts";
import { PhotoField, useMedia } from "./PhotoPicker.tsx";

interface SeoPanelProps {
  article: Article;
  draft: ArticleFields;
  setField: <K extends FieldKey>(key: K, value: ArticleFields[K]) => void;
  readOnly: boolean;
}

export function SeoPanel({ article, draft, setField, readOnly }: SeoPanelProps) {
  const { t } = useI18n();
  const ids = useId();
  const lang = contentLang(article.edition);
  const text = (field: SeoTextField, label: MessageKey, help: MessageKey | null, rows?: number) => (
    <SeoTextInput
      field={field}
      label={t(label)}
      help={help && t(help)}
      rows={rows}
      lang={lang}
      value={draft[field]}
      readOnly={readOnly}
      onChange={(e) => setField(field, e.target.value)}
    />
  );
  return (
    <section className="seo-panel" aria-labelledby={`${ids}-seo`}>
      <h2 id={`${ids}-seo`}>{t("seo.title")}</h2>
      <p className="help">{t("seo.intro")}</p>
      <div className="seo-columns">
        <div>
          {text("seoTitle", "seo.seoTitle", "seo.seoTitleHelp")}
          {text("seoDescription", "seo.seoDescription", "seo.seoDescriptionHelp", 3)}
        </div>
        <SearchResultPreview article={article} draft={draft} lang={lang} />
      </div>
      <div className="seo-columns">
        <div>
          <p className="help">{t("seo.socialHelp")}</p>
          {text("socialTitle", "seo.socialTitle", null)}
          {text("socialDescription", "seo.socialDescription", null, 3)}
          <PhotoField
            value={draft.socialMediaId}
            onChange={(id) => setField("socialMediaId", id)}
            disabled={readOnly}
            texts={{
              heading: t("seo.socialImage"),
              none: t("seo.noSocialImage"),
              choose: t("seo.chooseImage"),
              change: t("seo.changeImage"),
              remove: t("seo.removeImage"),
              pickerTitle: t("seo.chooseImage"),
            }}
          />
        </div>
        <SocialCardPreview article={article} draft={draft} lang={lang} />
      </div>
      <p className="help">{t("seo.previewNote")}</p>
    </section>
  );
}

interface SeoTextInputProps {
  field: SeoTextField;
  label: string;
  help: string | null;
  rows?: number;
  lang: string;
  value: string;
  readOnly: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

/** A text field with its count against the recommended range, read out with the field. */
function SeoTextInput({ field, label, help, rows, lang, value, readOnly, onChange }: SeoTextInputProps) {
  const { t } = useI18n();
  const id = useId();
  const { max, recommended } = SEO_LIMITS[field];
  const [low, high] = recommended;
  // Counted as the server counts: trimmed, in characters as readers see them.
  const count = characterCount(value.trim());
  const verdict =
    count > max
      ? "seo.countOver"
      : count > high
        ? "seo.countLong"
        : count >= low
          ? "seo.countGood"
          : count > 0
            ? "seo.countShort"
            : null;
  const input = {
    id,
    lang,
    value,
    readOnly,
    onChange,
    name: field,
    "aria-describedby": [help ? `${id}-help` : "", `${id}-count`].join(" ").trim(),
    "aria-invalid": count > max ? true : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {rows ? <textarea rows={rows} {...input} /> : <input type="text" {...input} />}
      {help && (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      )}
      <p id={`${id}-count`} className={`help seo-count seo-count-${verdict ?? "empty"}`}>
        {t("seo.count", { count, max, low, high })}
        {verdict && `: ${t(verdict)}`}
      </p>
    </div>
  );
}

interface PreviewProps {
  article: Article;
  draft: ArticleFields;
  lang: string;
}

/** The story's public address as the editor has it now (a made slug is not known until saved). */
function addressOf(article: Article, draft: ArticleFields): { host: string; path: string[] } {
  const site = siteOf(article.edition);
  const host = new URL(site.url).host;
  const path = [article.edition, draft.section, draft.slug || article.slug].filter(Boolean);
  return { host, path };
}

/** A search engine's result: site name and address, title and description, each cut as a result cuts them. */
function SearchResultPreview({ article, draft, lang }: PreviewProps) {
  const { t } = useI18n();
  const id = useId();
  const site = siteOf(article.edition);
  const { host, path } = addressOf(article, draft);
  // The page's own <title> is "headline | site name" (site/views/layout.tsx).
  const title = draft.seoTitle.trim() || `${draft.headline.trim()} | ${site.name}`;
  const description = draft.seoDescription.trim() || draft.standfirst.trim();
  return (
    <figure className="seo-preview" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{t("seo.googlePreview")}</figcaption>
      <div className="serp" data-testid="search-preview">
        <p className="serp-site">
          <span className="serp-name">{site.name}</span>
          <span className="serp-url">{[host, ...path].join(" › ")}</span>
        </p>
        <p className="serp-title" lang={lang}>
          {cutText(title, RESULT_CUT.title)}
        </p>
        <p className="serp-description" lang={lang}>
          {cutText(description, RESULT_CUT.description)}
        </p>
      </div>
    </figure>
  );
}

/** A social network's card: the shared picture, then domain, title and description. */
function SocialCardPreview({ article, draft, lang }: PreviewProps) {
  const { t } = useI18n();
  const id = useId();
  const image = useMedia(draft.socialMediaId ?? draft.leadMediaId);
  const { host } = addressOf(article, draft);
  const title = draft.socialTitle.trim() || draft.headline.trim();
  const description = draft.socialDescription.trim() || draft.standfirst.trim();
  return (
    <figure className="seo-preview" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{t("seo.socialPreview")}</figcaption>
      <div className="social-card" data-testid="social-preview">
        {image ? (
          <img className="social-card-image" src={image.url} alt={image.alt} />
        ) : (
          <p className="social-card-image social-card-no-image">{t("seo.noImage")}</p>
        )}
        <div className="social-card-text">
          <p className="social-card-domain">{host.toUpperCase()}</p>
          <p className="social-card-title" lang={lang}>
            {cutText(title, SEO_LIMITS.socialTitle.recommended[1])}
          </p>
          <p className="social-card-description" lang={lang}>
            {cutText(description, SEO_LIMITS.socialDescription.recommended[1])}
          </p>
        </div>
      </div>
    </figure>
  );
}
