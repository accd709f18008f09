/**
 * Builds article bodies from the text banks. Blocks are chosen once and rendered per language,
 * which is what makes a translation pair a paragraph-by-paragraph rendering of the same story.
 */
import {
  COLUMN_SIGNOFF,
  GENERIC_NEWS,
  LIST_HEADINGS,
  NEWS_CLOSINGS,
  QUOTE_FRAMES,
  UPDATE_NOTE,
} from "./banks/generic-news.ts";
import {
  GENERIC_ANALYSIS,
  GENERIC_FEATURE,
  GENERIC_OPINION,
  OPINION_CLOSINGS,
} from "./banks/generic-views.ts";
import type { Bi, ClusterBank, GenericPara, Kind, Lang, Quote } from "./banks/types.ts";
import type { Rng } from "./prng.ts";
import { countWords, escapeHtml, fill } from "./text.ts";

export const MIN_WORDS = 400;
export const MAX_WORDS = 900;
/** Headroom below MAX_WORDS so the tail (closing, update note) never pushes a body over. */
const SOFT_MAX = MAX_WORDS - 20;

type Block =
  | { t: "p"; text: Bi }
  | { t: "note"; label?: Bi; text: Bi }
  | { t: "h2"; text: Bi }
  | { t: "quote"; quote: Quote; person: Bi; frame: number }
  | { t: "pull"; quote: Quote; person: Bi }
  | { t: "list"; heading: Bi | null; items: Bi[] };

export interface ComposeInput {
  bank: ClusterBank;
  kind: Kind;
  langs: Lang[];
  lead: Partial<Bi>;
  slots: Record<Lang, Record<string, string>>;
  wire: boolean;
  updated: boolean;
  /** Byline of the column, for the sign-off line. */
  columnist: Bi | null;
  people: Bi[];
  rng: Rng;
  targetWords: number;
}

/**
 * Letters name the source of each candidate block, in reading order: P cluster paragraph,
 * Q quote, G generic news, A analysis, F feature, O opinion, V cluster view, H subhead,
 * L fact list, B pull quote. A candidate whose pool is empty is skipped.
 */
const ORDER: Record<Kind, string> = {
  news: "PQPGPQHPGLPGQPGGPGQ",
  analysis: "HPAQVPAHLAVBPAGPAQ",
  feature: "PFQFPBFPHFQPGFA",
  opinion: "OVOPVOQVOPOO",
};
/** Used only once the kind's own sequence runs dry; limited to sources that suit any kind. */
const FALLBACK = "PVQPGVQPGQ";

class Pool<T> {
  private readonly items: T[];
  constructor(items: readonly T[], rng: Rng) {
    this.items = rng.shuffle(items);
  }
  take(): T | undefined {
    return this.items.shift();
  }
}

function usable(bankKey: string, wire: boolean) {
  return (p: GenericPara) => !p.skip?.includes(bankKey) && !(wire && p.staffOnly);
}

function replaceAll(text: string, marker: string, value: string): string {
  return text.split(marker).join(value);
}

function renderBlock(block: Block, lang: Lang, slots: Record<string, string>): string {
  const f = (text: string) => escapeHtml(fill(text, slots));
  switch (block.t) {
    case "p":
      return `<p>${f(block.text[lang])}</p>`;
    case "note": {
      const label = block.label ? `<strong>${f(block.label[lang])}:</strong> ` : "";
      return `<p><em>${label}${f(block.text[lang])}</em></p>`;
    }
    case "h2":
      return `<h2>${f(block.text[lang])}</h2>`;
    case "quote": {
      const frame = QUOTE_FRAMES[block.frame] ?? QUOTE_FRAMES[0];
      if (!frame) throw new Error("No quote frames defined");
      let text = replaceAll(frame[lang], "{q}", block.quote.q[lang]);
      text = replaceAll(text, "{role}", block.quote.role[lang]);
      text = replaceAll(text, "{person}", block.person[lang]);
      return `<p>${f(text)}</p>`;
    }
    case "pull": {
      const end = lang === "bn" ? "।" : ".";
      return (
        `<blockquote><p>“${f(block.quote.q[lang])}${end}”</p>` +
        `<p>— <strong>${f(block.person[lang])}</strong>, ${f(block.quote.role[lang])}</p></blockquote>`
      );
    }
    case "list": {
      const heading = block.heading ? `<h2>${f(block.heading[lang])}</h2>` : "";
      return `${heading}<ul>${block.items.map((item) => `<li>${f(item[lang])}</li>`).join("")}</ul>`;
    }
  }
}

