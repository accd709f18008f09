/**
 * Paragraphs for the longer forms: analysis, features and columns. Opinion copy is written in the
 * first person so columns read like columns rather than reports with a different label.
 */
import type { GenericPara } from "./types.ts";

const SPORT = "cricket-series";
const ABROAD = "climate-talks";

export const GENERIC_ANALYSIS: GenericPara[] = [
  {
    en: "To understand why {topic} has become such a persistent headache, it helps to look at how decisions are actually made. Responsibility is split between several agencies, each with its own budget, its own reporting line and its own idea of what success looks like. Coordination meetings happen, but they rarely end with anyone clearly in charge.",
    bn: "{topic} কেন এমন দীর্ঘস্থায়ী মাথাব্যথায় পরিণত হয়েছে, তা বুঝতে হলে সিদ্ধান্ত আসলে কীভাবে নেওয়া হয়, সেদিকে তাকাতে হবে। দায়িত্ব ভাগ হয়ে আছে কয়েকটি সংস্থার মধ্যে; প্রত্যেকের আলাদা বাজেট, আলাদা জবাবদিহির কাঠামো আর সাফল্য নিয়ে নিজস্ব ধারণা। সমন্বয় সভা হয় ঠিকই, কিন্তু শেষে স্পষ্টভাবে কারও হাতে দায়িত্ব থাকে না।",
    skip: [SPORT, "startups", "metro-rail"],
  },
  {
    en: "The numbers tell part of the story. Over the past {n1} years, spending linked to {topic} has risen by roughly {pct3} percent, according to figures compiled from public documents. Outcomes, however, have not improved at anything like the same pace, and in some districts they have got worse.",
    bn: "সংখ্যাগুলো গল্পের একটি অংশ বলে। সরকারি নথি থেকে সংকলিত হিসাবে, গত {n1} বছরে {topicGen} সঙ্গে সম্পর্কিত ব্যয় প্রায় {pct3} শতাংশ বেড়েছে। কিন্তু ফলাফল সে হারে ভালো হয়নি, কোনো কোনো জেলায় বরং খারাপ হয়েছে।",
    skip: [SPORT, "startups"],
  },
  {
    en: "There are reasons for cautious optimism. Pilot projects in {place} have shown that small changes, such as publishing data weekly or giving local officials a modest discretionary budget, can make a visible difference within a single season. The challenge is scaling them up without losing what made them work.",
    bn: "তবে সতর্ক আশাবাদের কারণও আছে। {placeLoc} পরীক্ষামূলক প্রকল্পগুলো দেখিয়েছে, প্রতি সপ্তাহে তথ্য প্রকাশ বা স্থানীয় কর্মকর্তাদের হাতে সামান্য স্বাধীন বাজেট দেওয়ার মতো ছোট পরিবর্তনও এক মৌসুমের মধ্যেই দৃশ্যমান পার্থক্য আনতে পারে। চ্যালেঞ্জ হলো, যে কারণে এগুলো কাজ করেছে, তা না হারিয়ে বড় পরিসরে ছড়িয়ে দেওয়া।",
    skip: [SPORT, ABROAD, "startups"],
  },
  {
    en: "Critics argue that the conversation is still dominated by Dhaka. Plans are drawn up in ministries, consultants are hired from the capital, and the people who live with the consequences in {place} are consulted late, if at all. Several experts interviewed for this article said that order needed to be reversed.",
    bn: "সমালোচকদের মতে, আলোচনাটা এখনো ঢাকাকেন্দ্রিক। পরিকল্পনা তৈরি হয় মন্ত্রণালয়ে, পরামর্শক আসেন রাজধানী থেকে, আর যাঁরা {placeLoc} এর ফল ভোগ করেন, তাঁদের মতামত নেওয়া হয় দেরিতে, কখনো একেবারেই নয়। এ প্রতিবেদনের জন্য যাঁদের সঙ্গে কথা হয়েছে, এমন কয়েকজন বিশেষজ্ঞ বলেছেন, এই ক্রম উল্টে দেওয়া দরকার।",
    skip: [SPORT, ABROAD, "metro-rail", "dengue", "startups", "budget"],
  },
  {
    en: "Comparisons with neighbouring countries are instructive but imperfect. India's eastern states and Nepal's lowlands face similar pressures, and have experimented with different mixes of regulation, public investment and private incentives. None has found a formula that could be copied wholesale, but several offer lessons worth studying.",
    bn: "প্রতিবেশী দেশগুলোর সঙ্গে তুলনা শিক্ষণীয়, তবে পুরোপুরি খাপ খায় না। ভারতের পূর্বাঞ্চলীয় রাজ্যগুলো ও নেপালের নিম্নভূমি একই ধরনের চাপের মুখে রয়েছে এবং নিয়ন্ত্রণ, সরকারি বিনিয়োগ ও বেসরকারি প্রণোদনার নানা মিশ্রণ নিয়ে পরীক্ষা-নিরীক্ষা করেছে। হুবহু অনুসরণ করার মতো সূত্র কেউ খুঁজে পায়নি, তবে কয়েকটি অভিজ্ঞতা থেকে শেখার আছে।",
    skip: [SPORT, ABROAD, "startups", "metro-rail"],
  },
  {
    en: "What happens next depends heavily on money and on patience. Budgets are set once a year, but the problems described here do not respect fiscal calendars. Unless funding becomes more predictable, officials say, even well-designed programmes will keep stalling halfway.",
    bn: "এরপর কী হবে, তা অনেকটাই নির্ভর করছে অর্থ আর ধৈর্যের ওপর। বাজেট হয় বছরে একবার, কিন্তু এখানে বর্ণিত সমস্যাগুলো অর্থবছরের হিসাব মানে না। কর্মকর্তারা বলছেন, অর্থায়ন আরও অনুমানযোগ্য না হলে ভালোভাবে পরিকল্পিত কর্মসূচিও মাঝপথে থমকে যেতে থাকবে।",
    skip: [SPORT, "budget"],
  },
  {
    en: "Data remains a weak point. Figures on {topic} are collected by different offices using different definitions, and are often published months late. Without a shared set of numbers, every debate starts with an argument about the facts rather than about what to do.",
    bn: "তথ্যের ঘাটতি এখনো বড় দুর্বলতা। {topic} নিয়ে পরিসংখ্যান সংগ্রহ করে বিভিন্ন দপ্তর, ভিন্ন ভিন্ন সংজ্ঞা ব্যবহার করে, আর প্রায়ই তা প্রকাশ হয় কয়েক মাস পরে। সবার কাছে গ্রহণযোগ্য এক সেট সংখ্যা না থাকায় প্রতিটি বিতর্ক শুরু হয় করণীয় নিয়ে নয়, তথ্য নিয়ে ঝগড়া দিয়ে।",
    skip: [SPORT],
  },
];

