// An entry's body as readers see it. The server has already cleaned it (the story body policy);
// rebuilding it as React elements from an allowlist keeps the newsroom, which holds a signed-in
// session, from ever inserting markup as HTML.
import { createElement, Fragment, type ReactNode, useMemo } from "react";
import { BODY_TAGS } from "../../../src/content/body-tags.ts";

const TAGS = new Set<string>(BODY_TAGS);
const VOID = new Set(["br", "hr", "img"]);
/** Dropped with everything inside them. */
const DROPPED = new Set(["script", "style", "template", "iframe", "object", "embed", "noscript"]);
const ATTRIBUTES: Record<string, Record<string, string>> = {
  a: { href: "href", title: "title" },
  img: { src: "src", alt: "alt", width: "width", height: "height" },
  td: { colspan: "colSpan", rowspan: "rowSpan" },
  th: { colspan: "colSpan", rowspan: "rowSpan", scope: "scope" },
};
/** http(s), mailto, or a path on this site (not "//host"). */
const SAFE_URL = /^(https?:|mailto:|\/(?!\/)|#)/i;

function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (!(node instanceof Element)) return null;
  const tag = node.tagName.toLowerCase();
  if (DROPPED.has(tag)) return null;
  const children = Array.from(node.childNodes, toReact);
  if (!TAGS.has(tag)) return <Fragment key={key}>{children}</Fragment>;
  const props: Record<string, string | number> = { key };
  for (const [name, prop] of Object.entries(ATTRIBUTES[tag] ?? {})) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    if ((name === "href" || name === "src") && !SAFE_URL.test(value.trim())) continue;
    props[prop] = value;
  }
  if (tag === "a") props.rel = "noopener noreferrer";
  return VOID.has(tag) ? createElement(tag, props) : createElement(tag, props, ...children);
}

export function EntryBody({ html, lang }: { html: string; lang: string }) {
  const content = useMemo(() => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    return Array.from(doc.body.childNodes, toReact);
  }, [html]);
  return (
    <div className="desk-entry-body" lang={lang}>
      {content}
    </div>
  );
}
