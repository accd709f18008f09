import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readCorpus } from "../../../test/support/corpora.ts";
import { stemBangla } from "./bangla-stem.ts";
import { normalizeWord } from "./normalize.ts";
import { analyze, termOf, words } from "./terms.ts";

const udhr = readCorpus("bengali/udhr/udhr-ben.txt");
const gitanjali = readCorpus("bengali/corpus-wikisource/wikisource__gitanjali__bengali.json");

describe("word analysis", () => {
  it("stems English so inflections meet", () => {
    assert.deepEqual(analyze("Elections elected electing"), ["elect", "elect", "elect"]);
    assert.deepEqual(analyze("Flooded rivers, FLOODS"), ["flood", "river", "flood"]);
    assert.deepEqual(analyze("Dhaka's café"), ["dhaka", "cafe"]);
  });

  it("keeps Bangla words whole: conjuncts, vowel signs and viramas never split a word", () => {
    assert.deepEqual(analyze("বাংলাদেশের রাজধানী ঢাকা।"), ["বাংলাদেশ", "রাজধানী", "ঢাকা"]);
    assert.deepEqual(analyze("ক্ষমতা স্বাস্থ্য সিদ্ধান্ত"), ["ক্ষমতা", "স্বাস্থ্য", "সিদ্ধান্ত"]);
    assert.notEqual(termOf("ঢাকা")?.term, termOf("ঢোকা")?.term, "a vowel sign makes another word");
  });

  it("maps the spellings of one word to one term: NFC, joiners, legacy khanda-ta", () => {
    const decomposed = "\u09AF\u09BC";
    const precomposed = "\u09DF";
    assert.equal(termOf(`সময়${decomposed}`)?.term, termOf(`সময়${precomposed}`)?.term);
    assert.equal(termOf(`সম${precomposed}`)?.term, termOf(`সম${decomposed}`)?.term);
    assert.equal(normalizeWord("স্বীকৃতি\u200Cই"), "স্বীকৃতিই");
    assert.equal(normalizeWord("উত\u09CD\u200Dসব"), "উৎসব");
  });

  it("matches Bengali and ASCII digits", () => {
    assert.deepEqual(analyze("২০২৪ 2024"), ["2024", "2024"]);
  });

  it("conflates the Bangla case, plural and classifier endings of a noun", () => {
    const forms = ["সরকার", "সরকারের", "সরকারকে", "সরকারগুলো"];
    assert.equal(new Set(forms.map(stemBangla)).size, 1, forms.map(stemBangla).join(" "));
    const dhaka = ["ঢাকা", "ঢাকার", "ঢাকায়".normalize("NFC")];
    assert.equal(new Set(dhaka.map(stemBangla)).size, 1);
    const students = ["শিক্ষার্থী", "শিক্ষার্থীরা", "শিক্ষার্থীদের"];
    assert.equal(new Set(students.map(stemBangla)).size, 1);
    assert.equal(stemBangla("কর"), "কর", "a short word keeps its letters");
  });

  it("finds every word of the Bangla UDHR whole, one term per word", { skip: udhr.skip }, () => {
    const text = udhr.text.normalize("NFC");
    const found = [...words(text)].map((w) => w.surface);
    // Words are what lies between spaces and punctuation; marks and joiners belong to them.
    const expected = text.split(/[\s\p{P}\p{S}]+/u).filter((w) => w !== "");
    assert.deepEqual(found, expected);
    const withJoiner = found.filter((w) => /\u200C/.test(w));
    assert.ok(withJoiner.length > 10, "the corpus has ZWNJ inside words");
    for (const word of withJoiner) assert.equal(analyze(word).length, 1, word);
  });

  it("analyzes classic Bangla verse and prose to whole-word terms", { skip: gitanjali.skip }, () => {
    const poems = (JSON.parse(gitanjali.text) as { text: Record<string, Record<string, string>> }).text;
    const lines = Object.values(poems).flatMap((poem) => Object.values(poem));
    const terms = analyze(lines.join("\n"));
    assert.ok(terms.length > 500, `only ${terms.length} terms`);
    for (const term of terms.slice(0, 2000)) {
      assert.match(term, /^[\p{L}\p{N}]/u, `a term never starts with a mark: ${term}`);
      assert.doesNotMatch(term, /[\u200C\u200D]/u);
    }
  });
});
