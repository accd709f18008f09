import type { ClusterBank } from "./types.ts";

/** The summit and Bangladesh's negotiator, Selina Parvez, are invented; host cities are real. */
export const climateTalks: ClusterBank = {
  key: "climate-talks",
  columnist: "debjani-sarker",
  motifs: ["globe", "leaf"],
  hue: 150,
  places: ["bangkok", "geneva", "nairobi", "kathmandu"],
  tags: [
    { slug: { en: "climate-talks", bn: "জলবায়ু-আলোচনা" }, name: { en: "Climate Talks", bn: "জলবায়ু আলোচনা" } },
    {
      slug: { en: "loss-and-damage", bn: "ক্ষয়ক্ষতি-তহবিল" },
      name: { en: "Loss and Damage", bn: "ক্ষয়ক্ষতি তহবিল" },
    },
    { slug: { en: "diplomacy", bn: "কূটনীতি" }, name: { en: "Diplomacy", bn: "কূটনীতি" } },
  ],
  crossTags: ["climate-change"],
  terms: {
    topic: { en: "the climate talks", bn: "জলবায়ু আলোচনা" },
    topicGen: { en: "the climate talks", bn: "জলবায়ু আলোচনার" },
    office: { en: "the environment ministry", bn: "পরিবেশ মন্ত্রণালয়" },
    officeGen: { en: "the environment ministry", bn: "পরিবেশ মন্ত্রণালয়ের" },
  },
  stories: [
    {
      id: "faster-payouts",
      kind: "news",
      section: "world",
      place: "bangkok",
      en: {
        headline: "Vulnerable nations push for faster payouts at Bangkok climate summit",
        standfirst:
          "Delegates from Bangladesh and Pacific island states say money pledged for loss and damage is arriving far too slowly.",
        lead: "Countries most exposed to climate disasters pressed wealthier nations on {day} to speed up payments from a fund for loss and damage, as a regional climate summit opened in {place}. Bangladesh's delegation said communities hit by cyclones and floods could not wait years for money that had already been promised.",
      },
      bn: {
        headline: "ব্যাংকক জলবায়ু সম্মেলনে দ্রুত অর্থছাড়ের দাবি ঝুঁকিপূর্ণ দেশগুলোর",
        standfirst:
          "বাংলাদেশ ও প্রশান্ত মহাসাগরীয় দ্বীপরাষ্ট্রগুলোর প্রতিনিধিরা বলছেন, ক্ষয়ক্ষতি তহবিলে প্রতিশ্রুত অর্থ আসছে খুবই ধীরে।",
        lead: "{placeLoc} {day} শুরু হওয়া আঞ্চলিক জলবায়ু সম্মেলনে জলবায়ু দুর্যোগে সবচেয়ে ঝুঁকিপূর্ণ দেশগুলো ক্ষয়ক্ষতি তহবিল থেকে দ্রুত অর্থছাড়ের জন্য ধনী দেশগুলোর ওপর চাপ দিয়েছে। বাংলাদেশের প্রতিনিধিদল বলেছে, ঘূর্ণিঝড় ও বন্যায় ক্ষতিগ্রস্ত জনগোষ্ঠী ইতিমধ্যে প্রতিশ্রুত অর্থের জন্য বছরের পর বছর অপেক্ষা করতে পারে না।",
      },
    },
    {
      id: "finance-after-flood",
      kind: "opinion",
      section: "opinion",
      en: {
        headline: "Climate finance that arrives after the flood is not finance at all",
        standfirst: "Pledges make headlines. Disbursements, which are what matter, rarely do.",
        lead: "I have now covered more climate summits than I can count, and they have developed a rhythm of their own. Pledges are announced on the first days, to applause. Communiqués are negotiated through the final night. And then, months later, in a village on our coast, a woman whose house was destroyed asks where the money went, and nobody in the conference hall is there to answer.",
      },
      bn: {
        headline: "জলবায়ু অর্থায়ন যদি বন্যার পরে আসে, তবে তা অর্থায়নই নয়",
        standfirst: "প্রতিশ্রুতি শিরোনাম হয়; অথচ যা আসল, সেই অর্থছাড় কদাচিৎ খবরে আসে।",
        lead: "এত জলবায়ু সম্মেলনের খবর করেছি যে হিসাব রাখা দায়, আর এগুলোর নিজস্ব একটা ছন্দ তৈরি হয়েছে। প্রথম দিনগুলোতে করতালির মধ্যে ঘোষণা হয় প্রতিশ্রুতি। শেষ রাত জেগে চলে যৌথ ঘোষণার দর-কষাকষি। তারপর কয়েক মাস পর আমাদের উপকূলের কোনো গ্রামে ঘর হারানো এক নারী জানতে চান, টাকাটা গেল কোথায়—আর সম্মেলনকক্ষের কেউ তখন উত্তর দেওয়ার জন্য সেখানে থাকেন না।",
      },
    },
    {
      id: "heatwave-study",
      kind: "news",
      section: "world",
      place: "geneva",
      wire: true,
      en: {
        headline: "New study warns South Asia faces longer and more dangerous heatwaves",
        standfirst:
          "Researchers say outdoor workers in densely populated cities are most at risk, and call for heat action plans.",
        lead: "Heatwaves across South Asia are becoming longer, hotter and more humid, putting tens of millions of outdoor workers at risk, according to a study by an international group of climate scientists released in {place} on {day}. The researchers said cities such as Dhaka, Karachi and Kolkata should prepare heat action plans similar to those used for cyclones.",
      },
    },
    {
      id: "fund-can-and-cannot",
      kind: "analysis",
      section: "world",
      place: "bangkok",
      en: {
        headline: "What a loss and damage fund can and cannot do for Bangladesh",
        standfirst:
          "The money could help rebuild homes and livelihoods, but only if rules on access are simple enough for poor countries to use.",
        lead: "After years of pressure from climate-vulnerable countries, a fund to compensate for loss and damage now exists on paper and, increasingly, in practice. For Bangladesh, which has spent decades absorbing the costs of floods, cyclones and erosion largely on its own, it is a symbolic victory. Whether it becomes a practical one depends on details now being negotiated in places like {place}.",
      },
    },
    {
      id: "glacier-melt",
      kind: "news",
      section: "world",
      place: "kathmandu",
      en: {
        headline: "Himalayan glacier melt threatens dry-season flows in shared rivers, experts say",
        standfirst:
          "Scientists meeting in Kathmandu urged downstream countries including Bangladesh to share river data more openly.",
        lead: "Accelerating glacier melt in the Himalayas could sharply reduce dry-season flows in rivers that feed Bangladesh within a few decades, scientists warned at a meeting in {place} on {day}. They urged countries sharing the Ganges and Brahmaputra basins to exchange river data in real time, saying better information would help all of them prepare.",
      },
    },
    {
      id: "nairobi-adaptation",
      kind: "news",
      section: "world",
      place: "nairobi",
      wire: true,
      bn: {
        headline: "নাইরোবিতে জলবায়ু অভিযোজন বৈঠকে বাংলাদেশের অভিজ্ঞতা তুলে ধরলেন প্রতিনিধিরা",
        standfirst: "ঘূর্ণিঝড় প্রস্তুতি ও ভাসমান কৃষির মতো উদ্যোগ আফ্রিকার দেশগুলোর আগ্রহ কেড়েছে।",
        lead: "{placeLoc} {day} শুরু হওয়া জলবায়ু অভিযোজনবিষয়ক আন্তর্জাতিক বৈঠকে বাংলাদেশের প্রতিনিধিরা ঘূর্ণিঝড় প্রস্তুতি, ভাসমান বেডে সবজি চাষ ও লবণসহিষ্ণু ধানের অভিজ্ঞতা তুলে ধরেছেন। আফ্রিকার কয়েকটি দেশের প্রতিনিধি এসব উদ্যোগ নিজেদের দেশে প্রয়োগের বিষয়ে আগ্রহ দেখিয়েছেন বলে জানিয়েছে প্রতিনিধিদল।",
      },
    },
    {
      id: "final-day-draft",
      kind: "news",
      section: "world",
      place: "bangkok",
      bn: {
        headline: "জলবায়ু সম্মেলনে অর্থায়নের খসড়া নিয়ে ধনী-গরিব দেশের মতবিরোধ",
        standfirst: "শেষ দিনের আলোচনায় ঋণ নয়, অনুদান হিসেবে অর্থ দেওয়ার দাবিতে অনড় ঝুঁকিপূর্ণ দেশগুলো।",
        lead: "{placeLoc} চলমান আঞ্চলিক জলবায়ু সম্মেলনের শেষ দিনে অর্থায়নসংক্রান্ত খসড়া ঘোষণা নিয়ে ধনী ও উন্নয়নশীল দেশগুলোর মতবিরোধ প্রকাশ্যে এসেছে। বাংলাদেশসহ ঝুঁকিপূর্ণ দেশগুলো বলছে, অভিযোজন ও ক্ষয়ক্ষতির অর্থ দিতে হবে অনুদান হিসেবে, ঋণ হিসেবে নয়। {day} গভীর রাত পর্যন্ত আলোচনা চলে।",
      },
    },
    {
      id: "how-loud-a-voice",
      kind: "analysis",
      section: "world",
      place: "bangkok",
      bn: {
        headline: "জলবায়ু কূটনীতিতে বাংলাদেশের কণ্ঠ এখন কতটা জোরালো",
        standfirst: "ঝুঁকিপূর্ণ দেশগুলোর জোটে নেতৃত্ব দিলেও আলোচনার টেবিলে দর-কষাকষির সক্ষমতা নিয়ে প্রশ্ন আছে।",
        lead: "জলবায়ু পরিবর্তনে ঝুঁকিপূর্ণ দেশগুলোর জোটে বাংলাদেশ দীর্ঘদিন ধরে সামনের সারিতে। আন্তর্জাতিক সম্মেলনে বাংলাদেশের প্রতিনিধিদের বক্তব্য প্রায়ই প্রশংসা কুড়ায়। কিন্তু {placeLoc} সদ্য শেষ হওয়া আলোচনার অভিজ্ঞতা বলছে, প্রশংসা আর প্রাপ্তির মধ্যে ফারাক এখনো অনেক।",
      },
    },
  ],
  paragraphs: [
    {
      en: "Bangladesh is routinely ranked among the countries most exposed to climate change, with a long, low-lying coast, rivers fed by Himalayan meltwater and a population of more than 170 million. Its negotiators have built a reputation for combining moral arguments with detailed technical proposals.",
      bn: "জলবায়ু পরিবর্তনে সবচেয়ে ঝুঁকিপূর্ণ দেশগুলোর তালিকায় নিয়মিতভাবেই থাকে বাংলাদেশ—দীর্ঘ নিচু উপকূল, হিমালয়ের বরফগলা পানিতে পুষ্ট নদী আর ১৭ কোটির বেশি মানুষ নিয়ে। নৈতিক যুক্তির সঙ্গে বিস্তারিত কারিগরি প্রস্তাব মিলিয়ে উপস্থাপনের জন্য দেশটির আলোচকেরা সুনাম অর্জন করেছেন।",
    },
    {
      en: "Delegates said the main dispute was over the form that finance should take. Developing countries want grants, arguing that loans add to debt burdens for damage they did not cause. Several richer countries prefer a mix that includes loans and private investment, which they say can mobilise larger sums.",
      bn: "প্রতিনিধিরা জানান, মূল বিরোধ অর্থায়নের ধরন নিয়ে। উন্নয়নশীল দেশগুলো অনুদান চায়; তাদের যুক্তি, যে ক্ষতির জন্য তারা দায়ী নয়, তার জন্য ঋণ নিলে তাদের দেনার বোঝা বাড়ে। কয়েকটি ধনী দেশ ঋণ ও বেসরকারি বিনিয়োগসহ মিশ্র পদ্ধতি পছন্দ করে; তাদের দাবি, এতে আরও বড় অঙ্কের অর্থ জোগাড় করা সম্ভব।",
    },
    {
      en: "Bangladesh's chief negotiator, Selina Parvez, told reporters in {place} that access rules were as important as the amount of money. Small communities, she said, should not need teams of consultants to fill in application forms, and funds should flow through local institutions that already know the affected areas.",
      bn: "বাংলাদেশের প্রধান আলোচক সেলিনা পারভেজ {placeLoc} সাংবাদিকদের বলেন, অর্থের পরিমাণের মতোই গুরুত্বপূর্ণ অর্থ পাওয়ার নিয়মকানুন। তাঁর মতে, আবেদনপত্র পূরণের জন্য ছোট জনগোষ্ঠীর যেন একদল পরামর্শকের দরকার না হয়, আর অর্থ যেন যায় এমন স্থানীয় প্রতিষ্ঠানের মাধ্যমে, যারা ক্ষতিগ্রস্ত এলাকাগুলো আগে থেকেই চেনে।",
    },
    {
      en: "Back home, the stakes are concrete. Officials at {office} estimate that climate-related disasters cost the country the equivalent of one to two percent of GDP in an average year, with losses concentrated among farmers, fishers and the urban poor.",
      bn: "দেশের জন্য ঝুঁকিটা খুবই বাস্তব। {officeGen} কর্মকর্তাদের হিসাবে, গড়পড়তা একটি বছরে জলবায়ুজনিত দুর্যোগে দেশের ক্ষতি হয় মোট দেশজ উৎপাদনের এক থেকে দুই শতাংশের সমান, যার বেশির ভাগ ভার বইতে হয় কৃষক, জেলে ও শহরের দরিদ্র মানুষকে।",
    },
    {
      en: "Observers from civil society groups said the atmosphere in {place} was more businesslike than at some recent summits, with fewer set-piece speeches and more time in working groups. But they cautioned that progress on technical texts could still unravel if ministers failed to agree on the overall size of the finance package.",
      bn: "নাগরিক সমাজের পর্যবেক্ষকেরা জানান, সাম্প্রতিক কয়েকটি সম্মেলনের তুলনায় {placeLoc} পরিবেশ ছিল অনেক বেশি কাজের; আনুষ্ঠানিক বক্তৃতা কম, কর্মদলে আলোচনায় বেশি সময়। তবে তাঁরা সতর্ক করেন, অর্থায়ন প্যাকেজের সামগ্রিক আকার নিয়ে মন্ত্রীরা একমত হতে না পারলে কারিগরি খসড়ায় অগ্রগতিও ভেস্তে যেতে পারে।",
    },
    {
      en: "Scientists presenting at the meeting said the window for limiting warming was narrowing quickly, and that adaptation needs in South Asia would grow regardless of how fast emissions fell. Sea-level rise alone could displace millions along the Bay of Bengal by the end of the century.",
      bn: "বৈঠকে উপস্থাপনা দেওয়া বিজ্ঞানীরা বলেন, উষ্ণায়ন সীমিত রাখার সুযোগ দ্রুত সংকুচিত হচ্ছে, আর নিঃসরণ যত দ্রুতই কমুক না কেন, দক্ষিণ এশিয়ায় অভিযোজনের প্রয়োজন বাড়তেই থাকবে। শুধু সমুদ্রপৃষ্ঠের উচ্চতা বৃদ্ধির কারণেই এই শতাব্দীর শেষ নাগাদ বঙ্গোপসাগরের তীরে লাখ লাখ মানুষ বাস্তুচ্যুত হতে পারে।",
    },
  ],
  views: [
    {
      en: "Climate diplomacy rewards patience and punishes naivety. Bangladesh has been patient for three decades. The question now is whether it can convert moral authority into leverage, by forming tighter coalitions, by naming the countries that fail to pay, and by insisting on deadlines.",
      bn: "জলবায়ু কূটনীতি ধৈর্যকে পুরস্কৃত করে, সরলতাকে শাস্তি দেয়। তিন দশক ধরে ধৈর্য ধরেছে বাংলাদেশ। এখন প্রশ্ন হলো, আরও ঘনিষ্ঠ জোট গড়ে, অর্থ না দেওয়া দেশগুলোর নাম প্রকাশ করে এবং সময়সীমার ব্যাপারে অনড় থেকে দেশটি নৈতিক কর্তৃত্বকে দর-কষাকষির শক্তিতে রূপ দিতে পারে কি না।",
    },
    {
      en: "There is a domestic side to this bargain too. Donors will ask, fairly, whether money for adaptation is spent well at home. The more transparently we account for climate funds already received, the harder it becomes for anyone to use governance as an excuse for not paying.",
      bn: "এই দর-কষাকষির একটি দেশীয় দিকও আছে। দাতারা যুক্তিসংগতভাবেই প্রশ্ন করবেন, অভিযোজনের অর্থ দেশে ঠিকভাবে খরচ হচ্ছে কি না। ইতিমধ্যে পাওয়া জলবায়ু তহবিলের হিসাব আমরা যত স্বচ্ছভাবে দেব, সুশাসনের প্রশ্নকে অর্থ না দেওয়ার অজুহাত বানানো কারও পক্ষে তত কঠিন হবে।",
    },
    {
      en: "The people who will decide whether these summits succeed are not in the conference hall. They are the farmers testing salt-tolerant rice, the engineers raising homesteads, the volunteers who run to the shelters. Diplomacy should serve them, and it should be judged by whether it reaches them.",
      bn: "এসব সম্মেলন সফল হবে কি না, তা যাঁরা নির্ধারণ করবেন, তাঁরা সম্মেলনকক্ষে নেই। তাঁরা সেই কৃষক, যাঁরা লবণসহিষ্ণু ধান পরীক্ষা করছেন; সেই প্রকৌশলী, যাঁরা বসতভিটা উঁচু করছেন; সেই স্বেচ্ছাসেবক, যাঁরা আশ্রয়কেন্দ্রের দিকে ছোটেন। কূটনীতির কাজ তাঁদের সেবা করা, আর এর বিচার হওয়া উচিত তা তাঁদের কাছে পৌঁছায় কি না, সেই মাপকাঠিতে।",
    },
  ],
  quotes: [
    {
      q: {
        en: "We are not asking for charity. We are asking for the money that was promised, delivered in a way that reaches the people who need it",
        bn: "আমরা দান চাইছি না। আমরা চাইছি প্রতিশ্রুত অর্থ, এমনভাবে দেওয়া হোক যাতে তা প্রয়োজনীয় মানুষের কাছে পৌঁছায়",
      },
      role: { en: "Bangladesh's chief negotiator", bn: "বাংলাদেশের প্রধান আলোচক" },
      who: { en: "Selina Parvez", bn: "সেলিনা পারভেজ" },
    },
    {
      q: {
        en: "Every year of delay means more families rebuilding with borrowed money",
        bn: "প্রতিবছরের দেরি মানে আরও বেশি পরিবারকে ধার করা টাকায় ঘর গড়তে হচ্ছে",
      },
      role: {
        en: "a climate policy researcher from Dhaka attending the talks",
        bn: "আলোচনায় অংশ নেওয়া ঢাকার একজন জলবায়ু নীতি গবেষক",
      },
    },
    {
      q: {
        en: "Loans for loss and damage would simply move the burden from one generation to the next",
        bn: "ক্ষয়ক্ষতির জন্য ঋণ দিলে বোঝাটা শুধু এক প্রজন্ম থেকে আরেক প্রজন্মের ঘাড়ে সরবে",
      },
      role: { en: "a delegate from a Pacific island state", bn: "প্রশান্ত মহাসাগরীয় একটি দ্বীপরাষ্ট্রের প্রতিনিধি" },
    },
    {
      q: {
        en: "The technical texts are in better shape than many expected. The question is whether ministers will close the gaps on money",
        bn: "অনেকের প্রত্যাশার চেয়ে কারিগরি খসড়াগুলো ভালো অবস্থায় আছে। প্রশ্ন হলো, অর্থের ফাঁকগুলো মন্ত্রীরা পূরণ করবেন কি না",
      },
      role: {
        en: "an observer from an international environmental group",
        bn: "একটি আন্তর্জাতিক পরিবেশ সংগঠনের পর্যবেক্ষক",
      },
    },
    {
      q: {
        en: "Our experience with cyclone shelters shows that adaptation works when communities own it",
        bn: "ঘূর্ণিঝড় আশ্রয়কেন্দ্রের অভিজ্ঞতা দেখায়, জনগোষ্ঠী নিজের মনে করলে অভিযোজন কাজ করে",
      },
      role: { en: "an official at {office}", bn: "{officeGen} একজন কর্মকর্তা" },
    },
  ],
  facts: [
    { en: "Loss and damage fund now operational", bn: "ক্ষয়ক্ষতি তহবিলের কার্যক্রম শুরু" },
    { en: "Developing countries demand grants, not loans", bn: "ঋণ নয়, অনুদান চায় উন্নয়নশীল দেশগুলো" },
    { en: "Climate disasters cost 1–2 percent of GDP a year", bn: "জলবায়ু দুর্যোগে বছরে জিডিপির ১–২ শতাংশ ক্ষতি" },
    { en: "Simpler access rules sought for small communities", bn: "ছোট জনগোষ্ঠীর জন্য সহজ নিয়মের দাবি" },
    {
      en: "Heat action plans urged for South Asian cities",
      bn: "দক্ষিণ এশিয়ার শহরগুলোর জন্য তাপপ্রবাহ কর্মপরিকল্পনার তাগিদ",
    },
  ],
  subheads: [
    { en: "Grants or loans", bn: "অনুদান না ঋণ" },
    { en: "Bangladesh's case", bn: "বাংলাদেশের যুক্তি" },
    { en: "What it means at home", bn: "দেশে এর মানে কী" },
  ],
  captions: [
    {
      en: "Delegates gather in the main hall of the climate meeting in {place}.",
      bn: "{placeLoc} জলবায়ু বৈঠকের মূল মিলনায়তনে প্রতিনিধিরা।",
    },
    { en: "Negotiators confer between sessions in {place}.", bn: "{placeLoc} অধিবেশনের ফাঁকে আলোচনায় আলোচকেরা।" },
    {
      en: "Activists hold a banner outside the conference venue in {place}.",
      bn: "{placeLoc} সম্মেলনস্থলের বাইরে ব্যানার হাতে অধিকারকর্মীরা।",
    },
  ],
};
