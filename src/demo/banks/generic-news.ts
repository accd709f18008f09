/**
 * Newsroom paragraphs that fit many topics. They pad stories to a realistic length with the kind
 * of attribution, context and next-steps copy real reports carry; slots keep them topical.
 */
import type { Bi, GenericPara } from "./types.ts";

const SPORT = "cricket-series";
const ABROAD = "climate-talks";

export const GENERIC_NEWS: GenericPara[] = [
  {
    en: "Officials at {office} said a fuller assessment would be shared with reporters by {day}, once reports from field offices in {place} and neighbouring districts had been checked. They declined to give a timeline for further decisions, saying the situation was still changing by the hour.",
    bn: "{officeGen} কর্মকর্তারা জানান, {place} ও আশপাশের জেলাগুলোর মাঠপর্যায়ের কার্যালয় থেকে আসা প্রতিবেদন যাচাইয়ের পর {day} সাংবাদিকদের সামনে পূর্ণাঙ্গ মূল্যায়ন তুলে ধরা হবে। পরবর্তী সিদ্ধান্তের সময়সীমা জানাতে তাঁরা রাজি হননি; বলেছেন, পরিস্থিতি প্রতি ঘণ্টায় বদলাচ্ছে।",
    skip: [SPORT, ABROAD, "metro-rail", "dengue", "startups", "budget"],
  },
  {
    en: "The developments come at a sensitive moment. Public attention on {topic} has grown steadily over the past year, and opposition lawmakers, business groups and civic organisations have all called for clearer information about what is being done and how much it will cost.",
    bn: "ঘটনাটি এমন এক সময়ে ঘটছে, যখন পরিস্থিতি বেশ স্পর্শকাতর। গত এক বছরে {topic} নিয়ে জনমনে আগ্রহ ক্রমেই বেড়েছে। বিরোধী সংসদ সদস্য, ব্যবসায়ী সংগঠন ও নাগরিক সংগঠনগুলো—সবাই জানতে চাইছে কী করা হচ্ছে এবং এর খরচ কত পড়বে।",
    skip: [SPORT],
  },
  {
    en: "Residents said they wanted practical answers rather than promises. Several people interviewed in {place} on {day} said they had heard similar assurances before, and would judge the authorities by what changed on the ground over the coming weeks.",
    bn: "বাসিন্দারা বলছেন, তাঁরা প্রতিশ্রুতি নয়, বাস্তব সমাধান চান। {day} {placeLoc} যাঁদের সঙ্গে কথা হয়েছে, তাঁদের অনেকেই জানিয়েছেন, এমন আশ্বাস তাঁরা আগেও শুনেছেন; আগামী কয়েক সপ্তাহে মাঠপর্যায়ে কী বদলায়, তা দেখেই তাঁরা কর্তৃপক্ষের মূল্যায়ন করবেন।",
    skip: [SPORT, ABROAD, "startups"],
  },
  {
    en: "A spokesperson for {office} said the figures released so far were provisional and could be revised as more information came in. The office has promised to publish daily updates on its website and to brief journalists at least once a week until the situation stabilises.",
    bn: "{officeGen} একজন মুখপাত্র বলেন, এখন পর্যন্ত প্রকাশিত পরিসংখ্যান প্রাথমিক; আরও তথ্য এলে তা সংশোধন হতে পারে। পরিস্থিতি স্থিতিশীল না হওয়া পর্যন্ত ওয়েবসাইটে প্রতিদিন হালনাগাদ তথ্য প্রকাশ এবং অন্তত সপ্তাহে একবার সাংবাদিকদের ব্রিফ করার প্রতিশ্রুতি দিয়েছে কার্যালয়টি।",
    skip: [SPORT],
  },
  {
    en: "Independent researchers cautioned against reading too much into a single week of data. Trends in {topic} tend to move in cycles, they said, and the numbers from {place} in particular have been volatile since record-keeping methods changed {n1} years ago.",
    bn: "স্বাধীন গবেষকেরা এক সপ্তাহের তথ্য দেখে বড় কোনো সিদ্ধান্তে না পৌঁছানোর পরামর্শ দিয়েছেন। তাঁদের মতে, {topicGen} প্রবণতা সাধারণত চক্রাকারে ওঠানামা করে, আর {n1} বছর আগে তথ্য সংরক্ষণের পদ্ধতি বদলানোর পর থেকে বিশেষ করে {placeGen} পরিসংখ্যান বেশ অস্থির।",
    skip: [SPORT, ABROAD, "metro-rail", "startups", "budget"],
  },
  {
    en: "The issue is expected to come up when the relevant parliamentary standing committee meets later this month. Members have asked {office} to submit a written report covering spending to date, delays, and the steps planned for the next {n1} months.",
    bn: "চলতি মাসের শেষ দিকে সংশ্লিষ্ট সংসদীয় স্থায়ী কমিটির বৈঠকে বিষয়টি উঠবে বলে আশা করা হচ্ছে। কমিটির সদস্যরা এখন পর্যন্ত ব্যয়, কাজের দেরি এবং আগামী {n1} মাসের পরিকল্পনা নিয়ে {officeGen} কাছে লিখিত প্রতিবেদন চেয়েছেন।",
    skip: [SPORT],
  },
  {
    en: "Local journalists in {place} said information had been slow to reach outlying areas, where mobile coverage is patchy and many households rely on word of mouth. Community radio stations have started broadcasting short bulletins twice a day in an effort to close the gap.",
    bn: "{placeGen} স্থানীয় সাংবাদিকেরা জানান, প্রত্যন্ত এলাকায় তথ্য পৌঁছাতে দেরি হচ্ছে; সেখানে মোবাইল নেটওয়ার্ক দুর্বল, আর অনেক পরিবার মুখে মুখে শোনা খবরের ওপর নির্ভর করে। এই ঘাটতি কমাতে কমিউনিটি রেডিও স্টেশনগুলো দিনে দুবার সংক্ষিপ্ত বুলেটিন প্রচার শুরু করেছে।",
    skip: [SPORT, ABROAD, "startups", "metro-rail", "budget", "dengue"],
  },
  {
    en: "Economists noted that the costs tend to fall hardest on households that can least absorb them. Day labourers, small traders and families living on remittances from a single earner have little room to cope with sudden shocks, they said.",
    bn: "অর্থনীতিবিদেরা বলছেন, এ ধরনের ক্ষতির ভার সবচেয়ে বেশি পড়ে সেই পরিবারগুলোর ওপর, যাদের সামলানোর সামর্থ্য সবচেয়ে কম। দিনমজুর, ছোট ব্যবসায়ী এবং একজন উপার্জনকারীর পাঠানো প্রবাসী আয়ের ওপর নির্ভরশীল পরিবারগুলোর হঠাৎ ধাক্কা সামলানোর সুযোগ খুবই কম।",
    skip: [SPORT, ABROAD, "startups", "metro-rail"],
  },
  {
    en: "Neither side expects the matter to be settled quickly. People familiar with the discussions said several technical questions remained open, and that a final decision could take {n1} more weeks.",
    bn: "কোনো পক্ষই দ্রুত বিষয়টির নিষ্পত্তি আশা করছে না। আলোচনা সম্পর্কে অবগত ব্যক্তিরা জানান, কয়েকটি কারিগরি প্রশ্নের এখনো সমাধান হয়নি, আর চূড়ান্ত সিদ্ধান্ত আসতে আরও {n1} সপ্তাহ লাগতে পারে।",
    skip: [SPORT, "monsoon-floods", "cyclone-preparedness", "dengue", "river-erosion"],
  },
  {
    en: "The Dateline contacted {office} for further comment on {day} but had not received a response by the time of publication.",
    bn: "{day} এ বিষয়ে আরও মন্তব্যের জন্য {officeGen} সঙ্গে যোগাযোগ করা হলেও প্রতিবেদন প্রকাশ পর্যন্ত কোনো সাড়া পাওয়া যায়নি।",
    staffOnly: true,
  },
  {
    en: "Similar concerns have been raised before. A review carried out {n1} years ago made a series of recommendations on {topic}, several of which, according to people involved in drafting it, have still not been implemented.",
    bn: "এর আগেও একই ধরনের উদ্বেগ উঠেছিল। {n1} বছর আগে করা একটি পর্যালোচনায় {topic} নিয়ে বেশ কিছু সুপারিশ করা হয়েছিল; খসড়া প্রণয়নে যুক্ত ব্যক্তিদের ভাষ্য অনুযায়ী, এর কয়েকটি এখনো বাস্তবায়িত হয়নি।",
    skip: [SPORT],
  },
  {
    en: "Videos from {place} shared widely on social media on {day} showed long queues and crowded streets. Officials urged people to rely on official announcements rather than unverified posts, some of which, they said, exaggerated the situation.",
    bn: "{day} {placeGen} বিভিন্ন দৃশ্যের ভিডিও সামাজিক যোগাযোগমাধ্যমে ব্যাপকভাবে ছড়িয়ে পড়ে, যাতে দেখা যায় দীর্ঘ সারি আর জনাকীর্ণ রাস্তা। যাচাই না করা পোস্টের বদলে সরকারি ঘোষণার ওপর নির্ভর করার আহ্বান জানিয়েছেন কর্মকর্তারা; তাঁদের মতে, এসব পোস্টের কয়েকটিতে পরিস্থিতি অতিরঞ্জিত করে দেখানো হয়েছে।",
    skip: [SPORT, ABROAD, "budget", "garment-exports", "startups"],
  },
];

