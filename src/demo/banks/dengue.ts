import type { ClusterBank } from "./types.ts";

export const dengue: ClusterBank = {
  key: "dengue",
  columnist: "anisur-mowla",
  motifs: ["clinic", "city"],
  hue: 0,
  places: ["mirpur", "jatrabari", "uttara", "chattogram", "barishal"],
  tags: [
    { slug: { en: "dengue", bn: "ডেঙ্গু" }, name: { en: "Dengue", bn: "ডেঙ্গু" } },
    {
      slug: { en: "mosquito-control", bn: "মশা-নিয়ন্ত্রণ" },
      name: { en: "Mosquito Control", bn: "মশা নিয়ন্ত্রণ" },
    },
    { slug: { en: "hospitals", bn: "হাসপাতাল" }, name: { en: "Hospitals", bn: "হাসপাতাল" } },
  ],
  crossTags: ["public-health", "dhaka"],
  terms: {
    topic: { en: "dengue", bn: "ডেঙ্গু" },
    topicGen: { en: "dengue", bn: "ডেঙ্গুর" },
    office: { en: "the health directorate", bn: "স্বাস্থ্য অধিদপ্তর" },
    officeGen: { en: "the health directorate", bn: "স্বাস্থ্য অধিদপ্তরের" },
  },
  stories: [
    {
      id: "extra-wards",
      kind: "news",
      section: "national",
      place: "dhaka",
      en: {
        headline: "Dengue admissions climb as hospitals in Dhaka open extra wards",
        standfirst:
          "Doctors say patients are arriving later and sicker, and urge families not to wait at home with a high fever.",
        lead: "Hospitals in {place} opened extra dengue wards on {day} as admissions continued to climb, with the health directorate reporting more than {n3} new hospitalisations nationwide in the previous 24 hours. Doctors said many patients were arriving after several days of fever, when complications were harder to manage.",
      },
      bn: {
        headline: "ডেঙ্গু রোগী বাড়ায় ঢাকার হাসপাতালগুলোতে খোলা হচ্ছে বাড়তি ওয়ার্ড",
        standfirst:
          "চিকিৎসকেরা বলছেন, রোগীরা দেরিতে ও জটিল অবস্থায় আসছেন; জ্বর হলে ঘরে বসে অপেক্ষা না করার পরামর্শ দিয়েছেন তাঁরা।",
        lead: "ডেঙ্গু আক্রান্ত হয়ে হাসপাতালে ভর্তি রোগীর সংখ্যা বাড়তে থাকায় {day} {placeGen} হাসপাতালগুলোতে বাড়তি ডেঙ্গু ওয়ার্ড খোলা হয়েছে। স্বাস্থ্য অধিদপ্তর জানিয়েছে, আগের ২৪ ঘণ্টায় সারা দেশে {n3} জনের বেশি রোগী নতুন করে হাসপাতালে ভর্তি হয়েছেন। চিকিৎসকেরা বলছেন, অনেক রোগী কয়েক দিন জ্বরে ভোগার পর আসছেন, যখন জটিলতা সামলানো কঠিন হয়ে পড়ে।",
      },
    },
    {
      id: "fogging-theatre",
      kind: "opinion",
      section: "opinion",
      en: {
        headline: "Fogging is theatre. Dhaka needs a dengue plan that starts indoors",
        standfirst:
          "The mosquito that spreads dengue breeds in clean water in our homes, not in the drains we keep spraying.",
        lead: "Every evening in monsoon, a man with a fogging machine walks down my lane, trailing a cloud of white smoke that makes children cough and sends mosquitoes briefly into hiding. It is a reassuring ritual. It is also, according to most entomologists I have spoken to, close to useless against the mosquito that actually spreads dengue.",
      },
      bn: {
        headline: "ফগিং লোকদেখানো, ডেঙ্গু ঠেকাতে দরকার ঘরের ভেতর থেকে পরিকল্পনা",
        standfirst: "ডেঙ্গুর বাহক মশা জন্মায় আমাদের ঘরের পরিষ্কার পানিতে, যে নালায় আমরা বারবার ওষুধ ছিটাই সেখানে নয়।",
        lead: "বর্ষার প্রতিটি সন্ধ্যায় ফগার মেশিন হাতে এক ব্যক্তি আমাদের গলি দিয়ে হেঁটে যান, পেছনে রেখে যান সাদা ধোঁয়ার মেঘ—যাতে শিশুরা কাশে আর মশারা কিছুক্ষণের জন্য লুকিয়ে পড়ে। আচারটা আশ্বস্ত করে। কিন্তু যেসব কীটতত্ত্ববিদের সঙ্গে কথা বলেছি, তাঁদের বেশির ভাগের মতে, ডেঙ্গু ছড়ানো মশার বিরুদ্ধে এটি প্রায় অকার্যকর।",
      },
    },
    {
      id: "chattogram-rise",
      kind: "news",
      section: "national",
      place: "chattogram",
      wire: true,
      en: {
        headline: "Chattogram reports sharp rise in dengue cases outside the capital",
        standfirst:
          "Health officials say the virus has spread to districts that once saw only a handful of cases each season.",
        lead: "Dengue cases in {place} have risen sharply this month, health officials said on {day}, part of a broader shift that has seen the disease spread well beyond Dhaka. The city's main government hospital has set aside {n2} beds for dengue patients, and private clinics report that their platelet testing kits are running low.",
      },
    },
    {
      id: "no-longer-seasonal",
      kind: "analysis",
      section: "national",
      en: {
        headline: "Dengue is no longer a monsoon disease. The data shows why",
        standfirst: "Cases now begin earlier, end later and reach districts that were once spared.",
        lead: "For years, dengue in Bangladesh followed a predictable calendar: a rise in July, a peak in September, a fade by November. That calendar no longer holds. Data compiled by the Dateline from daily bulletins shows cases now appearing in significant numbers as early as April and lingering into December, with {place} among the areas hit outside the old season.",
      },
    },
    {
      id: "mirpur-fines",
      kind: "news",
      section: "national",
      place: "mirpur",
      en: {
        headline: "Mirpur residents fined as inspectors find larvae in rooftop tanks",
        standfirst:
          "City corporation teams say construction sites and rooftop gardens are the biggest breeding grounds.",
        lead: "City corporation inspectors fined several households and construction sites in {place} on {day} after finding Aedes larvae in rooftop water tanks, flower tubs and flooded basements. Officials said mobile courts had visited {n2} buildings in the area over the week and would continue daily checks until the end of the season.",
      },
    },
    {
      id: "barishal-beds",
      kind: "news",
      section: "national",
      place: "barishal",
      wire: true,
      bn: {
        headline: "বরিশাল বিভাগে ডেঙ্গু রোগীর চাপ, শয্যা সংকটে হাসপাতাল",
        standfirst: "মেঝে ও বারান্দায় রেখে চিকিৎসা দিতে হচ্ছে অনেক রোগীকে; স্যালাইন ও প্লাটিলেট পরীক্ষার কিটেরও ঘাটতি।",
        lead: "{placeGen} সরকারি হাসপাতালগুলোতে ডেঙ্গু রোগীর চাপ বেড়েছে। শয্যা না থাকায় অনেক রোগীকে মেঝে ও বারান্দায় রেখে চিকিৎসা দিতে হচ্ছে। হাসপাতাল সূত্র জানায়, {day} পর্যন্ত বিভাগের বিভিন্ন হাসপাতালে {n3} জনের বেশি ডেঙ্গু রোগী ভর্তি ছিলেন; স্যালাইন ও প্লাটিলেট পরীক্ষার কিটেরও ঘাটতি দেখা দিয়েছে।",
      },
    },
    {
      id: "night-on-the-ward",
      kind: "feature",
      section: "national",
      place: "jatrabari",
      bn: {
        headline: "ডেঙ্গু ওয়ার্ডের রাত: রোগীর পাশে জেগে থাকা স্বজনদের গল্প",
        standfirst: "মশারির নিচে শুয়ে থাকা সন্তান, হাতে স্যালাইনের ব্যাগ, চোখে ঘুম নেই—একটি হাসপাতালের এক রাতের ছবি।",
        lead: "রাত তখন প্রায় দুইটা। {placeGen} কাছের একটি হাসপাতালের ডেঙ্গু ওয়ার্ডে মশারির নিচে শুয়ে আছে আট বছরের তাসনিম। পাশে প্লাস্টিকের টুলে বসে আছেন তার মা রাশিদা আক্তার, হাতে ধরে রেখেছেন স্যালাইনের নল, যাতে ঘুমের ঘোরে মেয়ে টান না দেয়। তিন দিন ধরে তিনি প্রায় ঘুমাননি।",
      },
    },
    {
      id: "construction-fines",
      kind: "news",
      section: "national",
      place: "uttara",
      bn: {
        headline: "এডিস মশার লার্ভা পাওয়ায় নির্মাণাধীন ভবনে জরিমানা, চলছে বিশেষ অভিযান",
        standfirst: "সিটি করপোরেশনের ভ্রাম্যমাণ আদালত এক সপ্তাহে কয়েক শ ভবন পরিদর্শন করেছে।",
        lead: "এডিস মশার লার্ভা পাওয়ায় {day} {placeGen} কয়েকটি নির্মাণাধীন ভবনের মালিককে জরিমানা করেছেন সিটি করপোরেশনের ভ্রাম্যমাণ আদালত। কর্মকর্তারা জানান, এক সপ্তাহে {n3}টি ভবন পরিদর্শন করা হয়েছে; বেসমেন্টে জমে থাকা পানি, ছাদের ট্যাংক আর ফুলের টবে সবচেয়ে বেশি লার্ভা মিলেছে।",
      },
    },
  ],
  paragraphs: [
    {
      en: "Dengue is spread by the Aedes aegypti mosquito, which breeds in small amounts of clean, standing water: flower tubs, discarded tyres, rooftop tanks and the trays beneath refrigerators. Unlike the mosquitoes that breed in drains, it bites mainly during the day, which is why public health campaigns stress covering water containers at home.",
      bn: "ডেঙ্গু ছড়ায় এডিস ইজিপ্টাই মশা, যা জন্মায় অল্প পরিমাণ জমে থাকা পরিষ্কার পানিতে: ফুলের টব, ফেলে দেওয়া টায়ার, ছাদের ট্যাংক কিংবা ফ্রিজের নিচের ট্রেতে। নালায় জন্মানো মশার মতো নয়, এটি মূলত দিনের বেলায় কামড়ায়; এ কারণেই জনস্বাস্থ্য প্রচারণায় বাড়ির পানির পাত্র ঢেকে রাখার ওপর জোর দেওয়া হয়।",
    },
    {
      en: "Doctors say the most dangerous period is often when the fever breaks, usually between the third and fifth day, because that is when blood plasma can leak and blood pressure can fall sharply. Patients with warning signs such as severe abdominal pain, persistent vomiting or bleeding gums should go to hospital immediately.",
      bn: "চিকিৎসকেরা বলছেন, সবচেয়ে বিপজ্জনক সময়টি প্রায়ই আসে জ্বর ছেড়ে যাওয়ার পর, সাধারণত তৃতীয় থেকে পঞ্চম দিনের মধ্যে, কারণ তখন রক্তের প্লাজমা বেরিয়ে যেতে পারে এবং রক্তচাপ হঠাৎ কমে যেতে পারে। পেটে তীব্র ব্যথা, বারবার বমি কিংবা মাড়ি থেকে রক্তপাতের মতো সতর্কসংকেত দেখা দিলে রোগীকে সঙ্গে সঙ্গে হাসপাতালে নিতে হবে।",
    },
    {
      en: "The health directorate said {n4} patients had been admitted to hospitals so far this year, with the death toll rising to {n2}. Officials cautioned that the figures include only patients admitted to reporting hospitals, and that many milder cases treated at home or in private chambers never appear in official counts.",
      bn: "স্বাস্থ্য অধিদপ্তর জানিয়েছে, চলতি বছর এ পর্যন্ত {n4} জন রোগী হাসপাতালে ভর্তি হয়েছেন, আর মৃতের সংখ্যা বেড়ে দাঁড়িয়েছে {n2} জনে। কর্মকর্তারা সতর্ক করে বলেন, এ পরিসংখ্যানে শুধু তথ্য পাঠানো হাসপাতালগুলোর ভর্তি রোগীরা আছেন; বাড়িতে বা ব্যক্তিগত চেম্বারে চিকিৎসা নেওয়া অনেক মৃদু রোগী সরকারি হিসাবে আসেন না।",
    },
    {
      en: "Entomologists say larval surveys in {place} this season found Aedes breeding in a higher share of premises than in previous years, with construction sites and multi-storey car parks among the worst offenders. Water stored for household use during supply interruptions has also become a significant source.",
      bn: "কীটতত্ত্ববিদেরা জানান, এ মৌসুমে {placeLoc} লার্ভা জরিপে আগের বছরগুলোর তুলনায় বেশিসংখ্যক স্থাপনায় এডিসের প্রজনন পাওয়া গেছে; সবচেয়ে খারাপ অবস্থা নির্মাণাধীন ভবন ও বহুতল গাড়ি পার্কিংয়ের। পানি সরবরাহ বন্ধ থাকার সময় বাসাবাড়িতে জমিয়ে রাখা পানিও এখন বড় উৎস হয়ে উঠেছে।",
    },
    {
      en: "Hospitals outside the capital are under particular strain. District hospitals often lack the intensive care beds and trained staff needed to manage severe cases, which means the sickest patients are referred to Dhaka, sometimes after a journey of several hours in an ambulance.",
      bn: "রাজধানীর বাইরের হাসপাতালগুলো বিশেষ চাপে আছে। জটিল রোগী সামলানোর মতো নিবিড় পরিচর্যা শয্যা ও প্রশিক্ষিত জনবল প্রায়ই জেলা হাসপাতালগুলোতে থাকে না; ফলে সবচেয়ে গুরুতর রোগীদের ঢাকায় পাঠাতে হয়, কখনো কখনো কয়েক ঘণ্টার অ্যাম্বুলেন্স যাত্রার পর।",
    },
    {
      en: "Public health experts say the response still relies too heavily on spraying and too little on community work. They point to neighbourhoods in {place2} where volunteer groups inspect homes weekly and clear containers, and where case numbers have been noticeably lower than in surrounding areas.",
      bn: "জনস্বাস্থ্য বিশেষজ্ঞরা বলছেন, এখনো প্রতিরোধ কার্যক্রম ওষুধ ছিটানোর ওপর অতিমাত্রায় আর কমিউনিটির কাজের ওপর খুব কম নির্ভরশীল। তাঁরা {place2Gen} কয়েকটি মহল্লার উদাহরণ দেন, যেখানে স্বেচ্ছাসেবক দল প্রতি সপ্তাহে বাড়ি বাড়ি গিয়ে পানির পাত্র পরিষ্কার করে, আর আশপাশের এলাকার তুলনায় সেখানে রোগীর সংখ্যা লক্ষণীয়ভাবে কম।",
    },
  ],
  views: [
    {
      en: "The mosquito has adapted to our cities faster than our institutions have adapted to the mosquito. It breeds in the water we store because supply is unreliable, on the building sites we permit without inspection, in the rubbish we fail to collect. Dengue is, in that sense, a disease of urban governance.",
      bn: "আমাদের প্রতিষ্ঠানগুলো মশার সঙ্গে যত দ্রুত খাপ খাইয়েছে, মশা আমাদের শহরের সঙ্গে খাপ খাইয়েছে তার চেয়ে দ্রুত। সরবরাহ অনির্ভরযোগ্য বলে যে পানি আমরা জমিয়ে রাখি, পরিদর্শন ছাড়াই যে নির্মাণস্থলের অনুমতি দিই, যে আবর্জনা আমরা সরাতে পারি না—সবখানেই এর প্রজনন। সে অর্থে ডেঙ্গু নগর শাসনেরই একটি রোগ।",
    },
    {
      en: "Publishing accurate, ward-level data every day would do more than another awareness rally. When residents can see that cases are rising on their own street, they act. When numbers are aggregated to the whole city and released late, they shrug.",
      bn: "আরেকটি সচেতনতা শোভাযাত্রার চেয়ে প্রতিদিন ওয়ার্ডভিত্তিক নির্ভুল তথ্য প্রকাশ অনেক বেশি কাজে দেবে। বাসিন্দারা যখন দেখেন তাঁদের নিজের রাস্তায় রোগী বাড়ছে, তখন তাঁরা উদ্যোগী হন। আর যখন পুরো শহরের সংখ্যা একসঙ্গে, দেরিতে প্রকাশ করা হয়, তখন তাঁরা কাঁধ ঝাঁকিয়ে চলে যান।",
    },
    {
      en: "Hospitals cannot be the first line of defence. By the time a patient needs a bed, prevention has already failed. The money spent each season on emergency wards and imported testing kits would go further if some of it were spent in January, long before the first rains.",
      bn: "হাসপাতাল প্রতিরোধের প্রথম সারি হতে পারে না। একজন রোগীর যখন শয্যা দরকার হয়, তখন প্রতিরোধ এরই মধ্যে ব্যর্থ হয়েছে। প্রতি মৌসুমে জরুরি ওয়ার্ড আর আমদানি করা পরীক্ষার কিটে যে অর্থ খরচ হয়, তার কিছু অংশ বর্ষা শুরুর অনেক আগে, জানুয়ারিতেই খরচ করলে সুফল অনেক বেশি মিলত।",
    },
  ],
  quotes: [
    {
      q: {
        en: "Most of the patients we lose arrived late. Families wait for the fever to go, and by then the patient is in shock",
        bn: "যাঁদের আমরা বাঁচাতে পারি না, তাঁদের বেশির ভাগই দেরিতে আসেন। পরিবারগুলো জ্বর কমার অপেক্ষায় থাকে, আর ততক্ষণে রোগী শকে চলে যান",
      },
      role: {
        en: "a physician at a government hospital in {place}",
        bn: "{placeGen} একটি সরকারি হাসপাতালের চিকিৎসক",
      },
    },
    {
      q: {
        en: "We found larvae in the water tank on the roof. We had no idea, because we never go up there",
        bn: "ছাদের পানির ট্যাংকে লার্ভা পাওয়া গেছে। আমরা জানতামই না, কারণ ওপরে কখনো যাই না",
      },
      role: { en: "a resident of {place}", bn: "{placeGen} একজন বাসিন্দা" },
    },
    {
      q: {
        en: "We are inspecting buildings every day, and the owners who ignore our notices will face fines",
        bn: "আমরা প্রতিদিন ভবন পরিদর্শন করছি; নোটিশ উপেক্ষা করা মালিকদের জরিমানার মুখে পড়তে হবে",
      },
      role: {
        en: "an official at the city corporation's health department",
        bn: "সিটি করপোরেশনের স্বাস্থ্য বিভাগের একজন কর্মকর্তা",
      },
    },
    {
      q: {
        en: "The season is longer than it used to be, and the virus is reaching places that had little experience of it",
        bn: "মৌসুম আগের চেয়ে দীর্ঘ হয়েছে, আর ভাইরাস এমন জায়গায় পৌঁছাচ্ছে, যেখানে এর অভিজ্ঞতা খুব কম",
      },
      role: { en: "an epidemiologist who advises {office}", bn: "{officeGen} উপদেষ্টা একজন রোগতত্ত্ববিদ" },
    },
    {
      q: {
        en: "My son was in hospital for six days. We spent more than a month's wages on tests and saline",
        bn: "ছেলেটা ছয় দিন হাসপাতালে ছিল। পরীক্ষা আর স্যালাইনে এক মাসের আয়ের চেয়ে বেশি টাকা খরচ হয়ে গেছে",
      },
      role: { en: "a rickshaw puller from {place2}", bn: "{place2Gen} একজন রিকশাচালক" },
    },
  ],
  facts: [
    { en: "{n4} hospital admissions so far this year", bn: "চলতি বছর এ পর্যন্ত {n4} জন হাসপাতালে ভর্তি" },
    { en: "Aedes mosquitoes bite mainly during the day", bn: "এডিস মশা মূলত দিনে কামড়ায়" },
    { en: "Danger period often comes as the fever breaks", bn: "জ্বর ছাড়ার সময়টাই প্রায়ই বেশি বিপজ্জনক" },
    { en: "Cover or empty water containers every week", bn: "প্রতি সপ্তাহে পানির পাত্র ঢেকে রাখুন বা খালি করুন" },
    { en: "Seek care at once for abdominal pain or bleeding", bn: "পেটব্যথা বা রক্তপাত হলে দ্রুত চিকিৎসা নিন" },
  ],
  subheads: [
    { en: "Wards under pressure", bn: "ওয়ার্ডে চাপ" },
    { en: "Where the mosquito breeds", bn: "মশা কোথায় জন্মায়" },
    { en: "Warning signs", bn: "সতর্কসংকেত" },
  ],
  captions: [
    {
      en: "Patients rest under mosquito nets in a dengue ward in {place}.",
      bn: "{placeLoc} একটি ডেঙ্গু ওয়ার্ডে মশারির নিচে বিশ্রাম নিচ্ছেন রোগীরা।",
    },
    {
      en: "A city worker checks a water tank for larvae in {place}.",
      bn: "{placeLoc} পানির ট্যাংকে লার্ভা আছে কি না দেখছেন সিটি করপোরেশনের এক কর্মী।",
    },
    {
      en: "Relatives wait outside a hospital in {place}.",
      bn: "{placeLoc} একটি হাসপাতালের বাইরে অপেক্ষায় রোগীর স্বজনেরা।",
    },
  ],
};