function render(blocks: Block[], lang: Lang, slots: Record<string, string>): string {
  return blocks.map((b) => renderBlock(b, lang, slots)).join("\n");
}

export function composeBody(input: ComposeInput): Partial<Record<Lang, string>> {
  const { bank, kind, langs, rng, wire } = input;
  const ok = usable(bank.key, wire);
  const pools = {
    P: new Pool(bank.paragraphs, rng),
    V: new Pool(bank.views, rng),
    G: new Pool(GENERIC_NEWS.filter(ok), rng),
    A: new Pool(GENERIC_ANALYSIS.filter(ok), rng),
    F: new Pool(GENERIC_FEATURE.filter(ok), rng),
    O: new Pool(GENERIC_OPINION.filter(ok), rng),
    Q: new Pool(bank.quotes, rng),
    H: new Pool(bank.subheads, rng),
  };
  const people = new Pool(input.people, rng);
  // "told the Dateline" suits reporting, not agency copy or a columnist's own voice.
  const plainFrames = wire || kind === "opinion";
  const frames = QUOTE_FRAMES.map((_, i) => i).filter((i) => !(plainFrames && QUOTE_FRAMES[i]?.staffOnly));
  const speaker = (quote: Quote): Bi => quote.who ?? people.take() ?? { en: "a resident", bn: "একজন বাসিন্দা" };
  let listUsed = false;

  const make = (letter: string, prev: Block | undefined): Block | undefined => {
    switch (letter) {
      case "P":
      case "V":
      case "G":
      case "A":
      case "F":
      case "O": {
        const text = pools[letter].take();
        return text && { t: "p", text };
      }
      case "Q": {
        const quote = pools.Q.take();
        return quote && { t: "quote", quote, person: speaker(quote), frame: rng.pick(frames) };
      }
      case "B": {
        const quote = pools.Q.take();
        return quote && { t: "pull", quote, person: speaker(quote) };
      }
      case "H": {
        if (!prev || prev.t === "h2" || prev.t === "list") return undefined;
        const text = pools.H.take();
        return text && { t: "h2", text };
      }
      case "L": {
        if (listUsed) return undefined;
        listUsed = true;
        const items = rng.shuffle(bank.facts).slice(0, rng.int(3, 4));
        return { t: "list", heading: rng.pick(LIST_HEADINGS), items };
      }
      default:
        throw new Error(`Unknown block letter ${letter}`);
    }
  };

  const tail: Block[] = [];
  if (kind === "opinion") {
    const closing = rng.pick(OPINION_CLOSINGS);
    tail.push({ t: "p", text: closing });
    if (input.columnist) {
      const name = input.columnist;
      tail.push({
        t: "note",
        text: {
          en: replaceAll(COLUMN_SIGNOFF.en, "{author}", name.en),
          bn: replaceAll(COLUMN_SIGNOFF.bn, "{author}", name.bn),
        },
      });
    }
  } else if (kind === "news") {
    const closings = NEWS_CLOSINGS.filter(ok);
    if (closings.length > 0) tail.push({ t: "p", text: rng.pick(closings) });
  }
  if (input.updated) tail.push({ t: "note", label: { en: "Updated", bn: "হালনাগাদ" }, text: UPDATE_NOTE });

  const leadText: Bi = { en: input.lead.en ?? "", bn: input.lead.bn ?? "" };
  const blocks: Block[] = [{ t: "p", text: leadText }];
  const words = (candidate: Block[]) =>
    langs.map((lang) => countWords(render([...candidate, ...tail], lang, input.slots[lang])));

  for (const letter of ORDER[kind] + FALLBACK) {
    const block = make(letter, blocks[blocks.length - 1]);
    if (!block) continue;
    const counts = words([...blocks, block]);
    if (Math.max(...counts) > SOFT_MAX) {
      if (block.t === "p" || block.t === "quote") continue;
      break;
    }
    // A list brings its own heading, so a subhead right before it would stack two headings.
    if (block.t === "list" && blocks[blocks.length - 1]?.t === "h2") blocks.pop();
    blocks.push(block);
    if (Math.min(...counts) >= input.targetWords && block.t !== "h2") break;
  }
  while (blocks[blocks.length - 1]?.t === "h2") blocks.pop();

  const out: Partial<Record<Lang, string>> = {};
  for (const lang of langs) out[lang] = render([...blocks, ...tail], lang, input.slots[lang]);
  return out;
}
