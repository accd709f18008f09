/**
 * Topic clusters of the labelled evaluation set: each a running story with its own words and
 * phrases in both languages. Clusters of one family (two political races, two disasters, two
 * tournaments) also draw on the family's shared words, so telling them apart takes more than
 * spotting one shared term. Entries are separated by "|"; a phrase counts as several words.
 */

export interface Family {
  key: string;
  en: readonly string[];
  bn: readonly string[];
}

export interface TopicCluster {
  key: string;
  families: readonly string[];
  section: string;
  /** Versions of one wire story (near-duplicates) appear in this cluster. */
  wire: boolean;
  tags: { en: string; bn: string }[];
  en: readonly string[];
  bn: readonly string[];
}

const list = (text: string) => text.split("|").map((entry) => entry.trim().normalize("NFC"));

export const FAMILIES: readonly Family[] = [
  {
    key: "politics",
    en: list(`vote|ballot|constituency|candidate|turnout|polling|manifesto|rally|party chief|nomination|
      electoral|lawmaker|coalition|campaign trail`),
    bn: list(`ভোট|ব্যালট|নির্বাচনী এলাকা|প্রার্থী|ভোটার উপস্থিতি|ভোটকেন্দ্র|ইশতেহার|জনসভা|দলীয় প্রধান|মনোনয়ন|
      নির্বাচনী|সংসদ সদস্য|জোট|প্রচারণা`),
  },
  {
    key: "disaster",
    en: list(`evacuation|shelter|embankment|relief camp|stranded|submerged|rescue boat|warning signal|displaced|
      dry food|volunteers|water level`),
    bn: list(`সরিয়ে নেওয়া|আশ্রয়কেন্দ্র|বেড়িবাঁধ|ত্রাণশিবির|আটকে পড়া|তলিয়ে যাওয়া|উদ্ধারকারী নৌকা|সতর্কসংকেত|
      বাস্তুচ্যুত|শুকনো খাবার|স্বেচ্ছাসেবক|পানির উচ্চতা`),
  },
  {
    key: "sport",
    en: list(`squad|selectors|dressing room|fixture|scoreboard|spectators|trophy|head coach|injury|
      practice session|home ground|man of the match`),
    bn: list(`স্কোয়াড|নির্বাচক|ড্রেসিংরুম|সূচি|স্কোরবোর্ড|দর্শক|শিরোপা|প্রধান কোচ|চোট|অনুশীলন|ঘরের মাঠ|ম্যাচসেরা`),
  },
  {
    key: "economy",
    en: list(`revenue|deficit|fiscal|subsidy|exporters|remittance|exchange rate|central bank|interest rate|
      import bill|growth forecast|taxpayers`),
    bn: list(`রাজস্ব|ঘাটতি|অর্থবছর|ভর্তুকি|রপ্তানিকারক|প্রবাসী আয়|বিনিময় হার|কেন্দ্রীয় ব্যাংক|সুদের হার|আমদানি ব্যয়|
      প্রবৃদ্ধির পূর্বাভাস|করদাতা`),
  },
  {
    key: "law",
    en: list(`prosecution|defence counsel|bench|testimony|indictment|adjourned|cross-examination|accused|
      bail plea|chargesheet|tribunal|verdict date`),
    bn: list(`রাষ্ট্রপক্ষ|আসামিপক্ষের আইনজীবী|বেঞ্চ|সাক্ষ্য|অভিযোগ গঠন|মুলতবি|জেরা|আসামি|জামিন আবেদন|অভিযোগপত্র|
      ট্রাইব্যুনাল|রায়ের তারিখ`),
  },
  {
    key: "labour",
    en: list(`workers' union|wage board|walkout|overtime|lockout|shift|picket|labour leaders|minimum wage|
      arrears|negotiations|factory gate`),
    bn: list(`শ্রমিক ইউনিয়ন|মজুরি বোর্ড|কর্মবিরতি|ওভারটাইম|লে-অফ|পালা|অবস্থান কর্মসূচি|শ্রমিকনেতা|ন্যূনতম মজুরি|
      বকেয়া|দর-কষাকষি|কারখানার ফটক`),
  },
  {
    key: "health",
    en: list(`patients|ward|infection|fever|hospital beds|outbreak|health directorate|test kits|physicians|
      intensive care|case count|recovery`),
    bn: list(`রোগী|ওয়ার্ড|সংক্রমণ|জ্বর|হাসপাতালের শয্যা|প্রাদুর্ভাব|স্বাস্থ্য অধিদপ্তর|পরীক্ষার কিট|চিকিৎসকেরা|
      নিবিড় পরিচর্যা|আক্রান্তের সংখ্যা|সেরে ওঠা`),
  },
];

