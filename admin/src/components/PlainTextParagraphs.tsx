/** Text kept as plain lines (a story's body as text), shown a paragraph per non-empty line. */
export function PlainTextParagraphs({ text }: { text: string }) {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: the lines are a fixed text.
      <p key={i}>{line}</p>
    ));
}