export const GENERIC_FEATURE: GenericPara[] = [
  {
    en: "Morning in {place} begins early. By six o'clock the tea stalls along the main road are busy, radios crackle with the latest news, and conversations drift, sooner or later, towards {topic}. Everyone seems to have an opinion, and most people have a story to go with it.",
    bn: "{placeLoc} সকাল শুরু হয় খুব ভোরে। ছয়টার মধ্যেই প্রধান সড়কের পাশের চায়ের দোকানগুলো জমে ওঠে, রেডিওতে বাজে সর্বশেষ খবর, আর আলাপ ঘুরেফিরে পৌঁছায় {topic} প্রসঙ্গে। মনে হয় সবারই একটা মত আছে, আর বেশির ভাগ মানুষের কাছে আছে সেই মতের পেছনের একটা গল্প।",
    skip: [ABROAD],
  },
  {
    en: "It is easy, from a distance, to see only the statistics. Up close, the picture is made of small decisions: which child goes to school this week, whether to borrow from a neighbour or a moneylender, whether to stay or to try one's luck in Dhaka. Each of them is shaped, in some way, by {topic}.",
    bn: "দূর থেকে শুধু পরিসংখ্যানটাই চোখে পড়ে। কাছে গেলে ছবিটা তৈরি হয় ছোট ছোট সিদ্ধান্তে: এ সপ্তাহে কোন সন্তান স্কুলে যাবে, প্রতিবেশীর কাছ থেকে ধার নেওয়া হবে নাকি মহাজনের কাছ থেকে, এখানেই থাকা হবে নাকি ঢাকায় গিয়ে ভাগ্য পরীক্ষা। এর প্রতিটিই কোনো না কোনোভাবে {topicGen} সঙ্গে জড়িয়ে আছে।",
    skip: [SPORT, ABROAD, "startups", "metro-rail", "dengue"],
  },
  {
    en: "As the afternoon light softens, the pace slows. Older men gather outside the mosque, women compare notes on prices at the market, and children invent games on whatever patch of open ground they can find. The rhythms of ordinary life continue, stubbornly, around the edges of the news.",
    bn: "বিকেলের আলো নরম হয়ে এলে জীবনের গতিও কিছুটা ধীর হয়। মসজিদের বাইরে জড়ো হন বয়স্ক মানুষেরা, বাজারে নারীরা দাম নিয়ে আলাপ করেন, আর শিশুরা যেটুকু খোলা জায়গা পায়, সেখানেই নতুন খেলা বানিয়ে নেয়। খবরের কিনারা ঘেঁষে একগুঁয়েভাবে চলতে থাকে সাধারণ জীবনের ছন্দ।",
    skip: [ABROAD],
  },
  {
    en: "Not everyone is pessimistic. A younger generation, many of them the first in their families to finish university, talks about {topic} with a mix of frustration and ambition. They have seen what goes wrong, they say, and they think they know how to fix some of it.",
    bn: "সবাই অবশ্য হতাশ নন। তরুণ প্রজন্মের অনেকে, যাঁদের বেশির ভাগই পরিবারের প্রথম বিশ্ববিদ্যালয় পাস করা সদস্য, {topic} নিয়ে কথা বলেন হতাশা আর উচ্চাকাঙ্ক্ষা মিশিয়ে। তাঁরা বলেন, কোথায় ভুল হয় তা তাঁরা দেখেছেন, আর এর কিছু অংশ কীভাবে ঠিক করা যায়, তা-ও তাঁরা জানেন বলে মনে করেন।",
    skip: [ABROAD, SPORT],
  },
  {
    en: "By the time the last bus leaves for Dhaka in the evening, the day's small dramas have played out. Tomorrow will bring more of the same, and perhaps a little news. For the people of {place}, that is simply how life works now.",
    bn: "সন্ধ্যায় ঢাকার শেষ বাসটি ছেড়ে যেতে যেতে দিনের ছোট ছোট নাটকগুলো শেষ হয়ে আসে। আগামীকালও আসবে একই রকম দিন, হয়তো সঙ্গে সামান্য কিছু খবর। {placeGen} মানুষের কাছে জীবন এখন এভাবেই চলে।",
    skip: [ABROAD, SPORT, "metro-rail", "startups", "dengue", "budget"],
  },
  {
    en: "Asked what would make the biggest difference, almost everyone gave a practical answer rather than a political one: reliable information, fair prices, a little help at the right moment. Few expected miracles. Most simply wanted to be able to plan a few months ahead.",
    bn: "সবচেয়ে বড় পরিবর্তন কী আনতে পারে—এ প্রশ্নের জবাবে প্রায় সবাই রাজনৈতিক নয়, ব্যবহারিক উত্তর দিয়েছেন: নির্ভরযোগ্য তথ্য, ন্যায্য দাম, ঠিক সময়ে সামান্য সহায়তা। অলৌকিক কিছু প্রায় কেউই আশা করেন না। বেশির ভাগ মানুষ শুধু চান কয়েক মাস আগে থেকে পরিকল্পনা করতে পারার নিশ্চয়তা।",
    skip: [SPORT],
  },
];

