/**
 * Everyone in the demo paper is invented: bylines, columnists, photographers and the people quoted
 * in stories. No real journalist, politician or player is named anywhere.
 */
import type { DemoAuthor } from "./demo-types.ts";

export interface Bi {
  en: string;
  bn: string;
}

export interface AuthorSeed extends Omit<DemoAuthor, "photo"> {
  /** Clusters this reporter is assigned to; used to pick plausible bylines. */
  beats: string[];
  hasPortrait: boolean;
}

function author(
  slug: string,
  kind: "staff" | "columnist",
  name: Bi,
  title: Bi,
  bio: Bi,
  beats: string[],
  hasPortrait: boolean,
): AuthorSeed {
  return { slug, kind, name: { ...name }, title: { ...title }, bio: { ...bio }, beats, hasPortrait };
}

const COLUMNIST: Bi = { en: "Columnist", bn: "কলাম লেখক" };

export const COLUMNISTS: AuthorSeed[] = [
  author(
    "tahmina-rezwan",
    "columnist",
    { en: "Tahmina Rezwan", bn: "তাহমিনা রেজওয়ান" },
    COLUMNIST,
    {
      en: "Tahmina Rezwan writes about the economy, trade and public finance. She taught development economics for many years before joining the Dateline's opinion pages.",
      bn: "তাহমিনা রেজওয়ান অর্থনীতি, বাণিজ্য ও সরকারি অর্থব্যবস্থা নিয়ে লেখেন। ডেটলাইনের মতামত পাতায় যোগ দেওয়ার আগে তিনি বহু বছর উন্নয়ন অর্থনীতি পড়িয়েছেন।",
    },
    [],
    true,
  ),
  author(
    "anisur-mowla",
    "columnist",
    { en: "Anisur Mowla", bn: "আনিসুর মওলা" },
    COLUMNIST,
    {
      en: "Anisur Mowla is an urban planner who writes about cities, transport and public health. He has lived in Old Dhaka all his life.",
      bn: "আনিসুর মওলা একজন নগর পরিকল্পনাবিদ; শহর, যাতায়াত ও জনস্বাস্থ্য নিয়ে লেখেন। সারা জীবন পুরান ঢাকায় কাটিয়েছেন তিনি।",
    },
    [],
    true,
  ),
  author(
    "debjani-sarker",
    "columnist",
    { en: "Debjani Sarker", bn: "দেবযানী সরকার" },
    COLUMNIST,
    {
      en: "Debjani Sarker writes about climate, rivers and the communities that live beside them. She has reported from the coast and the char islands for two decades.",
      bn: "দেবযানী সরকার জলবায়ু, নদী আর নদীপারের জনপদ নিয়ে লেখেন। দুই দশক ধরে তিনি উপকূল ও চরাঞ্চল থেকে প্রতিবেদন করছেন।",
    },
    [],
    true,
  ),
  author(
    "iftekhar-jamil",
    "columnist",
    { en: "Iftekhar Jamil", bn: "ইফতেখার জামিল" },
    COLUMNIST,
    {
      en: "Iftekhar Jamil writes about sport, society and life on the coast. He grew up in Barishal and played first-class cricket before turning to journalism.",
      bn: "ইফতেখার জামিল খেলা, সমাজ ও উপকূলের জীবন নিয়ে লেখেন। বরিশালে বেড়ে ওঠা এই লেখক সাংবাদিকতায় আসার আগে প্রথম শ্রেণির ক্রিকেট খেলেছেন।",
    },
    [],
    true,
  ),
];

