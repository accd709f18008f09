// Add or edit one section. An edition is sent when any of its fields is filled (or it existed
// before), so a half-filled edition reaches the server and comes back with a field error
// instead of being silently dropped.
import { type FormEvent, useState } from "react";
import { taxonomyApi } from "../../api/endpoints.ts";
import type { EditionCode, SectionLocalization } from "../../api/types.ts";
import { ErrorMessage } from "../../components/ErrorMessage.tsx";
import { TextField } from "../../components/Field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { contentLang, EDITIONS, editionName } from "../../lib/editions.ts";
import { keyFromName, slugFromName } from "../../lib/suggest-slug.ts";
import { useSubmit } from "../../lib/useSubmit.ts";

export interface SectionRow {
  key: string;
  loc: Partial<Record<EditionCode, SectionLocalization>>;
}

interface SectionFormProps {
  /** Edit this section; without it the form adds a new one. */
  existing?: SectionRow;
  suggestedPosition?: number;
  onDone: (name: string) => void;
}

type Fields = { slug: string; name: string };
type Texts = Record<EditionCode, Fields>;
const BLANK: Fields = { slug: "", name: "" };

function initialTexts(existing: SectionRow | undefined): Texts {
  const of = (e: EditionCode) => ({ slug: existing?.loc[e]?.slug ?? "", name: existing?.loc[e]?.name ?? "" });
  return Object.fromEntries(EDITIONS.map((e) => [e, of(e)])) as Texts;
}

export function SectionForm({ existing, suggestedPosition, onDone }: SectionFormProps) {
  const { t, lang } = useI18n();
  const submit = useSubmit();
  const [key, setKey] = useState(existing?.key ?? "");
  // The server does not report positions, so editing starts empty ("keep").
  const [position, setPosition] = useState(existing ? "" : String(suggestedPosition ?? 0));
  const [texts, setTexts] = useState<Texts>(() => initialTexts(existing));
  // Editions in the order they were last sent, to map "localizations.N" errors back to fields.
  const [sent, setSent] = useState<EditionCode[]>([]);
  // A new section's slugs follow its names, and its key the English name, until edited by hand.
  const [edited, setEdited] = useState<Set<string>>(() => new Set(existing ? ["key", ...EDITIONS] : []));
  const typeName = (e: EditionCode, name: string) => {
    const slug = edited.has(e) ? textsOf(e).slug : slugFromName(name);
    setTexts({ ...texts, [e]: { name, slug } });
    if (e === "en" && !edited.has("key")) setKey(keyFromName(name));
  };
  const typed = (field: string) => setEdited((prev) => new Set(prev).add(field));

  // Once an edition is in use, both its fields are needed; the browser says so before the server does.
  const textsOf = (e: EditionCode) => texts[e] ?? BLANK;
  const inUse = (e: EditionCode) =>
    Boolean(textsOf(e).slug.trim() || textsOf(e).name.trim() || existing?.loc[e]);

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
      slug: textsOf(e).slug.trim(),
      name: textsOf(e).name.trim(),
    }));
    const pos = position.trim() === "" ? undefined : Number(position);
    const name = textsOf(lang).name.trim() || localizations[0]?.name || key;
    void submit.run(async () => {
      if (existing) await taxonomyApi.updateSection(existing.key, { position: pos, localizations });
      else {
        await taxonomyApi.createSection({ key: key.trim(), position: pos ?? 0, localizations });
        // Reset in place (not a remount) so focus stays on the submit button for the next one.
        setKey("");
        setTexts(initialTexts(undefined));
        setPosition(String((pos ?? 0) + 1));
        setSent([]);
      }
      onDone(name);
    });
  }

  const locError = (e: EditionCode, field: string) =>
    sent.includes(e) ? submit.at(`localizations.${sent.indexOf(e)}.${field}`) : undefined;

  return (
    <form onSubmit={onSubmit} className="stack narrow">
      <ErrorMessage error={submit.error} />
      {!existing && (
        <TextField
          label={t("sections.key")}
          help={t("sections.keyHelp")}
          required
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          maxLength={60}
          autoComplete="off"
          spellCheck={false}
          value={key}
          error={submit.at("key")}
          onChange={(e) => {
            typed("key");
            setKey(e.target.value);
          }}
        />
      )}
      <TextField
        label={t("sections.position")}
        help={existing ? t("sections.positionKeep") : t("sections.positionHelp")}
        type="number"
        inputMode="numeric"
        min={0}
        max={1000}
        step={1}
        required={!existing}
        value={position}
        error={submit.at("position")}
        onChange={(e) => setPosition(e.target.value)}
      />
      {EDITIONS.map((e) => (
        <fieldset key={e}>
          <legend>{editionName(e, t)}</legend>
          <TextField
            label={t("taxonomy.name")}
            required={inUse(e)}
            lang={contentLang(e)}
            maxLength={200}
            autoComplete="off"
            value={textsOf(e).name}
            error={locError(e, "name")}
            onChange={(ev) => typeName(e, ev.target.value)}
          />
          <TextField
            label={t("taxonomy.slug")}
            required={inUse(e)}
            help={t("taxonomy.slugHelp")}
            lang={contentLang(e)}
            maxLength={120}
            autoComplete="off"
            spellCheck={false}
            value={textsOf(e).slug}
            error={locError(e, "slug")}
            onChange={(ev) => {
              typed(e);
              setTexts({ ...texts, [e]: { ...textsOf(e), slug: ev.target.value } });
            }}
          />
        </fieldset>
      ))}
      <div>
        <button type="submit" className="button button-primary" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t("app.saving") : existing ? t("app.save") : t("sections.addButton")}
        </button>
      </div>
    </form>
  );
}