export const GENERIC_OPINION: GenericPara[] = [
  {
    en: "I have lost count of the committees formed to look into {topic}. Each produces a report, each report contains sensible recommendations, and each set of recommendations is quietly shelved when the news cycle moves on. The pattern is so familiar that we barely notice it any more.",
    bn: "{topic} খতিয়ে দেখতে কতগুলো কমিটি গঠিত হয়েছে, তার হিসাব আমি হারিয়ে ফেলেছি। প্রতিটি কমিটি একটি প্রতিবেদন দেয়, প্রতিটি প্রতিবেদনে থাকে যুক্তিসংগত সুপারিশ, আর খবরের মনোযোগ অন্যদিকে সরে গেলেই সেসব সুপারিশ চুপচাপ তাকে তুলে রাখা হয়। ধারাটা এতটাই পরিচিত যে আমরা আর খেয়ালই করি না।",
    skip: [SPORT],
  },
  {
    en: "Let me be fair to the officials involved. Many of them work long hours with too few staff and too little authority, and they are blamed for failures that were built into the system long before they arrived. But fairness to individuals cannot become an excuse for a system that does not learn.",
    bn: "সংশ্লিষ্ট কর্মকর্তাদের প্রতি ন্যায্য থাকতে চাই। তাঁদের অনেকে অপর্যাপ্ত জনবল আর সীমিত ক্ষমতা নিয়ে দীর্ঘ সময় কাজ করেন, আর এমন ব্যর্থতার দায় নেন, যা তাঁদের আসার অনেক আগেই ব্যবস্থার ভেতরে গেঁথে ছিল। কিন্তু ব্যক্তির প্রতি ন্যায্যতা এমন একটি ব্যবস্থার অজুহাত হতে পারে না, যে ব্যবস্থা শিখতে চায় না।",
    skip: [SPORT],
  },
  {
    en: "There is a tendency in our public debate to treat every problem as a question of more money. Sometimes it is. More often, in my experience, the money exists but arrives at the wrong time, is spent on the wrong things, or is never properly accounted for. Fixing that is less glamorous than announcing a new fund, but it matters more.",
    bn: "আমাদের জনপরিসরের বিতর্কে প্রতিটি সমস্যাকে বাড়তি টাকার প্রশ্ন হিসেবে দেখার একটা প্রবণতা আছে। কখনো কখনো সেটাই সত্যি। তবে আমার অভিজ্ঞতায় বেশির ভাগ সময় টাকা থাকে, কিন্তু তা আসে ভুল সময়ে, খরচ হয় ভুল খাতে, কিংবা তার যথাযথ হিসাবই রাখা হয় না। এটি ঠিক করা নতুন তহবিল ঘোষণার মতো চমকপ্রদ নয়, কিন্তু অনেক বেশি জরুরি।",
    skip: [SPORT],
  },
  {
    en: "We should also be honest about who gets heard. The people most affected by {topic} rarely appear on television talk shows. They do not write columns, including this one. If we want better decisions, we need to build ways for their experience to reach the people who make them.",
    bn: "কাদের কথা শোনা হয়, সে বিষয়েও আমাদের সৎ হওয়া উচিত। {topic} যাঁদের জীবনে সবচেয়ে বেশি প্রভাব ফেলে, তাঁরা কদাচিৎ টেলিভিশনের টক শোতে আসেন। তাঁরা কলাম লেখেন না—এই কলামটিও তাঁদের লেখা নয়। ভালো সিদ্ধান্ত চাইলে তাঁদের অভিজ্ঞতা যেন সিদ্ধান্তগ্রহীতাদের কাছে পৌঁছায়, সে পথ তৈরি করতে হবে।",
    skip: [SPORT],
  },
  {
    en: "None of this requires a revolution. It requires a handful of clear targets, published in advance, and a willingness to report honestly when they are missed. Citizens are more forgiving of failure than politicians assume; what they do not forgive is being told that everything is fine when they can see that it is not.",
    bn: "এর কোনোটির জন্যই বিপ্লবের দরকার নেই। দরকার আগে থেকে প্রকাশিত কয়েকটি সুস্পষ্ট লক্ষ্য, আর সেগুলো পূরণ না হলে সততার সঙ্গে তা স্বীকার করার মানসিকতা। রাজনীতিকেরা যতটা ভাবেন, নাগরিকেরা ব্যর্থতার ব্যাপারে তার চেয়ে বেশি ক্ষমাশীল; তাঁরা যা ক্ষমা করেন না, তা হলো চোখের সামনে সমস্যা দেখেও ‘সব ঠিক আছে’ শোনা।",
    skip: [SPORT],
  },
  {
    en: "I am not arguing that nothing has improved. It has, in some places and in some respects, and the people responsible deserve credit. My argument is that progress has been slower and more uneven than official statements suggest, and that pretending otherwise makes the next step harder.",
    bn: "কিছুই বদলায়নি—এমন দাবি আমি করছি না। কিছু জায়গায়, কিছু ক্ষেত্রে উন্নতি হয়েছে, আর এর পেছনের মানুষেরা কৃতিত্ব পাওয়ার যোগ্য। আমার যুক্তি হলো, অগ্রগতি সরকারি বক্তব্যে যতটা দেখানো হয়, তার চেয়ে ধীর ও অসম, আর উল্টোটা ভান করলে পরের ধাপটা আরও কঠিন হয়ে যায়।",
  },
  {
    en: "Some readers will say this is easy to write from a desk in Dhaka. They are right, and I try to keep that in mind. But columnists are paid to say plainly what officials must phrase carefully, and what I hear from people in {place} is plain enough: they are tired of waiting.",
    bn: "কিছু পাঠক বলবেন, ঢাকার টেবিলে বসে এসব লেখা সহজ। তাঁরা ঠিকই বলবেন, আর কথাটা আমি মনে রাখার চেষ্টা করি। কিন্তু কর্মকর্তাদের যা সাবধানে বলতে হয়, কলাম লেখকের কাজ তা সোজাসুজি বলা। আর {placeGen} মানুষের কাছ থেকে আমি যা শুনি, তা যথেষ্ট স্পষ্ট: তাঁরা অপেক্ষা করতে করতে ক্লান্ত।",
    skip: [SPORT, ABROAD],
  },
  {
    en: "Accountability does not have to mean punishment. It can simply mean that someone, somewhere, is expected to explain in public what went wrong and what will be done differently. That expectation is still missing from most of our institutions, and its absence is felt most keenly in debates about {topic}.",
    bn: "জবাবদিহি মানেই শাস্তি নয়। এর মানে হতে পারে কেবল এটুকু—কেউ একজন প্রকাশ্যে ব্যাখ্যা করবেন কী ভুল হয়েছে এবং এরপর কী ভিন্নভাবে করা হবে। আমাদের বেশির ভাগ প্রতিষ্ঠানে এই প্রত্যাশা এখনো অনুপস্থিত, আর {topic} নিয়ে বিতর্কে এর অভাব সবচেয়ে তীব্রভাবে টের পাওয়া যায়।",
    skip: [SPORT],
  },
];

