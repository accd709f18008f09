// The <option> lists several forms share: editions by name, and an edition's sections.
import type { EditionCode, Section } from "../api/types.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { EDITIONS, editionName } from "../lib/editions.ts";

export function EditionOptions({ editions = EDITIONS }: { editions?: readonly EditionCode[] }) {
  const { t } = useI18n();
  return (
    <>
      {editions.map((ed) => (
        <option key={ed} value={ed}>
          {editionName(ed, t)}
        </option>
      ))}
    </>
  );
}

export function SectionOptions({ sections }: { sections: readonly Section[] }) {
  return (
    <>
      {sections.map((s) => (
        <option key={s.slug} value={s.slug}>
          {s.name}
        </option>
      ))}
    </>
  );
}
