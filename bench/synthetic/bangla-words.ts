/**
 * Bangla word forms for the synthetic archive: a head of common words and a maker of invented
 * forms for the long tail. The tail deliberately exercises what a Bangla index must cope with:
 * conjuncts (ক্ষ, ন্ত, ত্র, স্ত), vowel signs, chandrabindu and anusvara, khanda-ta, forms written
 * with a zero-width non-joiner, and nouns carrying case and plural endings (-ের, -কে, -তে,
 * -গুলো, -দের).
 */
import type { Rng } from "../../src/demo/prng.ts";

const FUNCTION_WORDS = `ও এবং এই সে তিনি করে থেকে জন্য না হয় বলে আর এক কথা সঙ্গে হবে তার করা কিন্তু
  যে এ মধ্যে পর দিয়ে হয়েছে নিয়ে তাঁর বলেন করেন ছিল আছে সব কোনো আগে এখন যা তবে বা সময় হলে
  হচ্ছে করতে তাঁরা তাদের তাঁদের এর একটি দুই তিন চার পাঁচ এখনো আরও গত প্রায় বেশি কম অনেক
  কয়েক প্রতি যদি তখন এমন কেউ কিছু সেই ওই যেখানে কারণ ফলে বরং শুধু মাত্র এরই মতো দিকে
  ওপর নিচে ভেতরে বাইরে পাশে সামনে পেছনে পর্যন্ত ধরে হিসেবে বিষয়ে সম্পর্কে বিরুদ্ধে পক্ষে`;

const NEWS_WORDS = `সরকার সরকারের দেশ দেশের মন্ত্রী মন্ত্রণালয় মন্ত্রণালয়ের পুলিশ আদালত দল দলের নির্বাচন
  নির্বাচনের ভোট ভোটার প্রার্থী আসন সংসদ সংসদে বিরোধী ক্ষমতাসীন নেতা নেতারা কর্মকর্তা
  কর্মকর্তারা জেলা উপজেলা গ্রাম গ্রামের শহর শহরের রাজধানী মানুষ মানুষের পরিবার পরিবারের
  শিশু শিশুদের নারী শিক্ষার্থী শিক্ষার্থীদের বিদ্যালয় বিশ্ববিদ্যালয় হাসপাতাল হাসপাতালে রোগী
  চিকিৎসক চিকিৎসা স্বাস্থ্য বাজার বাজারে দাম দামের টাকা কোটি লাখ শতাংশ বছর বছরের মাস মাসে
  সপ্তাহ দিন দিনের আজ গতকাল রাত সকাল বিকেল প্রতিবেদন তথ্য হিসাব জরিপ গবেষণা বিশেষজ্ঞ
  অর্থনীতি অর্থনীতির বাজেট কর রাজস্ব ব্যাংক ব্যাংকের ঋণ বিনিয়োগ রপ্তানি আমদানি পোশাক
  কারখানা কারখানার শ্রমিক শ্রমিকদের মজুরি কৃষক কৃষকদের ধান ফসল চাল বন্যা বন্যার বৃষ্টি
  ঘূর্ণিঝড় উপকূল উপকূলের নদী নদীর ভাঙন পানি পানির বাঁধ সড়ক সড়কের সেতু রেল ট্রেন বাস
  যানজট আগুন মৃত্যু নিহত আহত গ্রেপ্তার মামলা মামলার অভিযোগ বিচার রায় আইন আইনজীবী শুনানি
  জামিন কারাগার তদন্ত কমিশন কমিটি বৈঠক আলোচনা চুক্তি সমঝোতা সিদ্ধান্ত নীতি সংস্কার দাবি
  আন্দোলন ধর্মঘট বিক্ষোভ সমাবেশ খেলা ক্রিকেট ম্যাচ সিরিজ অধিনায়ক রান উইকেট দলটি কোচ
  মৌসুম ফাইনাল জয় হার গোল ফুটবল স্টেডিয়াম দর্শক প্রযুক্তি ইন্টারনেট মোবাইল ডিজিটাল
  বিদ্যুৎ গ্যাস জ্বালানি তেল সরবরাহ চাহিদা সংকট ত্রাণ সহায়তা তহবিল খরচ ব্যয় উন্নয়ন প্রকল্প
  প্রকল্পের নির্মাণ বন্দর জাহাজ কনটেইনার বিমানবন্দর ফ্লাইট সীমান্ত নিরাপত্তা সেনাবাহিনী
  যুদ্ধ শান্তি অঞ্চল আন্তর্জাতিক বিশ্ব জাতিসংঘ জলবায়ু আবহাওয়া তাপমাত্রা গরম শীত বর্ষা
  জলাবদ্ধতা বর্জ্য দূষণ বাতাস বন ডেঙ্গু টিকা ওষুধ খাদ্য দোকান ব্যবসায়ী ক্রেতা উৎসব ছুটি
  সংস্কৃতি গান চলচ্চিত্র বই লেখক শিল্পী ইতিহাস জীবন বাড়ি ঘর এলাকা এলাকার অংশ সংখ্যা
  প্রশ্ন সমস্যা পরিবর্তন উদ্যোগ পদক্ষেপ অধিকার স্বাধীনতা ন্যায়বিচার দুর্নীতি সাক্ষী প্রমাণ`;