export const OPINION_CLOSINGS: GenericPara[] = [
  {
    en: "The next few months will show whether the lessons of this year have been learned. I would like to be proved wrong in my pessimism. I suspect, though, that we will be having this same conversation again next year, unless something in the way we make decisions changes first.",
    bn: "এ বছরের শিক্ষা আমরা নিয়েছি কি না, তা বোঝা যাবে সামনের কয়েক মাসে। আমার হতাশা ভুল প্রমাণিত হলে খুশি হব। তবে আমার আশঙ্কা, সিদ্ধান্ত নেওয়ার ধরনে আগে কোনো পরিবর্তন না এলে আগামী বছরও আমরা ঠিক এই আলোচনাই করব।",
  },
  {
    en: "I would be glad to be contradicted by events. Until then, the least we can do is keep asking the questions, loudly and in public, until someone with the power to answer them does.",
    bn: "ঘটনাপ্রবাহ আমাকে ভুল প্রমাণ করলে খুশিই হব। ততদিন পর্যন্ত অন্তত এটুকু আমরা করতে পারি: প্রশ্নগুলো প্রকাশ্যে, জোর গলায় করে যাওয়া—যতক্ষণ না উত্তর দেওয়ার ক্ষমতা যাঁর আছে, তিনি উত্তর দেন।",
  },
];