export const TOPIC_CLUSTERS: readonly TopicCluster[] = [
  {
    key: "general-election",
    families: ["politics"],
    section: "politics",
    wire: true,
    tags: [
      { en: "General Election", bn: "জাতীয় নির্বাচন" },
      { en: "Election Commission", bn: "নির্বাচন কমিশন" },
      { en: "Vote Count", bn: "ভোট গণনা" },
    ],
    en: list(`general election|election commission|chief election commissioner|polling agents|ballot boxes|
      vote count|returning officer|voting machines|caretaker|boycott|seat-sharing|results sheet|voter list|
      polling day|observers|rigging allegations|nomination papers|party symbol|constituency map|
      postal ballots|counting centre|election-time government|hartal|recount`),
    bn: list(`জাতীয় নির্বাচন|নির্বাচন কমিশন|প্রধান নির্বাচন কমিশনার|পোলিং এজেন্ট|ব্যালট বাক্স|ভোট গণনা|
      রিটার্নিং কর্মকর্তা|ভোটযন্ত্র|তত্ত্বাবধায়ক|বর্জন|আসন ভাগাভাগি|ফলাফল বিবরণী|ভোটার তালিকা|ভোটের দিন|
      পর্যবেক্ষক|কারচুপির অভিযোগ|মনোনয়নপত্র|দলীয় প্রতীক|আসনের সীমানা|পোস্টাল ব্যালট|গণনাকেন্দ্র|
      নির্বাচনকালীন সরকার|হরতাল|পুনর্গণনা`),
  },
  {
    key: "mayoral-race",
    // City halls run the mosquito drives, so a mayoral race shares words with an outbreak.
    families: ["politics", "health"],
    section: "national",
    wire: false,
    tags: [
      { en: "City Polls", bn: "সিটি নির্বাচন" },
      { en: "Mayor", bn: "মেয়র" },
      { en: "City Corporation", bn: "সিটি করপোরেশন" },
    ],
    en: list(`mayoral race|city corporation|ward councillor|mayor|waste collection|drainage plan|city hall|
      street hawkers|footpaths|municipal budget|door-to-door campaign|incumbent mayor|civic services|
      rickshaw pullers|bus terminal|traffic wardens|city dwellers|neighbourhood|debate night|pledge card|
      slum dwellers|holding tax|waterlogged streets|councillor candidates`),
    bn: list(`মেয়র নির্বাচন|সিটি করপোরেশন|ওয়ার্ড কাউন্সিলর|মেয়র|বর্জ্য সংগ্রহ|নিষ্কাশন পরিকল্পনা|নগর ভবন|
      হকার|ফুটপাত|নগর বাজেট|ঘরে ঘরে প্রচার|বর্তমান মেয়র|নাগরিক সেবা|রিকশাচালক|বাস টার্মিনাল|ট্রাফিক সহকারী|
      নগরবাসী|মহল্লা|বিতর্ক অনুষ্ঠান|প্রতিশ্রুতির কার্ড|বস্তিবাসী|গৃহকর|জলমগ্ন রাস্তা|কাউন্সিলর প্রার্থী`),
  },
  {
    key: "northern-flood",
    families: ["disaster"],
    section: "national",
    wire: true,
    tags: [
      { en: "Floods", bn: "বন্যা" },
      { en: "Teesta", bn: "তিস্তা" },
      { en: "Kurigram", bn: "কুড়িগ্রাম" },
    ],
    en: list(`Teesta|Brahmaputra|danger mark|flash flood|char|floodwater|breached|sandbags|hill torrents|
      upstream|paddy fields|flood forecasting|river gauges|inundated|tube wells|waterborne disease|
      Kurigram|Gaibandha|Jamuna|homesteads|makeshift rafts|cattle|boats|heavy rainfall`),
    bn: list(`তিস্তা|ব্রহ্মপুত্র|বিপৎসীমা|আকস্মিক বন্যা|চর|বন্যার পানি|ভেঙে গেছে|বালুর বস্তা|পাহাড়ি ঢল|উজান|
      ধানখেত|বন্যা পূর্বাভাস|পানি পরিমাপক|প্লাবিত|নলকূপ|পানিবাহিত রোগ|কুড়িগ্রাম|গাইবান্ধা|যমুনা|বসতভিটা|
      কলাগাছের ভেলা|গবাদিপশু|নৌকা|ভারী বর্ষণ`),
  },
  {
    key: "coastal-cyclone",
    families: ["disaster"],
    section: "environment",
    wire: false,
    tags: [
      { en: "Cyclone", bn: "ঘূর্ণিঝড়" },
      { en: "Coast", bn: "উপকূল" },
      { en: "Storm Surge", bn: "জলোচ্ছ্বাস" },
    ],
    en: list(`cyclone|landfall|storm surge|signal number ten|Bay of Bengal|cyclone shelter|wind speed|
      fishing trawlers|mangrove|Sundarbans|tidal wave|Patuakhali|Barguna|Bhola|uprooted trees|power lines|
      depression|meteorological department|low-lying islands|saline water|gusts|fishermen|eye of the storm|
      coastal districts`),
    bn: list(`ঘূর্ণিঝড়|উপকূলে আঘাত|জলোচ্ছ্বাস|১০ নম্বর মহাবিপৎসংকেত|বঙ্গোপসাগর|ঘূর্ণিঝড় আশ্রয়কেন্দ্র|বাতাসের গতি|
      মাছ ধরার ট্রলার|ম্যানগ্রোভ|সুন্দরবন|জোয়ারের পানি|পটুয়াখালী|বরগুনা|ভোলা|উপড়ে পড়া গাছ|বিদ্যুতের লাইন|
      নিম্নচাপ|আবহাওয়া অধিদপ্তর|নিচু দ্বীপ|লবণাক্ত পানি|দমকা হাওয়া|জেলেরা|ঝড়ের কেন্দ্র|উপকূলীয় জেলা`),
  },
  {
    key: "test-series",
    families: ["sport"],
    section: "sports",
    wire: true,
    tags: [
      { en: "Cricket", bn: "ক্রিকেট" },
      { en: "Test Series", bn: "টেস্ট সিরিজ" },
      { en: "Mirpur", bn: "মিরপুর" },
    ],
    en: list(`test match|Mirpur|spinners|fast bowler|century|follow-on|declaration|second innings|
      leg-spinner|batting collapse|debutant|wicketkeeper|lbw|review|tea break|bouncer|series decider|
      all-rounder|openers|off-spinner|run chase|five-wicket haul|innings|pitch`),
    bn: list(`টেস্ট ম্যাচ|মিরপুর|স্পিনার|পেসার|সেঞ্চুরি|ফলোঅন|ইনিংস ঘোষণা|দ্বিতীয় ইনিংস|লেগস্পিনার|ব্যাটিং ধস|
      অভিষিক্ত|উইকেটরক্ষক|এলবিডব্লিউ|রিভিউ|চা-বিরতি|বাউন্সার|সিরিজ নির্ধারণী|অলরাউন্ডার|ওপেনার|অফস্পিনার|
      রান তাড়া|পাঁচ উইকেট|ইনিংস|উইকেট`),
  },
  {
    key: "league-final",
    families: ["sport"],
    section: "sports",
    wire: false,
    tags: [
      { en: "Football", bn: "ফুটবল" },
      { en: "Premier League", bn: "প্রিমিয়ার লিগ" },
      { en: "Final", bn: "ফাইনাল" },
    ],
    en: list(`football|striker|penalty shootout|midfielder|goalkeeper|extra time|premier league|title race|
      header|corner kick|free kick|red card|referee|defender|equaliser|hat-trick|away fans|clean sheet|
      winger|substitute|league table|relegation|derby|final whistle`),
    bn: list(`ফুটবল|স্ট্রাইকার|টাইব্রেকার|মিডফিল্ডার|গোলরক্ষক|অতিরিক্ত সময়|প্রিমিয়ার লিগ|শিরোপার লড়াই|হেড|
      কর্নার কিক|ফ্রি কিক|লাল কার্ড|রেফারি|ডিফেন্ডার|সমতাসূচক গোল|হ্যাটট্রিক|সফরকারী সমর্থক|ক্লিনশিট|উইঙ্গার|
      বদলি খেলোয়াড়|পয়েন্ট তালিকা|অবনমন|ডার্বি|শেষ বাঁশি`),
  },
  {
    key: "national-budget",
    families: ["economy"],
    section: "business",
    wire: false,
    tags: [
      { en: "Budget", bn: "বাজেট" },
      { en: "Taxes", bn: "কর" },
      { en: "VAT", bn: "ভ্যাট" },
    ],
    en: list(`budget speech|finance minister|allocation|fiscal year|VAT|income tax|tax-free threshold|
      development programme|social safety net|subsidy bill|budget deficit|undisclosed money|customs duty|
      supplementary budget|revenue target|revenue board|borrowing|surcharge|tax rebate|corporate tax|
      finance bill|excise duty|talk-time tax|budget session`),
    bn: list(`বাজেট বক্তৃতা|অর্থমন্ত্রী|বরাদ্দ|অর্থবছর|ভ্যাট|আয়কর|করমুক্ত আয়সীমা|উন্নয়ন কর্মসূচি|
      সামাজিক সুরক্ষা|ভর্তুকির বিল|বাজেট ঘাটতি|অপ্রদর্শিত অর্থ|শুল্ক|সম্পূরক বাজেট|রাজস্ব লক্ষ্য|রাজস্ব বোর্ড|
      ঋণ গ্রহণ|সারচার্জ|কর রেয়াত|করপোরেট কর|অর্থবিল|আবগারি শুল্ক|টকটাইম কর|বাজেট অধিবেশন`),
  },
  {
    key: "garment-wages",
    families: ["labour"],
    section: "business",
    wire: true,
    tags: [
      { en: "Garment Industry", bn: "পোশাকশিল্প" },
      { en: "Wages", bn: "মজুরি" },
      { en: "Gazipur", bn: "গাজীপুর" },
    ],
    en: list(`garment workers|apparel|minimum wage board|Ashulia|Gazipur|buyers|brands|sewing operators|
      factory owners|manufacturers' association|wage hike|pay grade|knitwear|export orders|
      industrial police|compliance|wage gazette|unrest|road blockade|piece rate|supply chain|lead time|
      helpers|export earnings`),
    bn: list(`পোশাকশ্রমিক|তৈরি পোশাক|ন্যূনতম মজুরি বোর্ড|আশুলিয়া|গাজীপুর|ক্রেতা|ব্র্যান্ড|সেলাই অপারেটর|কারখানামালিক|
      উৎপাদক সমিতি|মজুরি বৃদ্ধি|মজুরির গ্রেড|নিটওয়্যার|রপ্তানি আদেশ|শিল্প পুলিশ|কমপ্লায়েন্স|মজুরির প্রজ্ঞাপন|অসন্তোষ|
      সড়ক অবরোধ|কাজের হিসাবে মজুরি|সরবরাহ শৃঙ্খল|লিড টাইম|সহকারী|রপ্তানি আয়`),
  },
  {
    key: "land-fraud-trial",
    families: ["law"],
    section: "national",
    wire: false,
    tags: [
      { en: "Land Fraud", bn: "ভূমি জালিয়াতি" },
      { en: "Courts", bn: "আদালত" },
      { en: "Property", bn: "সম্পত্তি" },
    ],
    en: list(`land grab|forged deeds|state-owned land|land registry|mutation records|sub-registrar|
      fake documents|plaintiff|title suit|district judge|property developer|eviction|housing project|
      survey records|power of attorney|encroachment|court injunction|land office|grabbers|deed writers|
      witness box|land commissioner|acres|forgery`),
    bn: list(`জমি দখল|জাল দলিল|খাসজমি|ভূমি নিবন্ধন|নামজারি নথি|সাব-রেজিস্ট্রার|ভুয়া কাগজপত্র|বাদী|স্বত্ব মামলা|
      জেলা জজ|আবাসন ব্যবসায়ী|উচ্ছেদ|আবাসন প্রকল্প|জরিপের খতিয়ান|আমমোক্তারনামা|অবৈধ দখল|আদালতের নিষেধাজ্ঞা|
      ভূমি অফিস|দখলদার|দলিল লেখক|সাক্ষীর কাঠগড়া|সহকারী কমিশনার ভূমি|একর|জালিয়াতি`),
  },
  {
    key: "bank-loan-scam",
    families: ["law", "economy"],
    section: "business",
    wire: false,
    tags: [
      { en: "Banking", bn: "ব্যাংকিং" },
      { en: "Corruption", bn: "দুর্নীতি" },
      { en: "Loan Scam", bn: "ঋণ কেলেঙ্কারি" },
    ],
    en: list(`loan scam|defaulted loans|anti-graft commission|bank directors|embezzlement|money laundering|
      shell companies|letters of credit|audit report|bad loans|bank inspectors|frozen accounts|travel ban|
      siphoned|irregular loans|loan rescheduling|managing director|board meeting|depositors|kickbacks|
      financial intelligence unit|forensic audit|restructuring|collateral`),
    bn: list(`ঋণ কেলেঙ্কারি|খেলাপি ঋণ|দুর্নীতি দমন কমিশন|ব্যাংক পরিচালক|আত্মসাৎ|অর্থ পাচার|কাগুজে প্রতিষ্ঠান|ঋণপত্র|
      নিরীক্ষা প্রতিবেদন|মন্দ ঋণ|ব্যাংক পরিদর্শক|জব্দ করা হিসাব|বিদেশযাত্রায় নিষেধাজ্ঞা|সরিয়ে নেওয়া অর্থ|অনিয়মিত ঋণ|
      ঋণ পুনঃতফসিল|ব্যবস্থাপনা পরিচালক|পর্ষদ সভা|আমানতকারী|ঘুষ|আর্থিক গোয়েন্দা ইউনিট|ফরেনসিক নিরীক্ষা|পুনর্গঠন|জামানত`),
  },
  {
    key: "port-strike",
    families: ["labour"],
    section: "business",
    wire: true,
    tags: [
      { en: "Chattogram Port", bn: "চট্টগ্রাম বন্দর" },
      { en: "Shipping", bn: "নৌপরিবহন" },
      { en: "Strike", bn: "ধর্মঘট" },
    ],
    en: list(`Chattogram port|container terminal|dock workers|berth|vessels|outer anchorage|cargo handling|
      gantry cranes|lighter vessels|shipping agents|customs clearance|port authority|backlog|freight charges|
      import containers|truckers|inland depots|demurrage|jetty|harbour|mariners|congestion|waiting time|
      port users`),
    bn: list(`চট্টগ্রাম বন্দর|কনটেইনার টার্মিনাল|বন্দরশ্রমিক|জেটি বার্থ|জাহাজ|বহির্নোঙর|পণ্য খালাস|গ্যান্ট্রি ক্রেন|
      লাইটার জাহাজ|শিপিং এজেন্ট|শুল্কায়ন|বন্দর কর্তৃপক্ষ|জট|ভাড়া|আমদানি কনটেইনার|ট্রাকচালক|অফডক|
      বিলম্ব মাশুল|জেটি|পোতাশ্রয়|নাবিক|যানজট|অপেক্ষার সময়|বন্দর ব্যবহারকারী`),
  },
  {
    key: "dengue-outbreak",
    families: ["health"],
    section: "national",
    wire: false,
    tags: [
      { en: "Dengue", bn: "ডেঙ্গু" },
      { en: "Mosquitoes", bn: "মশা" },
      { en: "Public Health", bn: "জনস্বাস্থ্য" },
    ],
    en: list(`dengue|Aedes mosquito|larvae|platelet count|dengue ward|larvicide|fogging|stagnant water|
      serotype|shock syndrome|hospitalisations|blood test|saline|flower pots|construction sites|
      mosquito nets|death toll|paediatric|antigen test|breeding grounds|mosquito drive|rooftop gardens|
      entomologists|dehydration`),
    bn: list(`ডেঙ্গু|এডিস মশা|লার্ভা|প্লাটিলেট|ডেঙ্গু ওয়ার্ড|লার্ভিসাইড|ফগিং|জমে থাকা পানি|সেরোটাইপ|শক সিনড্রোম|
      হাসপাতালে ভর্তি|রক্ত পরীক্ষা|স্যালাইন|ফুলের টব|নির্মাণাধীন ভবন|মশারি|মৃতের সংখ্যা|শিশু বিভাগ|
      অ্যান্টিজেন পরীক্ষা|প্রজননস্থল|মশকনিধন অভিযান|ছাদবাগান|কীটতত্ত্ববিদ|পানিশূন্যতা`),
  },
];