export const STAFF: AuthorSeed[] = [
  author(
    "farzana-mahbub",
    "staff",
    { en: "Farzana Mahbub", bn: "ফারজানা মাহবুব" },
    { en: "Senior Correspondent", bn: "জ্যেষ্ঠ প্রতিবেদক" },
    {
      en: "Farzana Mahbub covers health, cities and public services for the national desk.",
      bn: "ফারজানা মাহবুব জাতীয় ডেস্কে স্বাস্থ্য, নগর ও জনসেবা বিষয়ে প্রতিবেদন করেন।",
    },
    ["dengue", "metro-rail", "monsoon-floods"],
    true,
  ),
  author(
    "arefin-sagor",
    "staff",
    { en: "Arefin Sagor", bn: "আরেফিন সাগর" },
    { en: "Staff Correspondent, Sylhet", bn: "নিজস্ব প্রতিবেদক, সিলেট" },
    {
      en: "Arefin Sagor reports from Sylhet and the haor districts of the north-east.",
      bn: "আরেফিন সাগর সিলেট ও উত্তর-পূর্বাঞ্চলের হাওর এলাকা থেকে প্রতিবেদন করেন।",
    },
    ["monsoon-floods", "cricket-series"],
    false,
  ),
  author(
    "lubna-yasmin",
    "staff",
    { en: "Lubna Yasmin", bn: "লুবনা ইয়াসমিন" },
    { en: "Business Reporter", bn: "বাণিজ্য প্রতিবেদক" },
    {
      en: "Lubna Yasmin writes about trade, industry and the garment sector.",
      bn: "লুবনা ইয়াসমিন বাণিজ্য, শিল্প ও পোশাক খাত নিয়ে লেখেন।",
    },
    ["garment-exports", "budget", "startups"],
    true,
  ),
  author(
    "imtiaz-shafi",
    "staff",
    { en: "Imtiaz Shafi", bn: "ইমতিয়াজ শফি" },
    { en: "Sports Reporter", bn: "ক্রীড়া প্রতিবেদক" },
    {
      en: "Imtiaz Shafi covers cricket at home and on tour.",
      bn: "ইমতিয়াজ শফি দেশে ও বিদেশ সফরে ক্রিকেটের খবর সংগ্রহ করেন।",
    },
    ["cricket-series"],
    true,
  ),
  author(
    "mehnaz-tabassum",
    "staff",
    { en: "Mehnaz Tabassum", bn: "মেহনাজ তাবাসসুম" },
    { en: "Technology Reporter", bn: "প্রযুক্তি প্রতিবেদক" },
    {
      en: "Mehnaz Tabassum writes about startups, telecoms and digital services.",
      bn: "মেহনাজ তাবাসসুম স্টার্টআপ, টেলিযোগাযোগ ও ডিজিটাল সেবা নিয়ে লেখেন।",
    },
    ["startups"],
    false,
  ),
  author(
    "kowshik-roy-barman",
    "staff",
    { en: "Kowshik Roy Barman", bn: "কৌশিক রায় বর্মন" },
    { en: "Environment Correspondent", bn: "পরিবেশ প্রতিবেদক" },
    {
      en: "Kowshik Roy Barman reports on rivers, climate and the environment.",
      bn: "কৌশিক রায় বর্মন নদী, জলবায়ু ও পরিবেশ নিয়ে প্রতিবেদন করেন।",
    },
    ["river-erosion", "climate-talks", "monsoon-floods"],
    true,
  ),
  author(
    "sumaiya-kabir",
    "staff",
    { en: "Sumaiya Kabir", bn: "সুমাইয়া কবির" },
    { en: "Chattogram Bureau Chief", bn: "চট্টগ্রাম ব্যুরোপ্রধান" },
    {
      en: "Sumaiya Kabir leads the Dateline's coverage of Chattogram, the port and the south-eastern coast.",
      bn: "সুমাইয়া কবির চট্টগ্রাম, বন্দর ও দক্ষিণ-পূর্ব উপকূলের খবর সংগ্রহে ডেটলাইনের দলের নেতৃত্ব দেন।",
    },
    ["cyclone-preparedness", "garment-exports"],
    false,
  ),
  author(
    "masudur-rahim",
    "staff",
    { en: "Masudur Rahim", bn: "মাসুদুর রহিম" },
    { en: "Politics Correspondent", bn: "রাজনৈতিক প্রতিবেদক" },
    {
      en: "Masudur Rahim covers parliament, parties and public policy.",
      bn: "মাসুদুর রহিম সংসদ, রাজনৈতিক দল ও সরকারি নীতি নিয়ে প্রতিবেদন করেন।",
    },
    ["budget", "metro-rail"],
    false,
  ),
  author(
    "nabila-ferdousi",
    "staff",
    { en: "Nabila Ferdousi", bn: "নাবিলা ফেরদৌসী" },
    { en: "World Desk Editor", bn: "আন্তর্জাতিক ডেস্ক সম্পাদক" },
    {
      en: "Nabila Ferdousi edits the world pages and writes on diplomacy and climate negotiations.",
      bn: "নাবিলা ফেরদৌসী আন্তর্জাতিক পাতা সম্পাদনা করেন এবং কূটনীতি ও জলবায়ু আলোচনা নিয়ে লেখেন।",
    },
    ["climate-talks"],
    true,
  ),
  author(
    "hasnat-kayes",
    "staff",
    { en: "Hasnat Kayes", bn: "হাসনাত কায়েস" },
    { en: "Khulna Correspondent", bn: "খুলনা প্রতিনিধি" },
    {
      en: "Hasnat Kayes reports from Khulna and the south-western coast.",
      bn: "হাসনাত কায়েস খুলনা ও দক্ষিণ-পশ্চিম উপকূল থেকে প্রতিবেদন করেন।",
    },
    ["cyclone-preparedness", "river-erosion", "dengue"],
    false,
  ),
];