export const NEWS_CLOSINGS: GenericPara[] = [
  {
    en: "The Dateline will continue to follow the story and update this report as new information becomes available.",
    bn: "পরিস্থিতির ওপর নজর রাখছে ডেটলাইন; নতুন তথ্য পেলে প্রতিবেদনটি হালনাগাদ করা হবে।",
    staffOnly: true,
  },
  {
    en: "Further details are expected on {day}, when officials are scheduled to brief reporters.",
    bn: "{day} কর্মকর্তাদের সংবাদ ব্রিফিংয়ে আরও বিস্তারিত জানা যাবে বলে আশা করা হচ্ছে।",
    skip: [SPORT],
  },
  {
    en: "Readers with information about the issues raised in this report can contact the Dateline's newsroom.",
    bn: "এ প্রতিবেদনে উঠে আসা বিষয়ে কোনো তথ্য থাকলে পাঠকেরা ডেটলাইনের বার্তাকক্ষে যোগাযোগ করতে পারেন।",
    staffOnly: true,
    skip: [SPORT],
  },
];

/** Quote frames. `{q}` carries no final punctuation; the frame supplies it per language. */
export const QUOTE_FRAMES: { en: string; bn: string; staffOnly?: boolean }[] = [
  { en: "“{q},” said {person}, {role}.", bn: "{role} {person} বলেন, “{q}।”" },
  { en: "{person}, {role}, said: “{q}.”", bn: "“{q}”—বললেন {role} {person}।" },
  {
    en: "“{q},” {person}, {role}, told the Dateline.",
    bn: "{role} {person} ডেটলাইনকে বলেন, “{q}।”",
    staffOnly: true,
  },
];

export const UPDATE_NOTE: Bi = {
  en: "This report has been revised with the latest information from {office} and additional reporting.",
  bn: "{officeGen} সর্বশেষ তথ্য ও অতিরিক্ত প্রতিবেদন যুক্ত করে খবরটি সংশোধন করা হয়েছে।",
};

export const LIST_HEADINGS: Bi[] = [
  { en: "At a glance", bn: "এক নজরে" },
  { en: "Key facts", bn: "মূল তথ্য" },
  { en: "By the numbers", bn: "সংখ্যায় চিত্র" },
];

export const COLUMN_SIGNOFF: Bi = {
  en: "{author} is a columnist for The Dhaka Dateline.",
  bn: "{author}: কলাম লেখক, ঢাকা ডেটলাইন।",
};
