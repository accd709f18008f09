/**
 * The XSS corpus of the standing guard (xss-guard.browser.test.ts). Each payload is written around
 * one marker number: the script it would run calls `__xss(n)` (a binding the test exposes in every
 * frame) or `alert(n)` (a dialog the test listens for), so a firing payload names itself and the
 * field it was planted in. Numbers need no quotes, so a marker never changes a payload's quoting.
 */
export interface XssPayload {
  name: string;
  make(marker: number): string;
}

const call = (n: number) => `__xss(${n})`;
const payload = (name: string, make: (marker: number) => string): XssPayload => ({ name, make });

export const XSS_PAYLOADS: readonly XssPayload[] = [
  payload("script tag", (n) => `<script>${call(n)}</script>`),
  payload("img onerror", (n) => `<img src=x onerror=${call(n)}>`),
  payload("svg onload", (n) => `<svg onload=${call(n)}>`),
  payload("svg script", (n) => `<svg><script>${call(n)}</script></svg>`),
  payload("svg animate onbegin", (n) => `<svg><animate onbegin=${call(n)} attributeName=x dur=1s>`),
  payload(
    "svg xlink:href",
    (n) => `<svg><a xlink:href="javascript:${call(n)}"><text y="9">x</text></a></svg>`,
  ),
  payload("details ontoggle", (n) => `<details open ontoggle=${call(n)}>`),
  payload("input autofocus", (n) => `<input autofocus onfocus=${call(n)}>`),
  payload("body onload", (n) => `<body onload=${call(n)}>`),
  payload("javascript: link", (n) => `<a href="javascript:${call(n)}">x</a>`),
  payload("javascript: with entity colon", (n) => `<a href="JaVaScRiPt&colon;${call(n)}">x</a>`),
  payload("javascript: with tab", (n) => `<a href="java\tscript:${call(n)}">x</a>`),
  payload("javascript: decimal entity", (n) => `<a href="&#106;avascript:${call(n)}">x</a>`),
  payload("bare javascript: URL", (n) => `javascript:${call(n)}`),
  payload("data: URL iframe", (n) => `<iframe src="data:text/html,<script>parent.${call(n)}</script>">`),
  payload("data: URL link", (n) => `<a href="data:text/html;base64,PHNjcmlwdD4=">${n}</a>`),
  payload("iframe srcdoc", (n) => `<iframe srcdoc="<script>parent.${call(n)}</script>">`),
  payload("object data", (n) => `<object data="javascript:${call(n)}">`),
  payload("form action", (n) => `<form action="javascript:${call(n)}"><button>x</button></form>`),
  payload("meta refresh", (n) => `<meta http-equiv="refresh" content="0;url=javascript:${call(n)}">`),
  payload("base href", (n) => `<base href="javascript:${call(n)}//">`),
  payload("double-quote breakout", (n) => `"><script>${call(n)}</script>`),
  payload("single-quote breakout", (n) => `'-alert(${n})-'`),
  payload("string breakout", (n) => `";alert(${n});//`),
  payload("script close breakout", (n) => `</script><script>${call(n)}</script>`),
  payload("CDATA breakout", (n) => `]]><script xmlns="http://www.w3.org/1999/xhtml">${call(n)}</script>`),
  payload("CDATA section", (n) => `<![CDATA[<script>${call(n)}</script>]]>`),
  payload(
    "second CDATA breakout",
    (n) => `]]>]]><script xmlns="http://www.w3.org/1999/xhtml">${call(n)}</script>`,
  ),
  payload("comment breakout", (n) => `--><script>${call(n)}</script><!--`),
  payload("title breakout", (n) => `</title><script>${call(n)}</script>`),
  payload("textarea breakout", (n) => `</textarea><script>${call(n)}</script>`),
  payload("style tag", (n) => `<style>@import 'javascript:${call(n)}';</style>`),
  payload(
    "style attribute",
    (n) => `<p style="background:url(javascript:${call(n)});x:expression(${call(n)})">`,
  ),
  payload("mXSS noscript", (n) => `<noscript><p title="</noscript><img src=x onerror=${call(n)}>">`),
  payload("mXSS math", (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${call(n)}>`),
  payload("named entities", (n) => `&lt;script&gt;${call(n)}&lt;/script&gt;`),
  payload("hex entities", (n) => `&#x3C;script&#x3E;${call(n)}&#x3C;/script&#x3E;`),
  payload("double-encoded", (n) => `&amp;lt;img src=x onerror=${call(n)}&amp;gt;`),
  payload("entity-encoded handler", (n) => `<img src=x onerror=&#x5F;&#x5F;xss(${n})>`),
  payload("template injection", (n) => `{{constructor.constructor('${call(n)}')()}}`),
  payload("line separators", (n) => `\u2028\u2029</script><script>${call(n)}</script>`),
];

/** Marker numbers are field × 100 + payload, so the corpus must stay under a hundred entries. */
export const MARKER_BASE = 100;

export function markerOf(fieldIndex: number, payloadIndex: number): number {
  return (fieldIndex + 1) * MARKER_BASE + payloadIndex;
}

/** The field and payload a fired marker was planted as. */
export function decodeMarker(marker: number): { fieldIndex: number; payloadIndex: number } {
  return { fieldIndex: Math.floor(marker / MARKER_BASE) - 1, payloadIndex: marker % MARKER_BASE };
}