/** Fictional news agencies for wire copy; deliberately not real agency names. */
export const AGENCIES: Bi[] = [
  { en: "Asia Wire Service", bn: "এশিয়া ওয়্যার সার্ভিস" },
  { en: "Bay of Bengal Press", bn: "বে অব বেঙ্গল প্রেস" },
  { en: "Global News Agency", bn: "গ্লোবাল নিউজ এজেন্সি" },
  { en: "Meridian Newswire", bn: "মেরিডিয়ান নিউজওয়্যার" },
  { en: "Delta News Network", bn: "ডেল্টা নিউজ নেটওয়ার্ক" },
];

export const PHOTOGRAPHERS: string[] = ["Sajib Mondal", "Rumana Parvin", "Tanvir Alam", "Jhuma Sarkar"];

/** Invented private citizens and officials who can be quoted in any story. */
export const QUOTED_PEOPLE: Bi[] = [
  { en: "Nurul Amin Bhuiyan", bn: "নুরুল আমিন ভূঁইয়া" },
  { en: "Shahnaz Parveen Lipi", bn: "শাহনাজ পারভীন লিপি" },
  { en: "Abdul Jabbar Mollah", bn: "আবদুল জব্বার মোল্লা" },
  { en: "Rumana Afroze", bn: "রুমানা আফরোজ" },
  { en: "Golam Mostafa Titu", bn: "গোলাম মোস্তফা টিটু" },
  { en: "Sharmin Nahar", bn: "শারমিন নাহার" },
  { en: "Atiqur Rahman Polash", bn: "আতিকুর রহমান পলাশ" },
  { en: "Dilruba Khanam", bn: "দিলরুবা খানম" },
  { en: "Moinul Islam Ratan", bn: "মঈনুল ইসলাম রতন" },
  { en: "Taslima Akhter Munni", bn: "তাসলিমা আক্তার মুন্নী" },
  { en: "Sudipto Chakraborty", bn: "সুদীপ্ত চক্রবর্তী" },
  { en: "Anwara Khatun", bn: "আনোয়ারা খাতুন" },
  { en: "Rafiqul Bari", bn: "রফিকুল বারী" },
  { en: "Parvez Mahmud Shawon", bn: "পারভেজ মাহমুদ শাওন" },
  { en: "Nilufar Yasmin Rupa", bn: "নিলুফার ইয়াসমিন রূপা" },
  { en: "Kazi Shamsul Arefin", bn: "কাজী শামসুল আরেফিন" },
  { en: "Bithi Rani Pal", bn: "বীথি রানী পাল" },
  { en: "Habibur Rahman Khokon", bn: "হাবিবুর রহমান খোকন" },
  { en: "Fahmida Chowdhury Ela", bn: "ফাহমিদা চৌধুরী এলা" },
  { en: "Jashim Sarkar", bn: "জসিম সরকার" },
  { en: "Mithun Chandra Roy", bn: "মিঠুন চন্দ্র রায়" },
  { en: "Samira Hoque", bn: "সামিরা হক" },
  { en: "Ekramul Kabir", bn: "একরামুল কবির" },
  { en: "Lutfunnahar Shimu", bn: "লুৎফুন্নাহার শিমু" },
];

export const WEEKDAYS: Bi[] = [
  { en: "Saturday", bn: "শনিবার" },
  { en: "Sunday", bn: "রবিবার" },
  { en: "Monday", bn: "সোমবার" },
  { en: "Tuesday", bn: "মঙ্গলবার" },
  { en: "Wednesday", bn: "বুধবার" },
  { en: "Thursday", bn: "বৃহস্পতিবার" },
  { en: "Friday", bn: "শুক্রবার" },
];
