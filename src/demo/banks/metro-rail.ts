import type { ClusterBank } from "./types.ts";

export const metroRail: ClusterBank = {
  key: "metro-rail",
  columnist: "anisur-mowla",
  motifs: ["train", "city"],
  hue: 30,
  places: ["uttara", "mirpur", "motijheel", "agargaon", "kamalapur"],
  tags: [
    { slug: { en: "metro-rail", bn: "মেট্রোরেল" }, name: { en: "Metro Rail", bn: "মেট্রোরেল" } },
    { slug: { en: "dhaka-traffic", bn: "ঢাকার-যানজট" }, name: { en: "Dhaka Traffic", bn: "ঢাকার যানজট" } },
    { slug: { en: "public-transport", bn: "গণপরিবহন" }, name: { en: "Public Transport", bn: "গণপরিবহন" } },
  ],
  crossTags: ["dhaka", "infrastructure"],
  terms: {
    topic: { en: "the metro rail", bn: "মেট্রোরেল" },
    topicGen: { en: "the metro rail", bn: "মেট্রোরেলের" },
    office: { en: "the metro rail operator", bn: "মেট্রোরেল পরিচালনাকারী কোম্পানি" },
    officeGen: { en: "the metro rail operator", bn: "মেট্রোরেল পরিচালনাকারী কোম্পানির" },
  },
  stories: [
    {
      id: "midnight-service",
      kind: "news",
      section: "national",
      place: "motijheel",
      en: {
        headline: "Metro trains to run until midnight from next month, operator says",
        standfirst:
          "Extended hours are meant to ease late-evening crowding, but unions want extra staff before the change.",
        lead: "Metro trains in Dhaka will run until midnight from the start of next month, the operator announced on {day}, extending service by more than two hours in response to heavy late-evening demand at stations such as {place} and {place2}. Officials said trains would run every {n1} minutes after nine o'clock.",
      },
      bn: {
        headline: "আগামী মাস থেকে মধ্যরাত পর্যন্ত চলবে মেট্রোরেল, জানাল পরিচালনাকারী কোম্পানি",
        standfirst: "সন্ধ্যার পর যাত্রীর ভিড় কমাতেই সময় বাড়ানো হচ্ছে, তবে এর আগে বাড়তি কর্মী চায় শ্রমিক সংগঠন।",
        lead: "আগামী মাসের শুরু থেকে ঢাকায় মেট্রোরেল চলবে মধ্যরাত পর্যন্ত। {day} পরিচালনাকারী কোম্পানি এ ঘোষণা দিয়ে জানায়, {place} ও {place2} স্টেশনের মতো জায়গায় সন্ধ্যার পর যাত্রীদের প্রবল চাপের কারণে সেবার সময় দুই ঘণ্টার বেশি বাড়ানো হচ্ছে। কর্মকর্তারা জানান, রাত নয়টার পর প্রতি {n1} মিনিট পরপর ট্রেন চলবে।",
      },
    },
    {
      id: "mirpur-family-commute",
      kind: "feature",
      section: "national",
      place: "mirpur",
      en: {
        headline: "Twenty minutes to Motijheel: how the metro changed one Mirpur family's day",
        standfirst:
          "A garment supervisor, a schoolboy and a retired clerk describe life before and after the elevated line.",
        lead: "Before the metro, Rehana Sultana left her flat in {place} at half past six to be at work by nine. Now she leaves at eight. The difference, she says, is not just ninety minutes of sleep; it is breakfast with her son, a calmer temper, and a sense that the city has, in one small way, started working for her.",
      },
      bn: {
        headline: "মতিঝিল মাত্র বিশ মিনিটে: মেট্রো যেভাবে বদলে দিল মিরপুরের এক পরিবারের দিন",
        standfirst:
          "একজন পোশাক কারখানার সুপারভাইজার, এক স্কুলছাত্র আর এক অবসরপ্রাপ্ত কেরানি শোনালেন উড়ালপথের আগে ও পরের জীবনের গল্প।",
        lead: "মেট্রোরেল চালুর আগে রেহানা সুলতানা নয়টায় অফিসে পৌঁছাতে সাড়ে ছয়টায় {placeGen} ফ্ল্যাট থেকে বের হতেন। এখন বের হন আটটায়। তিনি বলেন, পার্থক্যটা শুধু দেড় ঘণ্টা বাড়তি ঘুম নয়; ছেলের সঙ্গে একসঙ্গে নাশতা, শান্ত মেজাজ, আর এই অনুভূতি যে শহরটা অন্তত একটা ছোট জায়গায় তাঁর জন্য কাজ করতে শুরু করেছে।",
      },
    },
    {
      id: "ridership-record",
      kind: "news",
      section: "national",
      place: "agargaon",
      wire: true,
      en: {
        headline: "Dhaka metro ridership passes new daily record during office week",
        standfirst:
          "The operator credits new ticket machines and a popular stored-value card for the increase.",
        lead: "Dhaka's elevated metro line carried a record number of passengers on {day}, the operator said, as commuters returned after a long holiday weekend. Stations at {place} and {place2} were the busiest, with queues at ticket machines stretching onto the concourse during the morning peak.",
      },
    },
    {
      id: "kamalapur-extension-delay",
      kind: "news",
      section: "national",
      place: "kamalapur",
      en: {
        headline: "Kamalapur extension faces fresh delay over land and utility lines",
        standfirst:
          "Contractors say relocating water and gas pipes has taken longer than planned, pushing back the opening date.",
        lead: "The planned extension of the metro line to {place} has been delayed again, officials said on {day}, after contractors ran into difficulties relocating water mains, gas pipes and power cables buried beneath the road. The project director said a revised schedule would add at least {n1} months to the timeline.",
      },
    },
    {
      id: "not-a-transport-policy",
      kind: "opinion",
      section: "opinion",
      en: {
        headline: "A metro line is not a transport policy, however good it is",
        standfirst:
          "The elevated railway works. Now Dhaka needs buses, footpaths and feeder routes to match it.",
        lead: "I was a sceptic when the metro was being built, and I am happy to admit I was wrong about how well it would work. Trains are clean, punctual and full. But standing on the platform at {place} in the evening rush, I am struck by how little has changed at street level below, where the rest of Dhaka still waits in traffic.",
      },
    },
    {
      id: "uttara-power-fault",
      kind: "news",
      section: "national",
      place: "uttara",
      wire: true,
      bn: {
        headline: "উত্তরা স্টেশনে কারিগরি ত্রুটিতে এক ঘণ্টা বন্ধ ছিল ট্রেন চলাচল",
        standfirst: "সকালের ব্যস্ত সময়ে বিদ্যুৎ সরবরাহে বিঘ্ন ঘটায় হাজারো যাত্রী স্টেশনে আটকে পড়েন।",
        lead: "বিদ্যুৎ সরবরাহে কারিগরি ত্রুটির কারণে {day} সকালে প্রায় এক ঘণ্টা {place} থেকে মেট্রোরেল চলাচল বন্ধ ছিল। এতে অফিসগামী হাজারো যাত্রী স্টেশন ও প্ল্যাটফর্মে আটকে পড়েন। পরিচালনাকারী কোম্পানি জানিয়েছে, সকাল নয়টার কিছু পরে চলাচল স্বাভাবিক হয়।",
      },
    },
    {
      id: "footpaths-below",
      kind: "opinion",
      section: "opinion",
      bn: {
        headline: "মেট্রোরেল স্টেশনের নিচে হাঁটার জায়গা কোথায় গেল",
        standfirst: "ওপরে ঝকঝকে ট্রেন, নিচে ভাঙা ফুটপাত আর রিকশার জট—এ বৈপরীত্য দূর না হলে সুফল অর্ধেক থেকে যাবে।",
        lead: "প্রতিদিন সকালে {place} স্টেশনের সিঁড়ি বেয়ে নামার সময় একটা অদ্ভুত অনুভূতি হয়। ওপরে শীতাতপনিয়ন্ত্রিত কামরা, সময়মতো ট্রেন, পরিষ্কার প্ল্যাটফর্ম। নিচে নামতেই ভাঙা ফুটপাত, রিকশার জট আর হকারের ভিড় পেরিয়ে রাস্তা পার হওয়ার যুদ্ধ। এ দুই জগতের মধ্যে দূরত্ব মাত্র কয়েকটি সিঁড়ির, অথচ মনে হয় যেন দুই শহর।",
      },
    },
    {
      id: "fare-arithmetic",
      kind: "analysis",
      section: "business",
      bn: {
        headline: "ভাড়া কমানোর দাবি: মেট্রোরেলের আয়-ব্যয়ের হিসাব কী বলছে",
        standfirst: "যাত্রী বাড়লেও ঋণের কিস্তি ও পরিচালন ব্যয় মেটাতে ভাড়া কমানোর সুযোগ সীমিত বলে মনে করছেন বিশ্লেষকেরা।",
        lead: "মেট্রোরেলের ভাড়া কমানোর দাবি উঠেছে যাত্রী সংগঠন ও শিক্ষার্থীদের পক্ষ থেকে। কিন্তু প্রকল্পের আয়-ব্যয়ের হিসাব ঘেঁটে দেখা যাচ্ছে, বিদেশি ঋণের কিস্তি, বিদ্যুৎ বিল ও রক্ষণাবেক্ষণ খরচ মিলিয়ে পরিচালনাকারী কোম্পানির হাতে ভাড়া কমানোর সুযোগ খুবই কম।",
      },
    },
  ],
  paragraphs: [
    {
      en: "The operator said average weekday ridership had climbed to around {n3},000 passengers, well above the forecasts made when the line was designed. Stored-value cards now account for roughly {pct2} percent of journeys, which officials said had shortened queues and reduced cash handling at busy stations.",
      bn: "পরিচালনাকারী কোম্পানি জানিয়েছে, কর্মদিবসে গড়ে প্রায় {n3} হাজার যাত্রী এখন মেট্রোরেলে চলাচল করেন, যা লাইনটির নকশা তৈরির সময়ের পূর্বাভাসের চেয়ে অনেক বেশি। মোট যাত্রার প্রায় {pct2} শতাংশই এখন স্থায়ী কার্ড ব্যবহার করে হচ্ছে; কর্মকর্তাদের মতে, এতে ব্যস্ত স্টেশনে লাইন ছোট হয়েছে এবং নগদ লেনদেন কমেছে।",
    },
    {
      en: "Commuters interviewed at {place} station praised the speed and reliability of the service but complained about the walk to and from the stations. Footpaths near several entrances are broken or occupied by vendors, and there are few safe places to cross the road at ground level.",
      bn: "{place} স্টেশনে কথা বলা যাত্রীরা সেবার গতি ও নির্ভরযোগ্যতার প্রশংসা করলেও স্টেশনে আসা-যাওয়ার পথ নিয়ে অভিযোগ করেছেন। কয়েকটি প্রবেশপথের কাছে ফুটপাত ভাঙা কিংবা হকারদের দখলে, আর সড়কের সমতলে নিরাপদে রাস্তা পার হওয়ার জায়গাও খুব কম।",
    },
    {
      en: "Transport planners say the line's success has exposed gaps in the wider network. Feeder buses promised for stations such as {place2} have yet to materialise on most routes, and rickshaw stands outside entrances often block the very pavements passengers need to use.",
      bn: "পরিবহন পরিকল্পনাবিদেরা বলছেন, লাইনটির সাফল্যই বৃহত্তর যোগাযোগব্যবস্থার ফাঁকগুলো সামনে নিয়ে এসেছে। {place2Gen} মতো স্টেশনগুলোর জন্য প্রতিশ্রুত ফিডার বাস বেশির ভাগ রুটে এখনো চালু হয়নি, আর প্রবেশপথের বাইরে রিকশাস্ট্যান্ড প্রায়ই সেই ফুটপাতই আটকে রাখে, যা যাত্রীদের ব্যবহার করার কথা।",
    },
    {
      en: "The project was financed largely through foreign loans, and repayments are due to rise sharply over the next {n1} years. Finance officials have said fare revenue alone will not cover those costs, and that the government will need to decide how much of the gap it is willing to subsidise.",
      bn: "প্রকল্পটির অর্থায়নের বড় অংশ এসেছে বিদেশি ঋণ থেকে, আর আগামী {n1} বছরে ঋণ পরিশোধের কিস্তি উল্লেখযোগ্যভাবে বাড়বে। অর্থ মন্ত্রণালয়ের কর্মকর্তারা বলেছেন, শুধু ভাড়ার আয় দিয়ে এ খরচ মেটানো যাবে না; ঘাটতির কতটা ভর্তুকি দিয়ে পূরণ করা হবে, সে সিদ্ধান্ত সরকারকেই নিতে হবে।",
    },
    {
      en: "Shops and offices near the stations have begun to feel the effect. Estate agents in {place} report that rents for flats within a ten-minute walk of an entrance have risen by about {pct} percent in two years, and several new coffee shops and pharmacies have opened beneath the viaduct.",
      bn: "স্টেশনের আশপাশের দোকানপাট ও অফিসেও এর প্রভাব পড়তে শুরু করেছে। {placeGen} আবাসন ব্যবসায়ীরা জানান, প্রবেশপথ থেকে হেঁটে দশ মিনিটের দূরত্বের মধ্যে থাকা ফ্ল্যাটের ভাড়া দুই বছরে প্রায় {pct} শতাংশ বেড়েছে। উড়ালপথের নিচে চালু হয়েছে কয়েকটি নতুন কফিশপ ও ফার্মেসি।",
    },
    {
      en: "Women passengers in particular say the metro has changed how they move around the city. The reserved carriage, bright stations and visible security staff make evening journeys feel safer, several said, although the walk home from the station after dark remains a worry.",
      bn: "বিশেষ করে নারী যাত্রীরা বলছেন, মেট্রোরেল শহরে তাঁদের চলাফেরার ধরন বদলে দিয়েছে। কয়েকজন জানান, সংরক্ষিত কামরা, আলোকোজ্জ্বল স্টেশন আর দৃশ্যমান নিরাপত্তাকর্মীদের কারণে সন্ধ্যার যাত্রা এখন অনেক নিরাপদ মনে হয়, যদিও অন্ধকারে স্টেশন থেকে বাড়ি ফেরার পথ এখনো দুশ্চিন্তার।",
    },
  ],
  views: [
    {
      en: "The lesson of the metro is that Dhaka can build ambitious infrastructure and run it well. The risk is that we treat a single success as proof that the job is done. A city of this size needs a network, not a showpiece, and a network is made of unglamorous parts: bus lanes, crossings, shade and light.",
      bn: "মেট্রোরেলের শিক্ষা হলো, ঢাকা উচ্চাভিলাষী অবকাঠামো গড়তে ও ভালোভাবে চালাতে পারে। ঝুঁকি হলো, একটি সাফল্যকেই কাজ শেষ হওয়ার প্রমাণ ধরে নেওয়া। এত বড় শহরের দরকার একটি নেটওয়ার্ক, প্রদর্শনীর বস্তু নয়; আর নেটওয়ার্ক তৈরি হয় সাদামাটা উপাদানে: বাস লেন, পারাপারের পথ, ছায়া আর আলো।",
    },
    {
      en: "Fares are a political question dressed up as an accounting one. Every taka of subsidy is a choice about who pays for mobility: the passenger, the taxpayer, or the future taxpayer through debt. That choice should be made openly, with the numbers published, rather than through quiet adjustments after the fact.",
      bn: "ভাড়ার প্রশ্নটা আসলে রাজনৈতিক, যদিও তাকে হিসাবের প্রশ্ন হিসেবে দেখানো হয়। ভর্তুকির প্রতিটি টাকা আসলে একটি সিদ্ধান্ত: যাতায়াতের খরচ কে দেবে—যাত্রী, করদাতা, নাকি ঋণের মাধ্যমে ভবিষ্যতের করদাতা। এ সিদ্ধান্ত নেওয়া উচিত প্রকাশ্যে, সংখ্যা প্রকাশ করে; পরে চুপিচুপি সমন্বয় করে নয়।",
    },
    {
      en: "The stations themselves could do more work. With a little planning, each could be a hub for buses, bicycles and shared rickshaws, with safe crossings and covered walkways radiating outward. Cities from Bogotá to Singapore have shown that the space around a station matters as much as the trains inside it.",
      bn: "স্টেশনগুলো আরও বেশি কাজে লাগতে পারে। সামান্য পরিকল্পনা থাকলে প্রতিটি স্টেশন হতে পারে বাস, সাইকেল ও শেয়ার্ড রিকশার কেন্দ্র, যেখান থেকে চারদিকে ছড়িয়ে যাবে নিরাপদ পারাপার আর ছাউনি দেওয়া হাঁটার পথ। বোগোতা থেকে সিঙ্গাপুর—বহু শহর দেখিয়েছে, স্টেশনের ভেতরের ট্রেনের মতোই জরুরি তার চারপাশের জায়গা।",
    },
  ],
  quotes: [
    {
      q: {
        en: "I used to spend three hours a day in traffic. Now I read on the train and still get home before my children go to sleep",
        bn: "আগে দিনে তিন ঘণ্টা যানজটে বসে থাকতাম। এখন ট্রেনে বই পড়ি, আর বাচ্চারা ঘুমানোর আগেই বাড়ি ফিরি",
      },
      role: { en: "an accountant who commutes from {place}", bn: "{place} থেকে যাতায়াতকারী একজন হিসাবরক্ষক" },
    },
    {
      q: {
        en: "The trains are excellent. The problem begins the moment you step out of the station and try to cross the road",
        bn: "ট্রেন চমৎকার। সমস্যা শুরু হয় স্টেশন থেকে বের হয়ে রাস্তা পার হতে গেলেই",
      },
      role: { en: "a university student in {place2}", bn: "{place2Gen} এক বিশ্ববিদ্যালয়শিক্ষার্থী" },
    },
    {
      q: {
        en: "We are working with the city corporations on footpaths and feeder services, but each agency has its own budget and its own timetable",
        bn: "ফুটপাত ও ফিডার সেবা নিয়ে আমরা সিটি করপোরেশনের সঙ্গে কাজ করছি, কিন্তু প্রতিটি সংস্থার নিজস্ব বাজেট আর নিজস্ব সময়সূচি আছে",
      },
      role: { en: "a senior official at {office}", bn: "{officeGen} একজন জ্যেষ্ঠ কর্মকর্তা" },
    },
    {
      q: {
        en: "Rents near the stations have gone up so fast that some of the people who most need the metro can no longer afford to live near it",
        bn: "স্টেশনের আশপাশে ভাড়া এত দ্রুত বেড়েছে যে মেট্রোরেল যাঁদের সবচেয়ে বেশি দরকার, তাঁদের অনেকেই আর কাছাকাছি থাকতে পারছেন না",
      },
      role: { en: "an urban researcher at a Dhaka university", bn: "ঢাকার একটি বিশ্ববিদ্যালয়ের নগর গবেষক" },
    },
    {
      q: {
        en: "Business has doubled since the station opened. People stop for tea on the way home instead of sitting in a bus",
        bn: "স্টেশন চালুর পর ব্যবসা দ্বিগুণ হয়েছে। মানুষ বাসে বসে না থেকে বাড়ি ফেরার পথে চা খেয়ে যায়",
      },
      role: {
        en: "a tea stall owner beneath the viaduct at {place}",
        bn: "{placeGen} উড়ালপথের নিচের এক চা-দোকানি",
      },
    },
  ],
  facts: [
    { en: "Trains every {n1} minutes at peak times", bn: "ব্যস্ত সময়ে প্রতি {n1} মিনিট পরপর ট্রেন" },
    { en: "About {n3},000 passengers on an average weekday", bn: "কর্মদিবসে গড়ে প্রায় {n3} হাজার যাত্রী" },
    { en: "{pct2} percent of trips paid with stored-value cards", bn: "{pct2} শতাংশ যাত্রায় স্থায়ী কার্ড ব্যবহার" },
    { en: "Extension to Kamalapur still under construction", bn: "কমলাপুর পর্যন্ত সম্প্রসারণের কাজ চলছে" },
    { en: "One carriage on every train reserved for women", bn: "প্রতিটি ট্রেনে একটি কামরা নারীদের জন্য সংরক্ষিত" },
  ],
  subheads: [
    { en: "Crowded platforms", bn: "প্ল্যাটফর্মে ভিড়" },
    { en: "The street below", bn: "উড়ালপথের নিচের রাস্তা" },
    { en: "Who pays", bn: "খরচ কে দেবে" },
  ],
  captions: [
    {
      en: "Passengers board a metro train at {place} station during the morning rush.",
      bn: "সকালের ব্যস্ত সময়ে {place} স্টেশনে মেট্রোরেলে উঠছেন যাত্রীরা।",
    },
    {
      en: "The elevated metro line passes over traffic near {place}.",
      bn: "{placeGen} কাছে যানজটের ওপর দিয়ে চলে গেছে মেট্রোরেলের উড়ালপথ।",
    },
    {
      en: "Commuters queue at ticket machines in {place}.",
      bn: "{placeLoc} টিকিট মেশিনের সামনে যাত্রীদের সারি।",
    },
  ],
};
