import type { ClusterBank } from "./types.ts";

/** Players, coach and captain are invented; only the opposing country is real and none of its players is named. */
export const cricketSeries: ClusterBank = {
  key: "cricket-series",
  columnist: "iftekhar-jamil",
  motifs: ["stadium"],
  hue: 130,
  places: ["mirpur", "chattogram", "sylhet"],
  tags: [
    { slug: { en: "cricket", bn: "ক্রিকেট" }, name: { en: "Cricket", bn: "ক্রিকেট" } },
    { slug: { en: "odi-series", bn: "ওয়ানডে-সিরিজ" }, name: { en: "ODI Series", bn: "ওয়ানডে সিরিজ" } },
    { slug: { en: "national-team", bn: "জাতীয়-দল" }, name: { en: "National Team", bn: "জাতীয় দল" } },
  ],
  crossTags: [],
  terms: {
    topic: { en: "the series", bn: "সিরিজ" },
    topicGen: { en: "the series", bn: "সিরিজের" },
    office: { en: "the cricket board", bn: "ক্রিকেট বোর্ড" },
    officeGen: { en: "the cricket board", bn: "ক্রিকেট বোর্ডের" },
  },
  stories: [
    {
      id: "morshed-century",
      kind: "news",
      section: "sports",
      place: "mirpur",
      en: {
        headline: "Morshed's century steers Bangladesh to series-opening win over Ireland",
        standfirst:
          "The captain's patient 112 and a late burst from the pace bowlers sealed a 46-run victory at Mirpur.",
        lead: "Captain Ishtiaq Morshed scored a patient 112 as Bangladesh beat Ireland by 46 runs in the first one-day international at {place} on {day}, taking a 1-0 lead in the three-match series. Chasing 271, the visitors were well placed at 180 for three before fast bowler Rakin Sarwar took three wickets in two overs to turn the game.",
      },
      bn: {
        headline: "মোর্শেদের সেঞ্চুরিতে আয়ারল্যান্ডের বিপক্ষে সিরিজের প্রথম ম্যাচে বাংলাদেশের জয়",
        standfirst: "অধিনায়কের ধৈর্যশীল ১১২ রান আর শেষ দিকে পেসারদের ঝলকে মিরপুরে এসেছে ৪৬ রানের জয়।",
        lead: "অধিনায়ক ইশতিয়াক মোর্শেদের ধৈর্যশীল ১১২ রানের ইনিংসে {day} {placeLoc} প্রথম ওয়ানডেতে আয়ারল্যান্ডকে ৪৬ রানে হারিয়েছে বাংলাদেশ। এ জয়ে তিন ম্যাচের সিরিজে ১-০ ব্যবধানে এগিয়ে গেল স্বাগতিকেরা। ২৭১ রানের লক্ষ্যে খেলতে নেমে ৩ উইকেটে ১৮০ রান তুলে ভালো অবস্থানে ছিল সফরকারীরা, কিন্তু দুই ওভারে তিন উইকেট নিয়ে ম্যাচের মোড় ঘুরিয়ে দেন পেসার রাকিন সারোয়ার।",
      },
    },
    {
      id: "disposable-batters",
      kind: "opinion",
      section: "opinion",
      en: {
        headline: "Bangladesh cricket must stop treating young batters as disposable",
        standfirst: "Dropping a promising opener after two failures teaches caution, not excellence.",
        lead: "There is a ritual in Bangladesh cricket that I have watched for twenty years. A young batter is picked with great fanfare, fails twice, and disappears back into domestic cricket, often for good. Then, a year later, we wonder aloud why the national side lacks batters with the temperament for big matches.",
      },
      bn: {
        headline: "তরুণ ব্যাটারদের ব্যবহার করে ফেলে দেওয়ার সংস্কৃতি বদলাতে হবে",
        standfirst: "দুই ম্যাচে ব্যর্থ হলেই সম্ভাবনাময় ওপেনারকে বাদ দিলে তাঁরা শেখেন সাবধানতা, শ্রেষ্ঠত্ব নয়।",
        lead: "বিশ বছর ধরে বাংলাদেশের ক্রিকেটে একটি রীতি দেখে আসছি। ঢাকঢোল পিটিয়ে একজন তরুণ ব্যাটারকে দলে নেওয়া হয়, দুই ম্যাচে তিনি ব্যর্থ হন, আর তারপর ফিরে যান ঘরোয়া ক্রিকেটে—প্রায়ই চিরদিনের জন্য। এক বছর পর আমরা সরবে প্রশ্ন তুলি, বড় ম্যাচের মেজাজসম্পন্ন ব্যাটার জাতীয় দলে নেই কেন।",
      },
    },
    {
      id: "rain-second-odi",
      kind: "news",
      section: "sports",
      place: "chattogram",
      wire: true,
      en: {
        headline: "Rain washes out second ODI in Chattogram, series stays alive",
        standfirst:
          "Only 14 overs were possible before heavy showers swept across the ground, leaving Bangladesh 1-0 up with one match to play.",
        lead: "The second one-day international between Bangladesh and Ireland in {place} was abandoned on {day} after persistent rain, leaving the hosts 1-0 up with one match remaining. Only 14 overs were bowled, in which Bangladesh reached 71 for one, before the covers came on for good in mid-afternoon.",
      },
    },
    {
      id: "saha-recall",
      kind: "news",
      section: "sports",
      place: "mirpur",
      en: {
        headline: "Partho Saha earns recall as selectors rest two senior pace bowlers",
        standfirst:
          "The left-handed opener returns for the deciding match after scoring heavily in the domestic one-day competition.",
        lead: "Opening batter Partho Saha has been recalled to the Bangladesh squad for the third and final one-day international against Ireland at {place}, the selectors announced on {day}, after two senior fast bowlers were rested to manage their workloads ahead of a busy season.",
      },
    },
    {
      id: "sylhet-academy",
      kind: "feature",
      section: "sports",
      place: "sylhet",
      en: {
        headline: "Where cricket dreams begin: a Sylhet academy on a former paddy field",
        standfirst:
          "Every afternoon, dozens of children bring borrowed bats to a ground their coach built with his own savings.",
        lead: "The ground was a paddy field until eight years ago. Now, every afternoon, about {n2} children gather on the outskirts of {place} with borrowed bats and tennis balls wrapped in electrical tape, waiting for coach Abdul Matin Shikder to blow his whistle. Some dream of playing at Mirpur. Most simply love the game.",
      },
    },
    {
      id: "decider-preview",
      kind: "news",
      section: "sports",
      place: "mirpur",
      wire: true,
      bn: {
        headline: "শেষ ওয়ানডেতে সিরিজ জয়ের লক্ষ্যে আজ মাঠে নামছে বাংলাদেশ",
        standfirst: "বৃষ্টিতে দ্বিতীয় ম্যাচ ভেসে যাওয়ায় ১-০ ব্যবধানে এগিয়ে থেকে শেষ ম্যাচ খেলবে স্বাগতিকেরা।",
        lead: "আয়ারল্যান্ডের বিপক্ষে তিন ম্যাচের ওয়ানডে সিরিজের শেষটিতে আজ {placeLoc} মাঠে নামছে বাংলাদেশ। দ্বিতীয় ম্যাচ বৃষ্টিতে পরিত্যক্ত হওয়ায় ১-০ ব্যবধানে এগিয়ে আছে স্বাগতিকেরা। এই ম্যাচ জিতলে কিংবা বৃষ্টিতে পরিত্যক্ত হলেও সিরিজ নিশ্চিত হবে অধিনায়ক ইশতিয়াক মোর্শেদের দলের।",
      },
    },
    {
      id: "junaid-five-wickets",
      kind: "news",
      section: "sports",
      place: "mirpur",
      bn: {
        headline: "জুনায়েদের ঘূর্ণিতে সিরিজ জিতল বাংলাদেশ, ম্যাচসেরা বাঁহাতি স্পিনার",
        standfirst: "ক্যারিয়ারসেরা বোলিংয়ে পাঁচ উইকেট নিয়ে সফরকারীদের মাত্র ১৯৮ রানে গুটিয়ে দেন জুনায়েদ হাসান আয়ন।",
        lead: "বাঁহাতি স্পিনার জুনায়েদ হাসান আয়নের ক্যারিয়ারসেরা বোলিংয়ে শেষ ওয়ানডেতে আয়ারল্যান্ডকে ৭ উইকেটে হারিয়ে ২-০ ব্যবধানে সিরিজ জিতেছে বাংলাদেশ। {day} {placeLoc} টস হেরে ব্যাট করতে নামা সফরকারীরা জুনায়েদের ঘূর্ণিতে ১৯৮ রানেই গুটিয়ে যায়। পরে ৩৯ ওভারেই লক্ষ্যে পৌঁছে যায় স্বাগতিকেরা।",
      },
    },
    {
      id: "batting-order-churn",
      kind: "analysis",
      section: "sports",
      bn: {
        headline: "ব্যাটিং অর্ডারে বারবার পরিবর্তন: দলের জন্য লাভ না ক্ষতি",
        standfirst: "গত এক বছরে টপ অর্ডারে সাতজন ভিন্ন ব্যাটার খেলানো হয়েছে; পরিসংখ্যান বলছে, এতে স্থিতিশীলতা কমেছে।",
        lead: "গত এক বছরে ওয়ানডেতে বাংলাদেশের টপ অর্ডারে খেলেছেন সাতজন ভিন্ন ব্যাটার। নির্বাচকদের যুক্তি, প্রতিপক্ষ ও কন্ডিশন অনুযায়ী দল সাজাতে এই নমনীয়তা দরকার। কিন্তু পরিসংখ্যান ঘেঁটে দেখা যাচ্ছে, এই সময়ে প্রথম দশ ওভারে দলের গড় রান কমেছে, আর শুরুতেই উইকেট হারানোর প্রবণতা বেড়েছে।",
      },
    },
  ],
  paragraphs: [
    {
      en: "Bangladesh have built their recent one-day record on home conditions, where slow pitches suit their spinners and frustrate visiting batters. The Ireland series was seen as a chance to test younger players before a busy stretch of overseas tours, and the selectors have made no secret of wanting to widen the pool.",
      bn: "সাম্প্রতিক সময়ে ওয়ানডেতে বাংলাদেশের সাফল্যের ভিত্তি ঘরের মাঠের কন্ডিশন, যেখানে মন্থর উইকেট স্পিনারদের সাহায্য করে আর সফরকারী ব্যাটারদের বিপাকে ফেলে। ব্যস্ত বিদেশ সফরের আগে তরুণদের পরখ করার সুযোগ হিসেবে দেখা হচ্ছিল আয়ারল্যান্ড সিরিজকে, আর খেলোয়াড়ের পুল বাড়াতে চাওয়ার কথা নির্বাচকেরা গোপনও করেননি।",
    },
    {
      en: "Head coach Martin Greaves has spoken repeatedly about building a batting order that can absorb early wickets. In recent months the top order has too often left the middle order with a rescue job, and the coaching staff have spent long sessions in the nets working on rotating the strike against spin.",
      bn: "প্রধান কোচ মার্টিন গ্রিভস বারবার এমন একটি ব্যাটিং অর্ডার গড়ার কথা বলেছেন, যা শুরুর দিকের উইকেট পতন সামলাতে পারে। সাম্প্রতিক মাসগুলোতে টপ অর্ডার প্রায়ই মিডল অর্ডারের ঘাড়ে উদ্ধারকাজের দায় চাপিয়ে দিয়েছে। স্পিনের বিপক্ষে স্ট্রাইক বদলের কৌশল নিয়ে নেটে দীর্ঘ সময় কাজ করেছেন কোচিং স্টাফেরা।",
    },
    {
      en: "The crowd at {place} was smaller than for recent matches against bigger teams, but the stands behind the bowler's arm were full by the afternoon. Ticket prices had been cut for students, and the board said about {pct2} percent of tickets had been sold.",
      bn: "বড় দলগুলোর বিপক্ষে সাম্প্রতিক ম্যাচগুলোর তুলনায় {placeLoc} দর্শক কিছুটা কম ছিল, তবে বিকেলের মধ্যে বোলারের পেছনের গ্যালারি ভরে যায়। শিক্ষার্থীদের জন্য টিকিটের দাম কমানো হয়েছিল; বোর্ড জানিয়েছে, প্রায় {pct2} শতাংশ টিকিট বিক্রি হয়েছে।",
    },
    {
      en: "Fast bowler Rakin Sarwar has been one of the quiet successes of the season. Once seen as a promising but erratic tearaway, he has added control to his pace, and the captain increasingly turns to him in the final overs when the game is on the line.",
      bn: "মৌসুমের নীরব সাফল্যের একজন পেসার রাকিন সারোয়ার। একসময় সম্ভাবনাময় কিন্তু এলোমেলো গতিময় বোলার হিসেবে দেখা হতো তাঁকে; এখন গতির সঙ্গে যোগ হয়েছে নিয়ন্ত্রণ। ম্যাচের ভাগ্য যখন ঝুলে থাকে, শেষ ওভারগুলোতে অধিনায়ক ক্রমেই বেশি ভরসা রাখছেন তাঁর ওপর।",
    },
    {
      en: "Left-arm spinner Junaid Hasan Ayon, meanwhile, remains the bowler opposing batters find hardest to score off. His economy rate in home matches over the past year is among the best in the world for bowlers who have sent down at least {n2} overs.",
      bn: "অন্যদিকে বাঁহাতি স্পিনার জুনায়েদ হাসান আয়ন এখনো প্রতিপক্ষের ব্যাটারদের জন্য সবচেয়ে কঠিন বোলার। গত এক বছরে ঘরের মাঠে অন্তত {n2} ওভার বল করেছেন, এমন বোলারদের মধ্যে তাঁর ইকোনমি রেট বিশ্বের সেরাদের কাতারে।",
    },
    {
      en: "The board has faced criticism over the scheduling of domestic cricket, which often leaves players with little match practice in the format before international series. Officials at {office} said a revised calendar for next season would include more one-day matches on pitches closer to those the team meets on tours abroad.",
      bn: "ঘরোয়া ক্রিকেটের সূচি নিয়ে সমালোচনার মুখে রয়েছে বোর্ড; প্রায়ই আন্তর্জাতিক সিরিজের আগে খেলোয়াড়েরা সংশ্লিষ্ট সংস্করণে পর্যাপ্ত ম্যাচ খেলার সুযোগ পান না। {officeGen} কর্মকর্তারা জানান, আগামী মৌসুমের সংশোধিত সূচিতে বিদেশ সফরে দল যে ধরনের উইকেট পায়, তার কাছাকাছি উইকেটে আরও বেশি একদিনের ম্যাচ রাখা হবে।",
    },
    {
      en: "Fielding remains a concern. Bangladesh dropped several chances in the series, and the coaching staff have introduced extra catching drills under lights at training. Greaves said the improvement needed was as much about concentration late in an innings as about technique.",
      bn: "ফিল্ডিং এখনো দুশ্চিন্তার জায়গা। সিরিজে বাংলাদেশ কয়েকটি ক্যাচ ফেলেছে, আর অনুশীলনে ফ্লাডলাইটের নিচে বাড়তি ক্যাচিং ড্রিল চালু করেছেন কোচিং স্টাফেরা। গ্রিভস বলেন, কৌশলের মতোই জরুরি ইনিংসের শেষভাগে মনোযোগ ধরে রাখা।",
    },
    {
      en: "Looking further ahead, the team travels for an away series in {n1} weeks, where faster, bouncier pitches will test the top order in a very different way. Several players in the current squad have never played international cricket outside Asia.",
      bn: "সামনে তাকালে, {n1} সপ্তাহ পর বিদেশ সফরে যাবে দল, যেখানে দ্রুতগতির ও বাউন্সি উইকেট টপ অর্ডারকে একেবারে ভিন্নভাবে পরীক্ষায় ফেলবে। বর্তমান স্কোয়াডের কয়েকজন খেলোয়াড় এখনো এশিয়ার বাইরে আন্তর্জাতিক ক্রিকেট খেলেননি।",
    },
  ],
  views: [
    {
      en: "Confidence is not a luxury for a young batter; it is the raw material of every good innings. A player who knows he will be judged over a season can take the risks that build a career. A player who fears being dropped after two matches will simply try not to get out, which is a different thing altogether.",
      bn: "তরুণ ব্যাটারের জন্য আত্মবিশ্বাস বিলাসিতা নয়; প্রতিটি ভালো ইনিংসের কাঁচামাল। যে খেলোয়াড় জানেন তাঁকে পুরো মৌসুম দেখে বিচার করা হবে, তিনি ক্যারিয়ার গড়ার মতো ঝুঁকি নিতে পারেন। আর যিনি দুই ম্যাচ পরেই বাদ পড়ার ভয়ে থাকেন, তিনি শুধু আউট না হওয়ার চেষ্টা করেন—যা সম্পূর্ণ আলাদা ব্যাপার।",
    },
    {
      en: "Selection should be a conversation, not a verdict. The best systems tell a player exactly what is expected, how long he will be given and what would count as success. Our selectors too often communicate through the squad list alone, and players learn their fate from television.",
      bn: "দল নির্বাচন হওয়া উচিত একটি সংলাপ, রায় নয়। ভালো ব্যবস্থায় একজন খেলোয়াড়কে স্পষ্ট জানানো হয় তাঁর কাছে কী প্রত্যাশা, কত সময় তাঁকে দেওয়া হবে এবং কী হলে সেটাকে সাফল্য ধরা হবে। আমাদের নির্বাচকেরা প্রায়ই শুধু স্কোয়াড তালিকার মাধ্যমেই কথা বলেন, আর খেলোয়াড়েরা নিজেদের ভাগ্যের খবর পান টেলিভিশন থেকে।",
    },
    {
      en: "Domestic cricket is where patience should be learned, but our first-class season is short, poorly attended and played on pitches that reward nothing but spin. If we want batters who can survive a new ball at pace, we have to give them new balls at pace to survive, week after week.",
      bn: "ধৈর্য শেখার জায়গা ঘরোয়া ক্রিকেট, কিন্তু আমাদের প্রথম শ্রেণির মৌসুম ছোট, দর্শকশূন্য, আর খেলা হয় এমন উইকেটে, যেখানে স্পিন ছাড়া কিছুই পুরস্কৃত হয় না। গতিময় নতুন বল সামলাতে পারা ব্যাটার চাইলে সপ্তাহের পর সপ্তাহ তাঁদের সেই নতুন বলের মুখোমুখি হওয়ার সুযোগ দিতে হবে।",
    },
    {
      en: "Winning at home against a weaker side proves less than we like to think. It is pleasant, and it matters for the rankings, but the real test of this team's progress will come on the next overseas tour, where the pitches will not be prepared with our spinners in mind.",
      bn: "ঘরের মাঠে দুর্বল প্রতিপক্ষের বিপক্ষে জয় আমরা যতটা ভাবতে ভালোবাসি, ততটা প্রমাণ করে না। জয় আনন্দের, ক্রমতালিকায়ও এর গুরুত্ব আছে; কিন্তু এই দলের অগ্রগতির আসল পরীক্ষা হবে পরের বিদেশ সফরে, যেখানে উইকেট আমাদের স্পিনারদের কথা ভেবে বানানো হবে না।",
    },
    {
      en: "None of this is a criticism of the players, who have given everything for a demanding public. It is a criticism of a structure that asks them to be world class without giving them the tools to become so. Fixing that is the job of administrators, not of an eighteen-year-old opener.",
      bn: "এর কোনোটিই খেলোয়াড়দের সমালোচনা নয়; দাবিদার দর্শকদের জন্য তাঁরা সর্বস্ব দিয়েছেন। এটি এমন এক কাঠামোর সমালোচনা, যা তাঁদের বিশ্বমানের হতে বলে, অথচ সে পর্যায়ে পৌঁছানোর উপকরণ দেয় না। এটা ঠিক করার দায়িত্ব সংগঠকদের, আঠারো বছর বয়সী কোনো ওপেনারের নয়।",
    },
    {
      en: "Fans deserve some of the credit, and some of the blame. We cheer loudly when things go well and turn savage when they do not, and the noise reaches the dressing room and the selection meeting. A calmer public conversation would be a gift to everyone involved.",
      bn: "এর কৃতিত্ব ও দায়ের কিছুটা ভক্তদেরও। সব ভালো চললে আমরা উচ্চস্বরে উল্লাস করি, না চললে হয়ে উঠি নির্মম—আর সেই শোরগোল পৌঁছে যায় ড্রেসিংরুম ও নির্বাচনী সভায়। জনপরিসরে আরেকটু শান্ত আলোচনা সংশ্লিষ্ট সবার জন্যই উপহার হবে।",
    },
  ],
  quotes: [
    {
      q: {
        en: "I wanted to bat through the innings. The pitch was slow, so I told myself to be patient and wait for the bad ball",
        bn: "আমি পুরো ইনিংস ব্যাট করতে চেয়েছিলাম। উইকেট মন্থর ছিল, তাই নিজেকে বলেছি ধৈর্য ধরতে আর বাজে বলের অপেক্ষা করতে",
      },
      role: { en: "the Bangladesh captain", bn: "বাংলাদেশের অধিনায়ক" },
      who: { en: "Ishtiaq Morshed", bn: "ইশতিয়াক মোর্শেদ" },
    },
    {
      q: {
        en: "We are asking the young players to be brave, and then we have to back them when it does not come off",
        bn: "তরুণদের আমরা সাহসী হতে বলছি, তাই কাজ না হলে তাঁদের পাশে দাঁড়ানোও আমাদের দায়িত্ব",
      },
      role: { en: "the team's head coach", bn: "দলের প্রধান কোচ" },
      who: { en: "Martin Greaves", bn: "মার্টিন গ্রিভস" },
    },
    {
      q: {
        en: "The captain told me to bowl straight and make them hit to the longer boundary. I just followed the plan",
        bn: "অধিনায়ক আমাকে সোজা বল করতে আর লম্বা বাউন্ডারির দিকে মারতে বাধ্য করতে বলেছিলেন। আমি শুধু পরিকল্পনা মেনেছি",
      },
      role: { en: "the Bangladesh fast bowler", bn: "বাংলাদেশের পেসার" },
      who: { en: "Rakin Sarwar", bn: "রাকিন সারোয়ার" },
    },
    {
      q: {
        en: "I took the first bus this morning. Whatever the result, watching the team live is worth it",
        bn: "আজ ভোরের প্রথম বাসে এসেছি। ফল যা-ই হোক, মাঠে বসে দলের খেলা দেখার আনন্দই আলাদা",
      },
      role: { en: "a spectator who travelled from {place2}", bn: "{place2} থেকে খেলা দেখতে আসা এক দর্শক" },
    },
    {
      q: {
        en: "Two matches is not a fair sample for any batter. We should judge young players over a full season",
        bn: "দুই ম্যাচ দিয়ে কোনো ব্যাটারকে বিচার করা যায় না। তরুণদের মূল্যায়ন হওয়া উচিত পুরো মৌসুম দেখে",
      },
      role: { en: "a former national selector", bn: "জাতীয় দলের একজন সাবেক নির্বাচক" },
    },
  ],
  facts: [
    { en: "Three-match ODI series against Ireland", bn: "আয়ারল্যান্ডের বিপক্ষে তিন ম্যাচের ওয়ানডে সিরিজ" },
    { en: "Captain Ishtiaq Morshed leads the run-scorers", bn: "রান সংগ্রহে শীর্ষে অধিনায়ক ইশতিয়াক মোর্শেদ" },
    { en: "Seven different top-order batters used in a year", bn: "এক বছরে টপ অর্ডারে সাতজন ভিন্ন ব্যাটার" },
    { en: "Student tickets discounted at all venues", bn: "সব ভেন্যুতে শিক্ষার্থীদের জন্য কম দামে টিকিট" },
    { en: "Away tour begins in {n1} weeks", bn: "{n1} সপ্তাহ পর শুরু বিদেশ সফর" },
  ],
  subheads: [
    { en: "Turning point", bn: "ম্যাচের মোড়" },
    { en: "Questions at the top", bn: "টপ অর্ডার নিয়ে প্রশ্ন" },
    { en: "Looking ahead", bn: "সামনে কী" },
  ],
  captions: [
    {
      en: "Bangladesh players celebrate a wicket at {place}.",
      bn: "{placeLoc} উইকেট পাওয়ার পর বাংলাদেশের খেলোয়াড়দের উদযাপন।",
    },
    { en: "Spectators in the stands at {place}.", bn: "{placeGen} গ্যালারিতে দর্শকেরা।" },
    {
      en: "A batter drives through the off side during practice in {place}.",
      bn: "{placeLoc} অনুশীলনে অফসাইডে শট খেলছেন এক ব্যাটার।",
    },
  ],
};
