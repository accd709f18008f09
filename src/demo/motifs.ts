/**
 * Motifs the image renderer can draw, with alt text describing what the generated picture
 * actually shows: the images are illustrations, so alt text must not pretend they are photographs.
 */
export const DEMO_MOTIFS = [
  "river",
  "storm",
  "city",
  "train",
  "factory",
  "stadium",
  "chart",
  "clinic",
  "circuit",
  "leaf",
  "globe",
  "portrait",
] as const;

export type DemoMotif = (typeof DEMO_MOTIFS)[number];

export function isDemoMotif(value: string): value is DemoMotif {
  return (DEMO_MOTIFS as readonly string[]).includes(value);
}

export const MOTIF_ALT: Readonly<Record<Exclude<DemoMotif, "portrait">, { en: string; bn: string }>> = {
  river: {
    en: "Illustration: rippling river water under an overcast sky",
    bn: "অলংকরণ: মেঘলা আকাশের নিচে ঢেউখেলানো নদী",
  },
  storm: {
    en: "Illustration: swirling storm clouds over a dark sea",
    bn: "অলংকরণ: অন্ধকার সমুদ্রের ওপর ঘূর্ণায়মান ঝড়ের মেঘ",
  },
  city: {
    en: "Illustration: a skyline of tall city blocks at dusk",
    bn: "অলংকরণ: গোধূলিতে উঁচু ভবনে ভরা শহরের দিগন্তরেখা",
  },
  train: {
    en: "Illustration: an elevated train crossing a viaduct above the city",
    bn: "অলংকরণ: শহরের ওপর উড়ালপথ দিয়ে চলছে ট্রেন",
  },
  factory: {
    en: "Illustration: factory buildings with saw-tooth roofs and chimneys",
    bn: "অলংকরণ: করাতের দাঁতের মতো ছাদ ও চিমনিসহ কারখানা ভবন",
  },
  stadium: {
    en: "Illustration: a floodlit cricket ground seen from the stands",
    bn: "অলংকরণ: গ্যালারি থেকে দেখা ফ্লাডলাইটে আলোকিত ক্রিকেট মাঠ",
  },
  chart: {
    en: "Illustration: a bar chart with a rising trend line",
    bn: "অলংকরণ: ঊর্ধ্বমুখী প্রবণতারেখাসহ একটি বার চার্ট",
  },
  clinic: {
    en: "Illustration: a hospital building marked with a cross",
    bn: "অলংকরণ: যোগচিহ্ন আঁকা একটি হাসপাতাল ভবন",
  },
  circuit: {
    en: "Illustration: glowing circuit-board traces around a chip",
    bn: "অলংকরণ: একটি চিপ ঘিরে আলোকিত সার্কিট বোর্ডের রেখা",
  },
  leaf: {
    en: "Illustration: large green leaves with visible veins",
    bn: "অলংকরণ: শিরা-উপশিরাসহ বড় সবুজ পাতা",
  },
  globe: {
    en: "Illustration: a globe with meridian lines and an orbit ring",
    bn: "অলংকরণ: দ্রাঘিমারেখা ও কক্ষপথের বলয়সহ একটি গ্লোব",
  },
};
