import type { ClusterBank } from "./types.ts";

export const budget: ClusterBank = {
  key: "budget",
  columnist: "tahmina-rezwan",
  motifs: ["chart", "city"],
  hue: 45,
  // Dhaka is named explicitly by stories; keeping it out of this list lets {place2} mean "outside Dhaka".
  places: ["chattogram", "rajshahi", "khulna", "rangpur"],
  tags: [
    { slug: { en: "budget", bn: "বাজেট" }, name: { en: "Budget", bn: "বাজেট" } },
    { slug: { en: "taxes", bn: "কর" }, name: { en: "Taxes", bn: "কর" } },
    { slug: { en: "inflation", bn: "মূল্যস্ফীতি" }, name: { en: "Inflation", bn: "মূল্যস্ফীতি" } },
  ],
  crossTags: ["economy"],
  terms: {
    topic: { en: "the budget", bn: "বাজেট" },
    topicGen: { en: "the budget", bn: "বাজেটের" },
    office: { en: "the finance ministry", bn: "অর্থ মন্ত্রণালয়" },
    officeGen: { en: "the finance ministry", bn: "অর্থ মন্ত্রণালয়ের" },
  },
  stories: [
    {
      id: "budget-passed",
      kind: "news",
      section: "politics",
      place: "dhaka",
      en: {
        headline: "Parliament passes budget after heated debate over fuel and fertiliser subsidies",
        standfirst:
          "Opposition members walked out during the final vote, saying the plan does too little to ease food prices.",
        lead: "Parliament passed the national budget on {day} after three weeks of debate dominated by disagreements over subsidies for fuel and fertiliser. Opposition members walked out before the final vote, accusing the government of protecting large businesses while households struggle with food inflation that has stayed above {n1} percent for most of the year.",
      },
      bn: {
        headline: "জ্বালানি ও সারের ভর্তুকি নিয়ে উত্তপ্ত বিতর্কের পর সংসদে বাজেট পাস",
        standfirst: "খাদ্যপণ্যের দাম কমাতে পরিকল্পনাটি যথেষ্ট নয় অভিযোগ তুলে চূড়ান্ত ভোটের সময় ওয়াকআউট করেন বিরোধী সদস্যরা।",
        lead: "জ্বালানি ও সারের ভর্তুকি নিয়ে মতবিরোধে ভরা তিন সপ্তাহের আলোচনার পর {day} সংসদে জাতীয় বাজেট পাস হয়েছে। চূড়ান্ত ভোটের আগে ওয়াকআউট করেন বিরোধী দলের সদস্যরা। তাঁদের অভিযোগ, বছরের বেশির ভাগ সময় খাদ্য মূল্যস্ফীতি {n1} শতাংশের ওপরে থাকায় পরিবারগুলো যখন হিমশিম খাচ্ছে, তখন সরকার বড় ব্যবসায়ীদের সুরক্ষা দিচ্ছে।",
      },
    },
    {
      id: "five-numbers",
      kind: "analysis",
      section: "business",
      place: "dhaka",
      en: {
        headline: "Five numbers that explain the new budget, and what they leave out",
        standfirst:
          "Revenue targets look ambitious, interest payments keep climbing, and development spending is being squeezed.",
        lead: "Budget speeches are written to be heard, not read, and the one delivered in parliament this month was no exception. Strip away the rhetoric, though, and a handful of numbers tell most of the story: how much the state hopes to collect, how much it owes, and how little room is left for everything else.",
      },
      bn: {
        headline: "পাঁচটি সংখ্যায় নতুন বাজেট, আর যা বলা হয়নি তার হিসাব",
        standfirst: "রাজস্ব আদায়ের লক্ষ্য উচ্চাভিলাষী, সুদ পরিশোধের খরচ বাড়ছেই, আর চাপে পড়ছে উন্নয়ন ব্যয়।",
        lead: "বাজেট বক্তৃতা লেখা হয় শোনানোর জন্য, পড়ার জন্য নয়; এ মাসে সংসদে দেওয়া বক্তৃতাও তার ব্যতিক্রম নয়। তবে অলংকার সরিয়ে দিলে হাতে গোনা কয়েকটি সংখ্যাই পুরো গল্প বলে দেয়: রাষ্ট্র কত টাকা আদায়ের আশা করছে, কত টাকা তার ঋণ, আর বাকি সবকিছুর জন্য কতটুকু জায়গা অবশিষ্ট থাকছে।",
      },
    },
    {
      id: "tax-threshold",
      kind: "news",
      section: "business",
      place: "dhaka",
      wire: true,
      en: {
        headline: "Tax-free income threshold raised as government seeks relief for salaried earners",
        standfirst:
          "The change will benefit several million taxpayers but reduce revenue at a time when collection is already below target.",
        lead: "The government has raised the tax-free income threshold for individuals in the new budget, a move aimed at easing pressure on salaried earners squeezed by rising prices. Officials at {office} said on {day} that the change would cost the treasury several thousand crore taka in revenue in the coming fiscal year.",
      },
    },
    {
      id: "moral-documents",
      kind: "opinion",
      section: "opinion",
      en: {
        headline: "Budgets are moral documents, and ours keeps ducking the question",
        standfirst: "Whom we tax and what we fund says more about our priorities than any speech.",
        lead: "A budget, an old teacher of mine liked to say, is a moral document disguised as a spreadsheet. It tells you who a society believes should carry its burdens and who should be spared. Read this year's budget in that light and the answer is uncomfortable: the people with the least political voice are, once again, paying the most.",
      },
    },
    {
      id: "rajshahi-vat",
      kind: "news",
      section: "politics",
      place: "rajshahi",
      en: {
        headline: "Rajshahi traders say budget VAT changes will raise cost of everyday goods",
        standfirst:
          "Shopkeepers in the northern city say higher VAT on packaged foods will hit low-income customers first.",
        lead: "Traders in {place} warned on {day} that changes to value-added tax in the new budget would push up prices of packaged foods, soap and cooking oil, hitting low-income households hardest. Members of the city's chamber of commerce said they would ask local lawmakers to press for the measures to be reviewed.",
      },
    },
    {
      id: "mobile-internet-duty",
      kind: "news",
      section: "business",
      place: "dhaka",
      wire: true,
      bn: {
        headline: "নতুন বাজেটে মোবাইল ফোন ও ইন্টারনেট সেবায় বাড়ল শুল্ক",
        standfirst: "রাজস্ব বাড়াতেই এ সিদ্ধান্ত বলে জানিয়েছে সরকার, তবে ডিজিটাল সেবার খরচ বাড়ার আশঙ্কা করছেন ব্যবহারকারীরা।",
        lead: "প্রস্তাবিত বাজেটে মোবাইল ফোনে কথা বলা ও ইন্টারনেট ব্যবহারের ওপর সম্পূরক শুল্ক বাড়ানো হয়েছে। {officeGen} কর্মকর্তারা {day} জানান, রাজস্ব আদায় বাড়াতেই এ সিদ্ধান্ত নেওয়া হয়েছে। তবে ব্যবহারকারী ও প্রযুক্তি খাতের উদ্যোক্তারা বলছেন, এতে ডিজিটাল সেবার খরচ বাড়বে এবং নিম্ন আয়ের মানুষ সবচেয়ে বেশি ক্ষতিগ্রস্ত হবেন।",
      },
    },
    {
      id: "relief-for-whom",
      kind: "opinion",
      section: "opinion",
      bn: {
        headline: "মূল্যস্ফীতির চাপে থাকা মানুষের জন্য বাজেটে স্বস্তি কোথায়",
        standfirst: "সামাজিক সুরক্ষা খাতে বরাদ্দ বেড়েছে বলে দাবি করা হলেও প্রকৃত অর্থে তা মূল্যস্ফীতির সঙ্গে তাল মেলাতে পারেনি।",
        lead: "বাজেট ঘোষণার দিন সন্ধ্যায় বাজারে গিয়েছিলাম। চালের দোকানি থেকে সবজিওয়ালা—সবার মুখে একই প্রশ্ন: এই বাজেটে আমাদের জন্য কী আছে? সংসদে দীর্ঘ বক্তৃতা শুনে আর শত পৃষ্ঠার নথি ঘেঁটে আমার উত্তর খুব আশাব্যঞ্জক নয়।",
      },
    },
    {
      id: "khulna-left-out",
      kind: "news",
      section: "politics",
      place: "khulna",
      bn: {
        headline: "খুলনার জন্য বাজেটে নতুন প্রকল্প নেই, ক্ষুব্ধ স্থানীয় ব্যবসায়ীরা",
        standfirst: "মোংলা বন্দর ও পাটকল এলাকার উন্নয়নে প্রত্যাশিত বরাদ্দ না পাওয়ায় হতাশা প্রকাশ করেছেন তাঁরা।",
        lead: "প্রস্তাবিত বাজেটে {placeGen} জন্য উল্লেখযোগ্য কোনো নতুন প্রকল্প না থাকায় ক্ষোভ প্রকাশ করেছেন স্থানীয় ব্যবসায়ী ও নাগরিক সংগঠনের নেতারা। {day} এক মতবিনিময় সভায় তাঁরা বলেন, মোংলা বন্দরের সম্প্রসারণ ও বন্ধ পাটকল এলাকায় নতুন শিল্প স্থাপনের জন্য প্রত্যাশিত বরাদ্দ আসেনি।",
      },
    },
  ],
  paragraphs: [
    {
      en: "The budget sets a revenue target that would require collection to grow by about {pct} percent, well above the pace achieved in recent years. The revenue authority has missed its target in most years of the past decade, and economists expect a shortfall again unless the tax base is widened.",
      bn: "বাজেটে রাজস্ব আদায়ের যে লক্ষ্য ধরা হয়েছে, তা অর্জনে আদায় বাড়াতে হবে প্রায় {pct} শতাংশ, যা সাম্প্রতিক বছরগুলোর গতির চেয়ে অনেক বেশি। গত এক দশকের বেশির ভাগ বছরেই রাজস্ব কর্তৃপক্ষ লক্ষ্য পূরণ করতে পারেনি; করের আওতা না বাড়ালে এবারও ঘাটতি হবে বলে মনে করছেন অর্থনীতিবিদেরা।",
    },
    {
      en: "Interest payments on government debt are now one of the largest single items of spending, having risen steadily as borrowing costs climbed. Analysts say this leaves less room for health, education and the annual development programme, which has already been trimmed in the revised figures for the outgoing year.",
      bn: "সরকারি ঋণের সুদ পরিশোধ এখন ব্যয়ের অন্যতম বড় খাত; ঋণের খরচ বাড়ায় তা ক্রমাগত বেড়েছে। বিশ্লেষকেরা বলছেন, এতে স্বাস্থ্য, শিক্ষা ও বার্ষিক উন্নয়ন কর্মসূচির জন্য জায়গা কমে যাচ্ছে; বিদায়ী অর্থবছরের সংশোধিত হিসাবে উন্নয়ন কর্মসূচি এরই মধ্যে ছাঁটাই করা হয়েছে।",
    },
    {
      en: "Allocations for social safety net programmes have been increased in nominal terms, covering old-age allowances, widow allowances and food assistance. Critics note, however, that once inflation is taken into account, the real value of many monthly payments has barely changed, and some have fallen.",
      bn: "নামমাত্র হিসাবে বাড়ানো হয়েছে সামাজিক নিরাপত্তা কর্মসূচির বরাদ্দ, যার মধ্যে রয়েছে বয়স্ক ভাতা, বিধবা ভাতা ও খাদ্যসহায়তা। তবে সমালোচকেরা বলছেন, মূল্যস্ফীতি বিবেচনায় নিলে অনেক মাসিক ভাতার প্রকৃত মূল্য প্রায় বাড়েনি, কোনো কোনোটির বরং কমেছে।",
    },
    {
      en: "Business groups welcomed measures to simplify corporate tax filing but objected to new advance taxes on imports of raw materials, which they said would tie up working capital. Chambers in {place} and {place2} said they would submit detailed proposals before the finance bill is finalised.",
      bn: "করপোরেট কর রিটার্ন সহজ করার উদ্যোগকে স্বাগত জানিয়েছে ব্যবসায়ী সংগঠনগুলো, তবে কাঁচামাল আমদানিতে নতুন অগ্রিম করের বিরোধিতা করেছে; তাদের মতে, এতে চলতি মূলধন আটকে যাবে। {place} ও {place2Gen} চেম্বারগুলো জানিয়েছে, অর্থবিল চূড়ান্ত হওয়ার আগে তারা বিস্তারিত প্রস্তাব জমা দেবে।",
    },
    {
      en: "The deficit is projected at around {n1} percent of gross domestic product, to be financed through a mix of domestic bank borrowing, savings certificates and foreign loans. Economists warned that heavy borrowing from banks could crowd out private investment at a time when credit growth is already weak.",
      bn: "বাজেট ঘাটতি ধরা হয়েছে মোট দেশজ উৎপাদনের প্রায় {n1} শতাংশ, যা মেটানো হবে দেশীয় ব্যাংকঋণ, সঞ্চয়পত্র ও বিদেশি ঋণের সমন্বয়ে। অর্থনীতিবিদেরা সতর্ক করেছেন, ব্যাংক থেকে সরকারের বেশি ঋণ নেওয়ায় এমন সময়ে বেসরকারি বিনিয়োগ বাধাগ্রস্ত হতে পারে, যখন ঋণপ্রবাহ এমনিতেই দুর্বল।",
    },
    {
      en: "Outside Dhaka, reaction focused on what the budget means for local projects. In {place2}, business leaders said they were disappointed that long-promised road and port works had received only token allocations, while farmers' groups welcomed a modest increase in the fertiliser subsidy.",
      bn: "ঢাকার বাইরে প্রতিক্রিয়ার কেন্দ্রে ছিল স্থানীয় প্রকল্পের জন্য বাজেটের তাৎপর্য। {place2Loc} ব্যবসায়ী নেতারা বলেছেন, বহুদিনের প্রতিশ্রুত সড়ক ও বন্দরের কাজে নামমাত্র বরাদ্দ রাখায় তাঁরা হতাশ; অন্যদিকে সারের ভর্তুকিতে সামান্য বৃদ্ধিকে স্বাগত জানিয়েছে কৃষক সংগঠনগুলো।",
    },
  ],
  views: [
    {
      en: "Our tax system leans heavily on indirect taxes such as VAT, which fall on rich and poor alike and therefore weigh most on those with the least. Widening the direct tax net is politically difficult, because it means asking the well-connected to pay, but there is no fair alternative.",
      bn: "আমাদের করব্যবস্থা ভ্যাটের মতো পরোক্ষ করের ওপর অনেক বেশি নির্ভরশীল, যা ধনী-গরিব সবার ওপর সমানভাবে পড়ে এবং তাই যাঁদের সামর্থ্য সবচেয়ে কম, তাঁদের ওপরই সবচেয়ে ভারী হয়ে ওঠে। প্রত্যক্ষ করের জাল বিস্তৃত করা রাজনৈতিকভাবে কঠিন, কারণ এর মানে প্রভাবশালীদের কাছ থেকে কর চাওয়া; কিন্তু এর কোনো ন্যায্য বিকল্প নেই।",
    },
    {
      en: "Every year the development budget is announced with fanfare and then cut quietly in the revised estimates. The projects that suffer are rarely the prestigious ones; they are the rural roads, school buildings and clinics that never make the front page. A budget that cannot be implemented is not a plan but a wish list.",
      bn: "প্রতিবছর ঢাকঢোল পিটিয়ে উন্নয়ন বাজেট ঘোষণা করা হয়, তারপর সংশোধিত হিসাবে তা চুপচাপ কাটছাঁট হয়। ক্ষতিগ্রস্ত হয় কদাচিৎ মর্যাদার প্রকল্পগুলো; বরং কাটা পড়ে গ্রামীণ সড়ক, স্কুল ভবন আর ক্লিনিক, যেগুলো কখনো পত্রিকার প্রথম পাতায় আসে না। যে বাজেট বাস্তবায়ন করা যায় না, তা পরিকল্পনা নয়, ইচ্ছার তালিকা।",
    },
    {
      en: "Inflation is the cruellest tax of all, because nobody votes for it and everybody pays it. A budget that does not put price stability at its centre, through sensible borrowing and coordination with the central bank, will see its good intentions eaten away long before the fiscal year ends.",
      bn: "মূল্যস্ফীতি সবচেয়ে নিষ্ঠুর কর, কারণ এর পক্ষে কেউ ভোট দেয় না, অথচ সবাইকে তা দিতে হয়। যুক্তিসংগত ঋণগ্রহণ আর কেন্দ্রীয় ব্যাংকের সঙ্গে সমন্বয়ের মাধ্যমে যে বাজেট মূল্য স্থিতিশীলতাকে কেন্দ্রে রাখে না, অর্থবছর শেষ হওয়ার অনেক আগেই তার সদিচ্ছাগুলো ক্ষয়ে যায়।",
    },
  ],
  quotes: [
    {
      q: {
        en: "The revenue target is ambitious, and I hope it is met, but we have seen targets like this missed year after year",
        bn: "রাজস্বের লক্ষ্যটা উচ্চাভিলাষী; আশা করি তা পূরণ হবে, কিন্তু এমন লক্ষ্য বছরের পর বছর পূরণ না হতে দেখেছি",
      },
      role: {
        en: "an economist at a Dhaka-based policy institute",
        bn: "ঢাকাভিত্তিক একটি নীতি গবেষণা প্রতিষ্ঠানের অর্থনীতিবিদ",
      },
    },
    {
      q: {
        en: "My customers are already buying smaller packets. If prices rise again, some will stop buying altogether",
        bn: "আমার ক্রেতারা এখনই ছোট প্যাকেট কিনছেন। দাম আবার বাড়লে কেউ কেউ কেনাই বন্ধ করে দেবেন",
      },
      role: { en: "a grocer in {place}", bn: "{placeGen} একজন মুদি দোকানি" },
    },
    {
      q: {
        en: "This budget protects the most vulnerable while keeping the deficit within a manageable range",
        bn: "এই বাজেট ঘাটতিকে সহনীয় সীমার মধ্যে রেখেই সবচেয়ে ঝুঁকিতে থাকা মানুষদের সুরক্ষা দিচ্ছে",
      },
      role: { en: "a senior official at {office}", bn: "{officeGen} একজন জ্যেষ্ঠ কর্মকর্তা" },
    },
    {
      q: {
        en: "We support simpler tax rules, but the advance tax on raw materials will hurt small manufacturers the most",
        bn: "সহজ কর নিয়মকে আমরা সমর্থন করি, কিন্তু কাঁচামালে অগ্রিম কর সবচেয়ে বেশি ক্ষতি করবে ছোট উৎপাদনকারীদের",
      },
      role: {
        en: "vice-president of a chamber of commerce in {place2}",
        bn: "{place2Gen} একটি বাণিজ্য ও শিল্প চেম্বারের সহসভাপতি",
      },
    },
    {
      q: {
        en: "The people who elected us cannot wait another year for cheaper rice and lentils",
        bn: "যাঁরা আমাদের নির্বাচিত করেছেন, সস্তা চাল-ডালের জন্য তাঁরা আরও এক বছর অপেক্ষা করতে পারেন না",
      },
      role: { en: "an opposition member of parliament", bn: "বিরোধী দলের একজন সংসদ সদস্য" },
    },
  ],
  facts: [
    {
      en: "Revenue target requires about {pct} percent growth",
      bn: "রাজস্ব লক্ষ্য পূরণে প্রয়োজন প্রায় {pct} শতাংশ প্রবৃদ্ধি",
    },
    { en: "Deficit projected at around {n1} percent of GDP", bn: "ঘাটতি জিডিপির প্রায় {n1} শতাংশ" },
    { en: "Tax-free income threshold raised for individuals", bn: "ব্যক্তির করমুক্ত আয়সীমা বাড়ানো হয়েছে" },
    { en: "Safety net allowances raised in nominal terms", bn: "নামমাত্র হারে বেড়েছে সামাজিক নিরাপত্তা ভাতা" },
    { en: "Advance tax introduced on some raw material imports", bn: "কিছু কাঁচামাল আমদানিতে নতুন অগ্রিম কর" },
  ],
  subheads: [
    { en: "Revenue and debt", bn: "রাজস্ব ও ঋণ" },
    { en: "Who gains, who pays", bn: "কে পাচ্ছে, কে দিচ্ছে" },
    { en: "Reaction outside Dhaka", bn: "ঢাকার বাইরের প্রতিক্রিয়া" },
  ],
  captions: [
    { en: "Members of parliament during the budget session in Dhaka.", bn: "ঢাকায় বাজেট অধিবেশনে সংসদ সদস্যরা।" },
    { en: "Shoppers at a wholesale market in {place}.", bn: "{placeGen} একটি পাইকারি বাজারে ক্রেতারা।" },
    {
      en: "A trader weighs lentils at a market in {place}.",
      bn: "{placeGen} একটি বাজারে ডাল মেপে দিচ্ছেন এক ব্যবসায়ী।",
    },
  ],
};
