import type { ClusterBank } from "./types.ts";

/** Company names (Krishi Setu, Nouka Pay, Porashona) are invented for the demo. */
export const startups: ClusterBank = {
  key: "startups",
  columnist: "tahmina-rezwan",
  motifs: ["circuit", "chart"],
  hue: 175,
  // Dhaka-based stories name Dhaka explicitly; the rest of the list stands for "outside the capital".
  places: ["chattogram", "sylhet", "rajshahi", "khulna"],
  tags: [
    { slug: { en: "startups", bn: "স্টার্টআপ" }, name: { en: "Startups", bn: "স্টার্টআপ" } },
    { slug: { en: "fintech", bn: "ফিনটেক" }, name: { en: "Fintech", bn: "ফিনটেক" } },
    {
      slug: { en: "venture-capital", bn: "ভেঞ্চার-ক্যাপিটাল" },
      name: { en: "Venture Capital", bn: "ভেঞ্চার ক্যাপিটাল" },
    },
  ],
  crossTags: ["economy"],
  terms: {
    topic: { en: "the startup sector", bn: "স্টার্টআপ খাত" },
    topicGen: { en: "the startup sector", bn: "স্টার্টআপ খাতের" },
    office: { en: "the ICT division", bn: "আইসিটি বিভাগ" },
    officeGen: { en: "the ICT division", bn: "আইসিটি বিভাগের" },
  },
  stories: [
    {
      id: "rajshahi-founders",
      kind: "feature",
      section: "technology",
      place: "rajshahi",
      en: {
        headline: "From mango orchards to mobile apps: Rajshahi's unlikely tech founders",
        standfirst: "A cluster of young engineers is building software for farmers without moving to Dhaka.",
        lead: "The office of Krishi Setu sits above a fertiliser shop on a quiet street in {place}, a short walk from the orchards that made the region famous. Inside, eleven engineers, most of them under thirty, are building an app that tells mango and rice farmers what their crops will fetch at wholesale markets across the country.",
      },
      bn: {
        headline: "আমবাগান থেকে মোবাইল অ্যাপ: রাজশাহীর অপ্রত্যাশিত প্রযুক্তি উদ্যোক্তারা",
        standfirst: "ঢাকায় না গিয়েই কৃষকদের জন্য সফটওয়্যার তৈরি করছেন একদল তরুণ প্রকৌশলী।",
        lead: "{placeGen} নিরিবিলি এক রাস্তায় সারের দোকানের ওপরতলায় কৃষি সেতুর অফিস; যে আমবাগানগুলো এ অঞ্চলকে বিখ্যাত করেছে, সেগুলো সেখান থেকে হাঁটাপথের দূরত্বে। ভেতরে এগারোজন প্রকৌশলী, যাঁদের বেশির ভাগের বয়স ত্রিশের নিচে, এমন একটি অ্যাপ বানাচ্ছেন, যা আম ও ধানচাষিদের জানিয়ে দেয় দেশের বিভিন্ন পাইকারি বাজারে তাঁদের ফসলের দাম কত।",
      },
    },
    {
      id: "nouka-pay-funding",
      kind: "news",
      section: "technology",
      place: "dhaka",
      en: {
        headline: "Dhaka fintech Nouka Pay raises new funding to expand rural payments",
        standfirst:
          "The startup says it will use the money to add agents in northern districts and offer small loans to shopkeepers.",
        lead: "Nouka Pay, a {place}-based payments startup, said on {day} that it had raised new funding from a group of regional and local investors, money it plans to use to expand its network of village agents and to begin offering small working-capital loans to shopkeepers. The company did not disclose its valuation.",
      },
      bn: {
        headline: "নতুন বিনিয়োগ পেল ঢাকার ফিনটেক নৌকা পে, গ্রামে সেবা বাড়ানোর পরিকল্পনা",
        standfirst: "উত্তরাঞ্চলের জেলাগুলোতে এজেন্ট বাড়ানো ও দোকানিদের ক্ষুদ্রঋণ দিতে এ অর্থ ব্যবহার করবে প্রতিষ্ঠানটি।",
        lead: "{placeGen} লেনদেনসেবা স্টার্টআপ নৌকা পে {day} জানিয়েছে, আঞ্চলিক ও দেশীয় একদল বিনিয়োগকারীর কাছ থেকে তারা নতুন বিনিয়োগ পেয়েছে। এই অর্থে গ্রামপর্যায়ে এজেন্ট নেটওয়ার্ক বাড়ানো এবং দোকানিদের চলতি মূলধনের জন্য ছোট ঋণ দেওয়া শুরু করার পরিকল্পনা রয়েছে প্রতিষ্ঠানটির। তবে প্রতিষ্ঠানের মূল্যায়ন প্রকাশ করা হয়নি।",
      },
    },
    {
      id: "funding-slows",
      kind: "news",
      section: "technology",
      place: "dhaka",
      wire: true,
      en: {
        headline: "Startup funding in Bangladesh slows as investors turn cautious",
        standfirst:
          "Deal numbers fell in the first half of the year, though early-stage rounds held up better than larger ones.",
        lead: "Investment in Bangladeshi startups slowed in the first half of the year as global investors became more selective, according to figures compiled by an industry group and released in {place} on {day}. The number of deals fell by about {pct} percent compared with the same period last year, with larger growth rounds hit hardest.",
      },
    },
    {
      id: "patient-money",
      kind: "opinion",
      section: "opinion",
      en: {
        headline: "Our startups do not need more pitch events. They need patient money",
        standfirst:
          "Founders can get an audience easily. What they cannot get is capital that waits seven years.",
        lead: "I have sat on the jury of more startup competitions than I care to remember. The energy in those rooms is real, and so is the talent. But after the prizes are handed out and the photographs taken, most of the founders I meet go back to the same problem: there is almost no local money willing to wait long enough for a serious company to grow.",
      },
    },
    {
      id: "edtech-after-lockdown",
      kind: "analysis",
      section: "technology",
      en: {
        headline: "Why Bangladeshi edtech boomed in lockdown and struggled afterwards",
        standfirst:
          "Millions signed up for online classes. Far fewer were willing to pay once schools reopened.",
        lead: "During the long school closures, education apps were among the fastest-growing businesses in the country. Companies such as Porashona signed up millions of students in months. Then classrooms reopened, and the harder question arrived: how many families would keep paying for something they had used only because they had no choice?",
      },
    },
    {
      id: "freelancer-payments",
      kind: "news",
      section: "technology",
      place: "dhaka",
      wire: true,
      bn: {
        headline: "দেশে ফ্রিল্যান্সারদের আয় বাড়লেও অর্থ আনতে জটিলতা কাটেনি",
        standfirst: "বিদেশি ক্লায়েন্টের পাঠানো অর্থ দেশে আনতে এখনো নানা ধাপ পেরোতে হয় বলে অভিযোগ তরুণদের।",
        lead: "বিদেশি ক্লায়েন্টদের কাছ থেকে দেশের ফ্রিল্যান্সারদের আয় গত বছরের তুলনায় বেড়েছে বলে জানিয়েছে একটি শিল্প সংগঠন। {day} {placeLoc} প্রকাশিত ওই প্রতিবেদনে বলা হয়, তবে এই অর্থ দেশে আনতে এখনো একাধিক ধাপ পেরোতে হয়, আর লেনদেন খরচ ও দেরির কারণে অনেকে অনানুষ্ঠানিক পথ বেছে নেন।",
      },
    },
    {
      id: "profit-not-funding",
      kind: "opinion",
      section: "opinion",
      bn: {
        headline: "স্টার্টআপের সাফল্য মাপতে হবে মুনাফায়, শুধু বিনিয়োগের অঙ্কে নয়",
        standfirst: "কত টাকা বিনিয়োগ এল, সেই খবরই শিরোনাম হয়; কিন্তু টেকসই ব্যবসা গড়ার প্রশ্নটা আড়ালে থেকে যায়।",
        lead: "আমাদের গণমাধ্যমে স্টার্টআপ নিয়ে সবচেয়ে বড় খবর হয় বিনিয়োগ পাওয়ার দিন। অঙ্কটা যত বড়, শিরোনাম তত বড়। অথচ একটি প্রতিষ্ঠান কত টাকা তুলল, তার চেয়ে অনেক জরুরি প্রশ্ন হলো, সে টাকা দিয়ে সে কী বানাল এবং গ্রাহকেরা নিজের পকেট থেকে তার জন্য দাম দিতে রাজি কি না।",
      },
    },
    {
      id: "sylhet-it-park",
      kind: "news",
      section: "technology",
      place: "sylhet",
      bn: {
        headline: "সিলেটে চালু হলো আইটি পার্ক, কর্মসংস্থানের আশায় তরুণেরা",
        standfirst:
          "প্রথম ধাপে দশটির বেশি প্রতিষ্ঠান অফিস নিয়েছে; তবে দ্রুতগতির ইন্টারনেট ও দক্ষ জনবল নিয়ে প্রশ্ন রয়ে গেছে।",
        lead: "{placeLoc} {day} আনুষ্ঠানিকভাবে চালু হয়েছে নতুন আইটি পার্ক। প্রথম ধাপে দশটির বেশি সফটওয়্যার ও আউটসোর্সিং প্রতিষ্ঠান সেখানে অফিস নিয়েছে। {officeGen} কর্মকর্তারা বলছেন, এতে স্থানীয় অন্তত {n3} তরুণের কর্মসংস্থান হবে। তবে উদ্যোক্তাদের প্রশ্ন, দ্রুতগতির ইন্টারনেট আর দক্ষ জনবল পর্যাপ্ত মিলবে কি না।",
      },
    },
  ],
  paragraphs: [
    {
      en: "Bangladesh's startup ecosystem is young by regional standards. Most of the companies that have raised significant funding were founded in the past decade, and the majority are concentrated in Dhaka, where investors, engineers and customers willing to try new services are easiest to find.",
      bn: "আঞ্চলিক মানদণ্ডে বাংলাদেশের স্টার্টআপ পরিবেশ এখনো নবীন। উল্লেখযোগ্য বিনিয়োগ পাওয়া প্রতিষ্ঠানগুলোর বেশির ভাগ গত এক দশকে প্রতিষ্ঠিত, আর এদের অধিকাংশই ঢাকায় কেন্দ্রীভূত, যেখানে বিনিয়োগকারী, প্রকৌশলী আর নতুন সেবা ব্যবহারে আগ্রহী গ্রাহক সহজে মেলে।",
    },
    {
      en: "Mobile financial services have been the sector's great success, with tens of millions of accounts used for everything from wages to school fees. Founders now hope to build on those rails, offering savings, insurance and credit to people who have never had a bank account.",
      bn: "খাতটির সবচেয়ে বড় সাফল্য মোবাইল আর্থিক সেবা; কোটি কোটি হিসাব ব্যবহৃত হচ্ছে মজুরি থেকে স্কুলের বেতন পর্যন্ত সবকিছুতে। উদ্যোক্তারা এখন এই ভিত্তির ওপর দাঁড়িয়ে এমন মানুষদের সঞ্চয়, বিমা ও ঋণসেবা দিতে চান, যাঁদের কখনো ব্যাংক হিসাবই ছিল না।",
    },
    {
      en: "Investors say the main obstacles are regulatory uncertainty, the difficulty of repatriating profits and a shallow pool of experienced senior managers. Several founders interviewed said they had spent months waiting for approvals that competitors in neighbouring countries obtained in weeks.",
      bn: "বিনিয়োগকারীরা বলছেন, প্রধান বাধাগুলো হলো নিয়ন্ত্রক অনিশ্চয়তা, মুনাফা দেশের বাইরে নেওয়ার জটিলতা এবং অভিজ্ঞ জ্যেষ্ঠ ব্যবস্থাপকের স্বল্পতা। কথা বলা কয়েকজন উদ্যোক্তা জানান, প্রতিবেশী দেশগুলোর প্রতিযোগীরা যে অনুমোদন কয়েক সপ্তাহে পায়, তার জন্য তাঁদের অপেক্ষা করতে হয়েছে মাসের পর মাস।",
    },
    {
      en: "Talent is less of a constraint than it once was. Universities in Dhaka and {place2} produce thousands of computer science graduates a year, and a growing number of engineers who worked abroad are returning to join or found local companies, bringing experience of how larger firms operate.",
      bn: "দক্ষ জনবলের সংকট আগের মতো তীব্র নয়। ঢাকা ও {place2Gen} বিশ্ববিদ্যালয়গুলো থেকে প্রতিবছর হাজারো কম্পিউটার বিজ্ঞানের স্নাতক বের হচ্ছেন, আর বিদেশে কাজ করা প্রকৌশলীদের অনেকে দেশে ফিরে স্থানীয় প্রতিষ্ঠানে যোগ দিচ্ছেন বা নিজেরাই প্রতিষ্ঠান গড়ছেন; সঙ্গে আনছেন বড় প্রতিষ্ঠান পরিচালনার অভিজ্ঞতা।",
    },
    {
      en: "The government has launched several programmes to support young companies, including a state-backed venture fund and co-working spaces in divisional cities. Founders welcome the intent but say the application processes are slow and the amounts available are too small to make a difference beyond the earliest stage.",
      bn: "তরুণ প্রতিষ্ঠানগুলোকে সহায়তায় সরকার কয়েকটি কর্মসূচি চালু করেছে, যার মধ্যে রয়েছে রাষ্ট্রীয় সহায়তাপুষ্ট একটি ভেঞ্চার তহবিল এবং বিভাগীয় শহরগুলোতে কো-ওয়ার্কিং স্পেস। উদ্যোক্তারা উদ্যোগকে স্বাগত জানালেও বলছেন, আবেদনপ্রক্রিয়া ধীর এবং বরাদ্দের পরিমাণ এত কম যে একেবারে প্রাথমিক পর্যায়ের পর তা তেমন কাজে আসে না।",
    },
    {
      en: "Revenue, rather than growth at any cost, has become the watchword. Founders say investors now ask about unit economics in the first meeting, and companies that once spent heavily on discounts to win customers are cutting back and raising prices by {pct3} percent or more.",
      bn: "যেকোনো মূল্যে প্রবৃদ্ধি নয়, আয়ই এখন মূলমন্ত্র। উদ্যোক্তারা জানান, বিনিয়োগকারীরা এখন প্রথম বৈঠকেই প্রতি ইউনিটের আয়-ব্যয়ের হিসাব জানতে চান। গ্রাহক টানতে একসময় ছাড়ে বিপুল খরচ করা প্রতিষ্ঠানগুলো এখন সেই খরচ কমাচ্ছে এবং দাম {pct3} শতাংশ বা তার বেশি বাড়াচ্ছে।",
    },
  ],
  views: [
    {
      en: "Venture capital is designed for a few big wins, and it tolerates many failures in pursuit of them. Our financial system is built to do the opposite. Until pension funds, insurers and wealthy families are allowed and encouraged to put a small share of their money into long-term risk, founders will keep looking abroad.",
      bn: "ভেঞ্চার ক্যাপিটাল তৈরিই হয়েছে হাতে গোনা কয়েকটি বড় সাফল্যের জন্য, আর সেই লক্ষ্যে বহু ব্যর্থতা সে মেনে নেয়। আমাদের আর্থিক ব্যবস্থা গড়া ঠিক উল্টো কাজের জন্য। পেনশন তহবিল, বিমা প্রতিষ্ঠান ও বিত্তশালী পরিবারগুলোকে তাদের অর্থের সামান্য অংশ দীর্ঘমেয়াদি ঝুঁকিতে বিনিয়োগের সুযোগ ও উৎসাহ না দেওয়া পর্যন্ত উদ্যোক্তারা বিদেশের দিকেই তাকিয়ে থাকবেন।",
    },
    {
      en: "The best startups solve boring problems for people who are usually ignored: a farmer who needs a fair price, a shopkeeper who needs a week's credit, a garment worker who needs to send money home safely. Those markets are not glamorous, but they are enormous, and they are ours.",
      bn: "সেরা স্টার্টআপগুলো সমাধান করে সাধারণত উপেক্ষিত মানুষের একঘেয়ে সমস্যা: ন্যায্য দাম চাওয়া কৃষক, এক সপ্তাহের বাকি চাওয়া দোকানি, নিরাপদে বাড়িতে টাকা পাঠাতে চাওয়া পোশাকশ্রমিক। এসব বাজার চটকদার নয়, কিন্তু বিশাল, আর এগুলো আমাদেরই।",
    },
    {
      en: "Regulators have a difficult job: encourage innovation without exposing poor customers to new kinds of fraud. A sandbox that lets young companies test products under supervision, with clear deadlines for decisions, would serve both goals better than the current habit of saying neither yes nor no.",
      bn: "নিয়ন্ত্রকদের কাজটা কঠিন: দরিদ্র গ্রাহকদের নতুন ধরনের প্রতারণার ঝুঁকিতে না ফেলে উদ্ভাবনকে উৎসাহ দেওয়া। এমন একটি স্যান্ডবক্স, যেখানে তত্ত্বাবধানে থেকে তরুণ প্রতিষ্ঠানগুলো পণ্য পরীক্ষা করতে পারবে এবং সিদ্ধান্তের স্পষ্ট সময়সীমা থাকবে, বর্তমানের ‘হ্যাঁ-ও না, না-ও না’ অভ্যাসের চেয়ে দুই লক্ষ্যই ভালোভাবে পূরণ করবে।",
    },
  ],
  quotes: [
    {
      q: {
        en: "Our customers are not early adopters. They are shopkeepers who will use the app only if it saves them time on the first day",
        bn: "আমাদের গ্রাহকেরা নতুন প্রযুক্তি নিয়ে উৎসাহী কেউ নন। তাঁরা দোকানি; প্রথম দিনেই সময় বাঁচালে তবেই তাঁরা অ্যাপটা ব্যবহার করবেন",
      },
      role: { en: "co-founder of a Dhaka payments startup", bn: "ঢাকার একটি লেনদেনসেবা স্টার্টআপের সহপ্রতিষ্ঠাতা" },
    },
    {
      q: {
        en: "Investors have not left Bangladesh, but they are asking harder questions, and that is healthy",
        bn: "বিনিয়োগকারীরা বাংলাদেশ ছেড়ে যাননি, তবে এখন আরও কঠিন প্রশ্ন করছেন, আর সেটা ভালো লক্ষণ",
      },
      role: {
        en: "a partner at a Singapore-based venture fund",
        bn: "সিঙ্গাপুরভিত্তিক একটি ভেঞ্চার তহবিলের অংশীদার",
      },
    },
    {
      q: {
        en: "We can hire good engineers here and they stay longer than in Dhaka. Fast internet is the only thing we worry about",
        bn: "এখানে ভালো প্রকৌশলী পাওয়া যায়, আর তাঁরা ঢাকার চেয়ে বেশি দিন টিকে থাকেন। আমাদের একমাত্র চিন্তা দ্রুতগতির ইন্টারনেট",
      },
      role: {
        en: "founder of a software company in {place2}",
        bn: "{place2Gen} একটি সফটওয়্যার প্রতিষ্ঠানের প্রতিষ্ঠাতা",
      },
    },
    {
      q: {
        en: "We are simplifying approvals so that a new company can register and open a bank account within a week",
        bn: "নতুন প্রতিষ্ঠান যাতে এক সপ্তাহের মধ্যে নিবন্ধন ও ব্যাংক হিসাব খুলতে পারে, সে জন্য আমরা অনুমোদনপ্রক্রিয়া সহজ করছি",
      },
      role: { en: "an official at {office}", bn: "{officeGen} একজন কর্মকর্তা" },
    },
    {
      q: {
        en: "I used to sell my mangoes to whoever came first. Now I check the price on my phone and wait a day if I need to",
        bn: "আগে যে আগে আসত, তার কাছেই আম বিক্রি করে দিতাম। এখন ফোনে দাম দেখে নিই, দরকার হলে এক দিন অপেক্ষা করি",
      },
      role: { en: "an orchard owner near Rajshahi", bn: "রাজশাহীর কাছের এক বাগানমালিক" },
    },
  ],
  facts: [
    {
      en: "Deal numbers down about {pct} percent year on year",
      bn: "বছরওয়ারি হিসাবে চুক্তির সংখ্যা প্রায় {pct} শতাংশ কম",
    },
    { en: "Most funded startups are based in Dhaka", bn: "বিনিয়োগ পাওয়া বেশির ভাগ স্টার্টআপ ঢাকাভিত্তিক" },
    { en: "Mobile money accounts number in the tens of millions", bn: "মোবাইল আর্থিক সেবার হিসাব কোটির ঘরে" },
    {
      en: "State-backed venture fund supports early-stage firms",
      bn: "প্রাথমিক পর্যায়ের প্রতিষ্ঠানের জন্য রাষ্ট্রীয় ভেঞ্চার তহবিল",
    },
    { en: "Investors now focus on revenue over growth", bn: "প্রবৃদ্ধির চেয়ে আয়ে বেশি মনোযোগ বিনিয়োগকারীদের" },
  ],
  subheads: [
    { en: "Following the money", bn: "অর্থের গতিপথ" },
    { en: "Beyond the capital", bn: "রাজধানীর বাইরে" },
    { en: "The regulators' dilemma", bn: "নিয়ন্ত্রকদের উভয়সংকট" },
  ],
  captions: [
    {
      en: "Software developers at work in a shared office in {place}.",
      bn: "{placeLoc} একটি শেয়ার্ড অফিসে কাজ করছেন সফটওয়্যার ডেভেলপাররা।",
    },
    {
      en: "A shopkeeper uses a mobile payment app in {place}.",
      bn: "{placeLoc} মোবাইল লেনদেনের অ্যাপ ব্যবহার করছেন এক দোকানি।",
    },
    {
      en: "Founders present their products at a startup event in {place}.",
      bn: "{placeLoc} একটি স্টার্টআপ আয়োজনে নিজেদের পণ্য তুলে ধরছেন উদ্যোক্তারা।",
    },
  ],
};