const VERB_WORDS = `বলেছেন জানান জানিয়েছেন বলেন করেছে করেছেন হয়েছিল দেওয়া দেন দিয়েছেন নেওয়া নেন
  নিয়েছেন যান গেছে গিয়েছিল আসে এসেছে দেখা দেখেন পাওয়া পেয়েছে চান চেয়েছেন শুরু শেষ চলছে
  চলবে বেড়েছে কমেছে বাড়ছে কমছে বাড়াতে কমাতে রয়েছে থাকবে থাকায় হলেও ঘোষণা অনুমোদন
  প্রত্যাখ্যান সতর্ক আহ্বান পরিকল্পনা পৌঁছেছে খুলে বন্ধ ফিরে পেয়ে নির্মিত ব্যয় রক্ষা
  ভোগান্তি সংগ্রহ মুক্তি যোগ দিয়েছে জানা গেছে উল্লেখ করেন`;

const DESCRIPTIVE_WORDS = `বড় ছোট নতুন পুরোনো প্রধান সাবেক সাধারণ বিশেষ রাজনৈতিক অর্থনৈতিক সামাজিক
  আইনি বেসরকারি কেন্দ্রীয় উত্তরের দক্ষিণের পূর্বাঞ্চলের পশ্চিমাঞ্চলের দীর্ঘ সংক্ষিপ্ত সম্ভাব্য
  গুরুত্বপূর্ণ গুরুতর ভারী শক্তিশালী দুর্বল পূর্ণ মোট সরকারি কঠিন স্পষ্ট দরিদ্র ধনী ভালো খারাপ
  অর্ধেক দৈনিক সাপ্তাহিক বার্ষিক গ্রামীণ শহুরে উপকূলীয় তীব্র দ্রুত ইতিমধ্যে কখনো প্রায়ই একসঙ্গে`;

/** Common words, most frequent first within each band; NFC, as the content writes store them. */
export const BANGLA_HEAD: readonly string[] = [
  ...new Set(
    [FUNCTION_WORDS, NEWS_WORDS, VERB_WORDS, DESCRIPTIVE_WORDS]
      .flatMap((block) => block.split(/\s+/))
      .map((word) => word.normalize("NFC")),
  ),
].filter(Boolean);

