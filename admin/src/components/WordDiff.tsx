// A word diff in reading order: removed words struck through, added ones underlined, each also
// named in words for screen readers (colour and strike-through alone say nothing to them); the
// name is spaced from the word before it, so "rise" and "added" are not read as one word.
import { Fragment } from "react";
import { useI18n } from "../i18n/i18n.tsx";

export interface WordPart {
  text: string;
  change: "same" | "added" | "removed";
}

export function WordDiff({ parts }: { parts: readonly WordPart[] }) {
  const { t } = useI18n();
  return (
    <>
      {parts.map((part, i) =>
        part.change === "added" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence.
          <Fragment key={i}>
            <span className="visually-hidden"> {t("revisions.added")} </span>
            <ins>{part.text}</ins>
          </Fragment>
        ) : part.change === "removed" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence.
          <Fragment key={i}>
            <span className="visually-hidden"> {t("revisions.removed")} </span>
            <del>{part.text}</del>
          </Fragment>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence.
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
