import type { ClusterBank } from "./types.ts";

export const garmentExports: ClusterBank = {
  key: "garment-exports",
  columnist: "tahmina-rezwan",
  motifs: ["factory", "chart"],
  hue: 330,
  places: ["gazipur", "narayanganj", "ashulia", "chattogram", "savar"],
  tags: [
    { slug: { en: "garments", bn: "পোশাকশিল্প" }, name: { en: "Garments", bn: "পোশাকশিল্প" } },
    { slug: { en: "exports", bn: "রপ্তানি" }, name: { en: "Exports", bn: "রপ্তানি" } },
    { slug: { en: "workers-rights", bn: "শ্রমিক-অধিকার" }, name: { en: "Workers' Rights", bn: "শ্রমিক অধিকার" } },
  ],
  crossTags: ["economy"],
  terms: {
    topic: { en: "garment exports", bn: "পোশাক রপ্তানি" },
    topicGen: { en: "garment exports", bn: "পোশাক রপ্তানির" },
    office: { en: "the exporters' association", bn: "রপ্তানিকারকদের সমিতি" },
    officeGen: { en: "the exporters' association", bn: "রপ্তানিকারকদের সমিতির" },
  },
  stories: [
    {
      id: "greener-factories",
      kind: "analysis",
      section: "business",
      place: "gazipur",
      en: {
        headline: "Buyers are asking for greener factories. Who will pay for them?",
        standfirst:
          "Solar roofs and water recycling impress European brands, but factory owners say prices have not moved to match.",
        lead: "Walk into one of the newer garment factories in {place} and the first thing you notice is the light: skylights, solar panels on the roof, and a water treatment plant humming behind the dyeing section. Such investments are increasingly demanded by Western buyers. The harder question, owners say, is who is supposed to pay for them.",
      },
      bn: {
        headline: "ক্রেতারা চাইছেন পরিবেশবান্ধব কারখানা, কিন্তু খরচ জোগাবে কে",
        standfirst:
          "ছাদে সৌর প্যানেল আর পানি পুনর্ব্যবহারে ইউরোপীয় ব্র্যান্ডগুলো খুশি, তবে মালিকেরা বলছেন, সে অনুযায়ী পোশাকের দাম বাড়েনি।",
        lead: "{placeGen} নতুন কোনো পোশাক কারখানায় ঢুকলে প্রথমেই চোখে পড়ে আলো: ছাদে স্কাইলাইট, সৌর প্যানেল, আর রং করার শাখার পেছনে গুনগুন শব্দে চলছে পানি শোধনাগার। পশ্চিমা ক্রেতারা এখন ক্রমেই এ ধরনের বিনিয়োগ চাইছেন। মালিকেরা বলছেন, কঠিন প্রশ্নটা হলো, এর খরচ জোগানোর কথা কার।",
      },
    },
    {
      id: "third-month-rise",
      kind: "news",
      section: "business",
      place: "gazipur",
      en: {
        headline: "Garment exports rise for third straight month on strong winter orders",
        standfirst:
          "Knitwear led the gains, though exporters warn that shipping costs and slower payments are eating into margins.",
        lead: "Bangladesh's garment exports rose for a third consecutive month, according to provisional figures released on {day}, lifted by strong winter orders from Europe and a recovery in shipments of knitwear. Exporters in {place} said factories were running extra shifts to meet delivery deadlines before the holiday season.",
      },
      bn: {
        headline: "শীতের ক্রয়াদেশে টানা তৃতীয় মাসে বাড়ল তৈরি পোশাক রপ্তানি",
        standfirst:
          "সবচেয়ে বেশি বেড়েছে নিটওয়্যার রপ্তানি, তবে জাহাজভাড়া ও দেরিতে অর্থ পরিশোধে মুনাফা কমছে বলে জানাচ্ছেন রপ্তানিকারকেরা।",
        lead: "ইউরোপের শীতকালীন ক্রয়াদেশ আর নিটওয়্যারের চালান ঘুরে দাঁড়ানোয় টানা তৃতীয় মাসের মতো বেড়েছে বাংলাদেশের তৈরি পোশাক রপ্তানি। {day} প্রকাশিত প্রাথমিক পরিসংখ্যানে এ তথ্য উঠে এসেছে। {placeGen} রপ্তানিকারকেরা জানান, উৎসবের মৌসুমের আগে সময়মতো পণ্য পাঠাতে কারখানাগুলো বাড়তি শিফটে কাজ চালাচ্ছে।",
      },
    },
    {
      id: "port-congestion",
      kind: "news",
      section: "business",
      place: "chattogram",
      wire: true,
      en: {
        headline: "Port congestion at Chattogram delays garment shipments to Europe",
        standfirst: "Container dwell times have lengthened as vessels queue outside the port, exporters say.",
        lead: "Garment exporters say shipments bound for Europe are being delayed by congestion at {place} port, where container vessels have been waiting up to {n1} days for a berth. The delays come at the busiest time of year for knitwear orders, and some buyers have begun asking for goods to be sent by air at the factory's expense.",
      },
    },
    {
      id: "ashulia-attendance-bonus",
      kind: "news",
      section: "business",
      place: "ashulia",
      en: {
        headline: "Ashulia workers win attendance bonus after week-long negotiations",
        standfirst:
          "The agreement covers several thousand workers at a cluster of knitwear factories and includes a review of night-shift pay.",
        lead: "Workers at a group of knitwear factories in {place} have won a monthly attendance bonus after a week of negotiations between union representatives and management, both sides said on {day}. The deal covers about {n4} workers and includes a commitment to review night-shift allowances within {n1} months.",
      },
    },
    {
      id: "second-chapter",
      kind: "opinion",
      section: "opinion",
      en: {
        headline: "Our garment success story needs a second chapter, and quickly",
        standfirst: "Low wages built the industry. They cannot sustain it through the next decade.",
        lead: "For four decades, the garment industry has been the single most important engine of our economy and the main route by which millions of women entered paid work. I have written in praise of it many times. But praise can become complacency, and there are signs that the model that served us so well is running out of road.",
      },
    },
    {
      id: "narayanganj-gas-pressure",
      kind: "news",
      section: "business",
      place: "narayanganj",
      wire: true,
      bn: {
        headline: "নারায়ণগঞ্জে গ্যাসের চাপ কম থাকায় উৎপাদন কমেছে নিট কারখানাগুলোর",
        standfirst: "কোনো কোনো কারখানা দিনে কয়েক ঘণ্টা বন্ধ রাখতে হচ্ছে; সময়মতো চালান পাঠানো নিয়ে দুশ্চিন্তায় মালিকেরা।",
        lead: "গ্যাসের চাপ কম থাকায় {placeGen} নিট পোশাক কারখানাগুলোর উৎপাদন উল্লেখযোগ্যভাবে কমেছে। মালিকেরা জানান, কোনো কোনো কারখানায় ডাইং ইউনিট দিনে {n1} ঘণ্টা পর্যন্ত বন্ধ রাখতে হচ্ছে। এতে শীত মৌসুমের ক্রয়াদেশ সময়মতো পাঠানো নিয়ে তাঁরা দুশ্চিন্তায় পড়েছেন।",
      },
    },
    {
      id: "wage-table-voice",
      kind: "opinion",
      section: "opinion",
      bn: {
        headline: "ন্যূনতম মজুরির প্রশ্নে দর-কষাকষির টেবিলে শ্রমিকের কণ্ঠ কোথায়",
        standfirst: "মজুরি বোর্ডে শ্রমিকের প্রতিনিধিত্ব আছে কাগজে-কলমে, কিন্তু বাস্তবে সিদ্ধান্ত হয় অন্যত্র।",
        lead: "প্রতিবার ন্যূনতম মজুরি নিয়ে আলোচনা শুরু হলে একই দৃশ্যের পুনরাবৃত্তি দেখি। মালিকপক্ষ প্রতিযোগিতার কথা বলে, সরকার স্থিতিশীলতার কথা বলে, আর শ্রমিকেরা রাস্তায় নামলে তাঁদের বলা হয় ধৈর্য ধরতে। দর-কষাকষির টেবিলে যাঁদের জীবন নিয়ে সিদ্ধান্ত হয়, তাঁদের কণ্ঠই সবচেয়ে ক্ষীণ শোনায়।",
      },
    },
    {
      id: "savar-supervisor",
      kind: "feature",
      section: "business",
      place: "savar",
      bn: {
        headline: "সাভারের এক কারখানায় সেলাই মেশিনের পাশে বড় হওয়ার গল্প",
        standfirst: "কিশোর বয়সে গ্রাম থেকে আসা এক নারী শ্রমিক এখন লাইন সুপারভাইজার; তাঁর চোখে বদলে যাওয়া শিল্পের ছবি।",
        lead: "চৌদ্দ বছর আগে কুড়িগ্রামের এক গ্রাম থেকে {placeLoc} এসেছিলেন নাজমা খাতুন। প্রথম চাকরি ছিল সুতা কাটার সহকারী হিসেবে, বেতন ছিল সামান্য। এখন তিনি একটি লাইনের সুপারভাইজার, তাঁর অধীনে কাজ করেন {n2} জন শ্রমিক। তাঁর চোখে এই শিল্পের বদলে যাওয়ার গল্প যেমন আশার, তেমনি ক্লান্তিরও।",
      },
    },
  ],
  paragraphs: [
    {
      en: "Garments account for more than four-fifths of the country's merchandise exports, and the sector employs around four million people, a majority of them women. That concentration has been a source of strength, but economists have long warned that it leaves the economy exposed to shifts in demand from a handful of markets.",
      bn: "দেশের পণ্য রপ্তানির পাঁচ ভাগের চার ভাগেরও বেশি আসে তৈরি পোশাক থেকে, আর এ খাতে কাজ করেন প্রায় ৪০ লাখ মানুষ, যাঁদের বেশির ভাগই নারী। এই নির্ভরতা শক্তির উৎস হলেও অর্থনীতিবিদেরা বহুদিন ধরে সতর্ক করে আসছেন যে, হাতে গোনা কয়েকটি বাজারের চাহিদার ওঠানামায় পুরো অর্থনীতি ঝুঁকিতে পড়ে।",
    },
    {
      en: "Factory owners in {place} said buyers had become more demanding on compliance, asking for audits on everything from fire exits to chemical use, while pressing for lower unit prices. Several said their margins had shrunk to about {pct} percent, leaving little room to invest in new machinery.",
      bn: "{placeGen} কারখানামালিকেরা জানান, অগ্নিনির্গমন পথ থেকে রাসায়নিক ব্যবহার পর্যন্ত সবকিছুতে নিরীক্ষা চেয়ে ক্রেতারা কমপ্লায়েন্সের ব্যাপারে আরও কড়া হয়েছেন, আবার একই সঙ্গে প্রতি পিসের দাম কমানোর চাপ দিচ্ছেন। কয়েকজন বলেন, তাঁদের মুনাফা নেমে এসেছে প্রায় {pct} শতাংশে; নতুন যন্ত্রপাতিতে বিনিয়োগের সুযোগ প্রায় নেই।",
    },
    {
      en: "Worker representatives say wages have not kept pace with the cost of living, particularly food and rent in industrial areas such as {place2}. A machine operator on the minimum wage typically spends more than half her income on housing and rice, according to a recent survey by a labour rights group.",
      bn: "শ্রমিক প্রতিনিধিরা বলছেন, জীবনযাত্রার ব্যয়, বিশেষ করে {place2Gen} মতো শিল্প এলাকায় খাবার ও ঘরভাড়ার সঙ্গে তাল মিলিয়ে মজুরি বাড়েনি। একটি শ্রম অধিকার সংগঠনের সাম্প্রতিক জরিপ অনুযায়ী, ন্যূনতম মজুরি পাওয়া একজন মেশিন অপারেটর সাধারণত আয়ের অর্ধেকের বেশি খরচ করেন ঘরভাড়া আর চালের পেছনে।",
    },
    {
      en: "The industry is also trying to move up the value chain. A growing number of factories now produce outerwear, sportswear and garments made from synthetic blends, which command higher prices than basic cotton T-shirts. Exporters say such products made up about {pct2} percent of new orders this season.",
      bn: "শিল্পটি মূল্য শৃঙ্খলের ওপরের ধাপে ওঠারও চেষ্টা করছে। ক্রমবর্ধমানসংখ্যক কারখানা এখন জ্যাকেট, খেলাধুলার পোশাক ও কৃত্রিম তন্তুর মিশ্রণে তৈরি পোশাক উৎপাদন করছে, যেগুলোর দাম সাধারণ সুতি টি-শার্টের চেয়ে বেশি। রপ্তানিকারকেরা জানান, এ মৌসুমের নতুন ক্রয়াদেশের প্রায় {pct2} শতাংশই এ ধরনের পণ্য।",
    },
    {
      en: "Bangladesh's graduation from least developed country status will eventually end some of the duty-free access its garments enjoy. Trade officials say negotiations with major partners are under way to soften the transition, but exporters in {place} worry that the timetable leaves them too little time to adjust.",
      bn: "স্বল্পোন্নত দেশের তালিকা থেকে উত্তরণের পর এক সময় বাংলাদেশের পোশাকের শুল্কমুক্ত বাজারসুবিধার একটি অংশ আর থাকবে না। বাণিজ্য কর্মকর্তারা জানান, উত্তরণ সহজ করতে বড় অংশীদার দেশগুলোর সঙ্গে আলোচনা চলছে। তবে {placeGen} রপ্তানিকারকদের আশঙ্কা, নিজেদের খাপ খাইয়ে নেওয়ার জন্য সময় খুবই কম।",
    },
    {
      en: "Energy remains a persistent constraint. Factories that rely on gas for boilers and dyeing report frequent pressure drops, and many have invested in diesel generators that raise costs. Some larger groups are now installing rooftop solar, which owners say can cover up to {pct} percent of daytime demand.",
      bn: "জ্বালানি এখনো বড় বাধা। বয়লার ও ডাইংয়ের জন্য গ্যাসের ওপর নির্ভরশীল কারখানাগুলো প্রায়ই গ্যাসের চাপ কমে যাওয়ার কথা জানায়, আর অনেকে ডিজেল জেনারেটরে বিনিয়োগ করেছে, যা খরচ বাড়িয়েছে। কিছু বড় শিল্পগোষ্ঠী এখন ছাদে সৌর প্যানেল বসাচ্ছে; মালিকদের দাবি, এতে দিনের বেলার চাহিদার {pct} শতাংশ পর্যন্ত মেটানো সম্ভব।",
    },
  ],
  views: [
    {
      en: "The uncomfortable truth is that our competitive advantage has rested too heavily on cheap labour and too lightly on productivity. A factory that invests in training, better lighting and modern machines can pay more and still make money. Too few have been pushed, or helped, to make that leap.",
      bn: "অস্বস্তিকর সত্য হলো, আমাদের প্রতিযোগিতার সক্ষমতা খুব বেশি নির্ভর করেছে সস্তা শ্রমের ওপর, উৎপাদনশীলতার ওপর খুব কম। প্রশিক্ষণ, ভালো আলো আর আধুনিক যন্ত্রে বিনিয়োগ করা একটি কারখানা বেশি মজুরি দিয়েও লাভ করতে পারে। কিন্তু খুব কম কারখানাকেই এ লাফ দিতে চাপ বা সহায়তা দেওয়া হয়েছে।",
    },
    {
      en: "Buyers, too, must carry their share. It is not credible for a global brand to demand solar panels, effluent plants and higher wages while squeezing the price it pays per shirt year after year. Responsible sourcing has to mean responsible pricing, or it means very little.",
      bn: "ক্রেতাদেরও নিজেদের দায়ভার নিতে হবে। একটি বৈশ্বিক ব্র্যান্ড সৌর প্যানেল, বর্জ্য শোধনাগার আর বেশি মজুরি দাবি করবে, আবার বছরের পর বছর প্রতিটি শার্টের দাম কমাতে থাকবে—এটা বিশ্বাসযোগ্য নয়। দায়িত্বশীল ক্রয় মানে দায়িত্বশীল দামও; তা না হলে কথাটার মানে খুব সামান্য।",
    },
    {
      en: "Diversification is the word every budget speech includes and few policies deliver. Leather, light engineering, pharmaceuticals and software all have potential, but they compete for the same scarce resources: reliable power, efficient ports and patient finance. Until those improve, garments will keep carrying a weight no single industry should bear.",
      bn: "বহুমুখীকরণ এমন এক শব্দ, যা প্রতিটি বাজেট বক্তৃতায় থাকে, কিন্তু খুব কম নীতিতে তার বাস্তবায়ন দেখা যায়। চামড়া, হালকা প্রকৌশল, ওষুধ ও সফটওয়্যার—সবগুলোরই সম্ভাবনা আছে, কিন্তু সবাই একই দুষ্প্রাপ্য সম্পদের জন্য প্রতিযোগিতা করে: নির্ভরযোগ্য বিদ্যুৎ, দক্ষ বন্দর আর ধৈর্যশীল অর্থায়ন। সেগুলোর উন্নতি না হওয়া পর্যন্ত পোশাকশিল্পকে এমন ভার বইতে হবে, যা কোনো একক শিল্পের বওয়া উচিত নয়।",
    },
  ],
  quotes: [
    {
      q: {
        en: "Orders are good this season, but every buyer wants the goods faster and cheaper than last year",
        bn: "এ মৌসুমে ক্রয়াদেশ ভালো, কিন্তু প্রত্যেক ক্রেতাই গতবারের চেয়ে দ্রুত আর কম দামে পণ্য চায়",
      },
      role: { en: "the owner of a knitwear factory in {place}", bn: "{placeGen} একটি নিট কারখানার মালিক" },
    },
    {
      q: {
        en: "We are not asking for luxury. We are asking for a wage that covers rent, rice and our children's school fees",
        bn: "আমরা বিলাসিতা চাই না। আমরা চাই এমন মজুরি, যা দিয়ে ঘরভাড়া, চাল আর বাচ্চাদের স্কুলের বেতন চলে",
      },
      role: {
        en: "a sewing operator and union member in {place2}",
        bn: "{place2Gen} একজন সেলাই অপারেটর ও ইউনিয়ন সদস্য",
      },
    },
    {
      q: {
        en: "Green investment pays off over ten years, but the bank wants its money back in three",
        bn: "পরিবেশবান্ধব বিনিয়োগের সুফল আসে দশ বছরে, কিন্তু ব্যাংক টাকা ফেরত চায় তিন বছরে",
      },
      role: {
        en: "a finance director at a large export group",
        bn: "একটি বড় রপ্তানিমুখী শিল্পগোষ্ঠীর অর্থ পরিচালক",
      },
    },
    {
      q: {
        en: "The sector has proved its resilience many times. What it needs now is a clear plan for the years after graduation",
        bn: "এ খাত বহুবার তার সহনশীলতা প্রমাণ করেছে। এখন দরকার উত্তরণ-পরবর্তী বছরগুলোর জন্য একটি স্পষ্ট পরিকল্পনা",
      },
      role: { en: "a trade economist who advises {office}", bn: "{officeGen} উপদেষ্টা একজন বাণিজ্য অর্থনীতিবিদ" },
    },
    {
      q: {
        en: "When the gas pressure drops, the dyeing line stops, and the whole order falls behind schedule",
        bn: "গ্যাসের চাপ কমলেই ডাইং লাইন বন্ধ হয়ে যায়, আর পুরো অর্ডারই সময়সূচি থেকে পিছিয়ে পড়ে",
      },
      role: { en: "a production manager in {place}", bn: "{placeGen} একটি কারখানার উৎপাদন ব্যবস্থাপক" },
    },
  ],
  facts: [
    {
      en: "Garments make up more than 80 percent of merchandise exports",
      bn: "পণ্য রপ্তানির ৮০ শতাংশের বেশি তৈরি পোশাক",
    },
    { en: "About four million workers, most of them women", bn: "প্রায় ৪০ লাখ শ্রমিক, যাঁদের বেশির ভাগ নারী" },
    { en: "Margins down to about {pct} percent, owners say", bn: "মালিকদের দাবি, মুনাফা নেমেছে প্রায় {pct} শতাংশে" },
    {
      en: "Higher-value products are {pct2} percent of new orders",
      bn: "নতুন ক্রয়াদেশের {pct2} শতাংশ বেশি দামের পণ্য",
    },
    { en: "Duty-free access to change after graduation", bn: "উত্তরণের পর বদলাবে শুল্কমুক্ত সুবিধা" },
  ],
  subheads: [
    { en: "Orders and margins", bn: "ক্রয়াদেশ ও মুনাফা" },
    { en: "The wage question", bn: "মজুরির প্রশ্ন" },
    { en: "Beyond cotton", bn: "সুতির বাইরে" },
  ],
  captions: [
    {
      en: "Workers at sewing machines on a factory floor in {place}.",
      bn: "{placeLoc} একটি কারখানায় সেলাই মেশিনে কাজ করছেন শ্রমিকেরা।",
    },
    {
      en: "Finished knitwear is packed for shipment in {place}.",
      bn: "{placeLoc} চালানের জন্য প্যাক করা হচ্ছে তৈরি নিটওয়্যার।",
    },
    {
      en: "Solar panels on the roof of a garment factory near {place}.",
      bn: "{placeGen} কাছে একটি পোশাক কারখানার ছাদে সৌর প্যানেল।",
    },
  ],
};