const CONSONANTS = "ক খ গ ঘ চ ছ জ ঝ ট ঠ ড ঢ ত থ দ ধ ন প ফ ব ভ ম র ল শ ষ স হ".split(" ");
/** These two never start a word. */
const MEDIAL_CONSONANTS = [...CONSONANTS, "ড়", "য়", "য়"];
const INITIAL_CONJUNCTS = "ক্ষ ত্র স্ত প্র ব্র গ্র স্থ জ্ঞ দ্র ক্র শ্র স্ব দ্ব".split(" ");
/** Inside a word any of these may follow a vowel; the extra ones never open a word. */
const CONJUNCTS = [...INITIAL_CONJUNCTS, ..."ন্ত ন্দ ম্প ক্ত ন্ড দ্ধ ঙ্গ চ্ছ ল্প শ্চ ষ্ট ন্ন ম্ম ত্ত".split(" ")];
const INITIAL_VOWELS = "অ আ ই উ এ ও".split(" ");
/** Weighted by repetition; an empty string is the inherent vowel, the commonest of all. */
const VOWEL_SIGNS = [
  ...["", "", "", "", "", "া", "া", "া", "ি", "ি", "ী", "ু", "ু", "ূ"],
  ...["ে", "ে", "ে", "ো", "ো", "ৃ", "ৈ", "ৌ"],
];
const NASALS = ["ং", "ঁ"];
/** Case, plural and classifier endings; the second of each pair follows a vowel sign. */
const SUFFIXES: readonly [afterConsonant: string, afterVowel: string][] = [
  ["ের", "র"],
  ["কে", "কে"],
  ["ে", "য়"],
  ["তে", "তে"],
  ["গুলো", "গুলো"],
  ["দের", "দের"],
  ["টি", "টি"],
  ["েরা", "রা"],
];
const ZWNJ = "\u200c";
const VIRAMA = "্";

function akshara(rng: Rng, first: boolean): string {
  const base = rng.chance(0.2)
    ? rng.pick(first ? INITIAL_CONJUNCTS : CONJUNCTS)
    : rng.pick(first ? CONSONANTS : MEDIAL_CONSONANTS);
  const sign = rng.pick(VOWEL_SIGNS);
  // Chandrabindu or anusvara after a vowel, as in চাঁদ or বাংলা.
  return base + sign + (sign !== "" && rng.chance(0.06) ? rng.pick(NASALS) : "");
}

/** An invented Bangla-looking lemma such as "প্রন্তালি" or "কাঁষ্টের"; NFC. */
export function banglaLemma(rng: Rng): string {
  let word = rng.chance(0.12) ? rng.pick(INITIAL_VOWELS) : "";
  const count = rng.int(2, 4);
  for (let i = 0; i < count; i++) {
    // A few words keep a visible virama between two letters (ক্‌ট), which only a ZWNJ can ask for.
    if (i > 0 && rng.chance(0.03)) word += rng.pick(CONSONANTS) + VIRAMA + ZWNJ;
    word += akshara(rng, word === "");
  }
  if (rng.chance(0.04)) word += "ৎ";
  return word.normalize("NFC");
}

const ENDS_IN_VOWEL_SIGN = /[\u09BE-\u09CC]$/u;
/** A vowel sign cannot sit on anusvara, chandrabindu or khanda-ta, so those take consonant endings only. */
const ENDS_IN_SIGN_CARRIER = /[\u0981\u0982\u09CE]$/u;

/** The lemma and a few inflected forms of it, the way news copy declines nouns. */
export function banglaInflections(lemma: string, rng: Rng): string[] {
  const afterVowel = ENDS_IN_VOWEL_SIGN.test(lemma);
  const usable = ENDS_IN_SIGN_CARRIER.test(lemma)
    ? SUFFIXES.filter(([c]) => !/^[\u09BE-\u09CC]/u.test(c))
    : SUFFIXES;
  const picked = rng.shuffle(usable).slice(0, rng.int(1, 3));
  return [lemma, ...picked.map(([c, v]) => (lemma + (afterVowel ? v : c)).normalize("NFC"))];
}
