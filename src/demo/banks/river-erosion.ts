import type { ClusterBank } from "./types.ts";

export const riverErosion: ClusterBank = {
  key: "river-erosion",
  columnist: "debjani-sarker",
  motifs: ["river", "leaf"],
  hue: 95,
  places: ["shariatpur", "chandpur", "munshiganj", "sirajganj", "kurigram"],
  tags: [
    { slug: { en: "river-erosion", bn: "নদীভাঙন" }, name: { en: "River Erosion", bn: "নদীভাঙন" } },
    { slug: { en: "padma-river", bn: "পদ্মা" }, name: { en: "Padma River", bn: "পদ্মা নদী" } },
    { slug: { en: "displacement", bn: "বাস্তুচ্যুতি" }, name: { en: "Displacement", bn: "বাস্তুচ্যুতি" } },
  ],
  crossTags: ["climate-change"],
  terms: {
    topic: { en: "river erosion", bn: "নদীভাঙন" },
    topicGen: { en: "river erosion", bn: "নদীভাঙনের" },
    office: { en: "the local water development office", bn: "স্থানীয় পানি উন্নয়ন কার্যালয়" },
    officeGen: { en: "the local water development office", bn: "স্থানীয় পানি উন্নয়ন কার্যালয়ের" },
  },
  stories: [
    {
      id: "shariatpur-school-lost",
      kind: "news",
      section: "national",
      place: "shariatpur",
      en: {
        headline: "Padma erosion swallows school and dozens of homes in Shariatpur",
        standfirst:
          "Residents say geobags dumped last year were too few and too late to protect the riverbank.",
        lead: "A two-storey primary school and dozens of homes collapsed into the Padma in {place} on {day} as erosion accelerated along a stretch of riverbank that residents had been warning about for months. No one was hurt, but more than {n2} families spent the night in the open with whatever belongings they had managed to save.",
      },
      bn: {
        headline: "শরীয়তপুরে পদ্মার ভাঙনে বিলীন স্কুল ও কয়েক ডজন বসতবাড়ি",
        standfirst: "গত বছর ফেলা জিও ব্যাগ ছিল অপ্রতুল, আর তা ফেলাও হয়েছে দেরিতে—অভিযোগ এলাকাবাসীর।",
        lead: "কয়েক মাস ধরে এলাকাবাসী যে নদীতীর নিয়ে সতর্ক করে আসছিলেন, সেখানে ভাঙন তীব্র হওয়ায় {day} {placeLoc} একটি দোতলা প্রাথমিক বিদ্যালয় ও কয়েক ডজন বসতবাড়ি পদ্মায় বিলীন হয়েছে। কেউ হতাহত হননি, তবে {n2}টির বেশি পরিবার যেটুকু জিনিসপত্র বাঁচাতে পেরেছে, তা নিয়ে খোলা আকাশের নিচে রাত কাটিয়েছে।",
      },
    },
    {
      id: "erosion-less-attention",
      kind: "analysis",
      section: "environment",
      en: {
        headline: "Erosion quietly uproots thousands every year. Why does it get less attention?",
        standfirst: "Land lost to rivers is permanent, yet compensation and resettlement remain piecemeal.",
        lead: "Floods come and go; erosion does not. When a river takes a field, a homestead or a market, the land is gone for good, and the family that lived on it joins a slow, largely invisible migration. Researchers estimate that tens of thousands of people lose their homes to riverbank erosion every year, many of them in districts such as {place}.",
      },
      bn: {
        headline: "নদীভাঙনে প্রতিবছর ঘর হারায় হাজারো মানুষ, তবু মনোযোগ কম কেন",
        standfirst: "নদীতে হারানো জমি আর ফেরে না, অথচ ক্ষতিপূরণ ও পুনর্বাসন এখনো বিচ্ছিন্ন উদ্যোগে সীমাবদ্ধ।",
        lead: "বন্যা আসে, চলে যায়; ভাঙন তা করে না। নদী যখন কোনো খেত, বসতভিটা বা বাজার গ্রাস করে, সে জমি চিরতরে হারিয়ে যায়, আর সেখানে বাস করা পরিবারটি যোগ দেয় এক ধীর, প্রায় অদৃশ্য অভিবাসনে। গবেষকদের হিসাবে, প্রতিবছর হাজার হাজার মানুষ নদীভাঙনে ঘর হারান, যাঁদের অনেকেই {placeGen} মতো জেলার বাসিন্দা।",
      },
    },
    {
      id: "chandpur-embankment-cracks",
      kind: "news",
      section: "national",
      place: "chandpur",
      wire: true,
      en: {
        headline: "Chandpur town protection embankment cracks as Meghna current strengthens",
        standfirst:
          "Engineers have rushed sandbags to a section near the launch terminal, where cracks appeared overnight.",
        lead: "Cracks appeared overnight in a section of the town protection embankment in {place}, officials said on {day}, as strong currents in the Meghna ate into the riverbed near the launch terminal. Engineers rushed sandbags and geobags to the site, and traders in nearby markets were told to be ready to move their stock.",
      },
    },
    {
      id: "not-natural-disaster",
      kind: "opinion",
      section: "opinion",
      en: {
        headline: "A river takes a village and we call it a natural disaster",
        standfirst: "Erosion is predictable. Treating it as an act of God lets planners off the hook.",
        lead: "Last month I stood on the edge of what used to be a village in {place} and watched a family dismantle their tin house, sheet by sheet, before the river could take it. They had done this twice before. Everyone around them, from the union chairman to the engineer, spoke of the erosion as if it were bad luck. It was not.",
      },
    },
    {
      id: "kurigram-moving-house",
      kind: "feature",
      section: "national",
      place: "kurigram",
      en: {
        headline: "On Kurigram's shifting chars, families move house with the river",
        standfirst:
          "Some households have relocated six times in a generation. They have learned to build homes that can be carried.",
        lead: "Aleya Khatun has moved house five times. Each time, the Brahmaputra gave a warning: a crack in the bank, a tree leaning at an odd angle, the sound of earth slipping into the water at night. Each time, she and her husband took the house apart, loaded the tin walls onto a boat and rebuilt on another char in {place}.",
      },
    },
    {
      id: "sirajganj-market-threat",
      kind: "news",
      section: "national",
      place: "sirajganj",
      wire: true,
      bn: {
        headline: "যমুনার ভাঙনে সিরাজগঞ্জে হুমকির মুখে বাজার ও মসজিদ",
        standfirst: "গত এক সপ্তাহে নদীতে বিলীন হয়েছে অর্ধশতাধিক বাড়ি; জরুরি ভিত্তিতে জিও ব্যাগ ফেলার দাবি।",
        lead: "যমুনা নদীর তীব্র ভাঙনে {placeGen} চৌহালী ও শাহজাদপুর উপজেলার কয়েকটি গ্রামে একটি বাজার, মসজিদ ও প্রাথমিক বিদ্যালয় হুমকির মুখে পড়েছে। স্থানীয় বাসিন্দারা জানান, গত এক সপ্তাহে নদীতে বিলীন হয়েছে অর্ধশতাধিক বাড়ি। {day} ভাঙনকবলিত এলাকা পরিদর্শন করেন জেলা প্রশাসনের কর্মকর্তারা।",
      },
    },
    {
      id: "resettlement-promises",
      kind: "opinion",
      section: "opinion",
      bn: {
        headline: "ভাঙনকবলিত মানুষের পুনর্বাসন কেন কেবল প্রতিশ্রুতিতেই আটকে থাকে",
        standfirst: "খাসজমি আছে, আইন আছে, তবু নদীতে সব হারানো পরিবারগুলো বছরের পর বছর বাঁধের ওপর বাস করে।",
        lead: "চাঁদপুর থেকে কুড়িগ্রাম—নদীভাঙন এলাকায় গেলে একটি দৃশ্য প্রায় সব জায়গায় দেখা যায়: বাঁধের ঢালে সারি সারি ঝুপড়িঘর। এগুলো সেই পরিবারগুলোর, যারা নদীতে জমি হারিয়েছে, কিন্তু নতুন কোথাও ঠাঁই পায়নি। কেউ সেখানে আছে দুই বছর, কেউ দশ বছর। পুনর্বাসনের প্রতিশ্রুতি তারা শুনেছে অনেকবার।",
      },
    },
    {
      id: "munshiganj-new-char",
      kind: "feature",
      section: "national",
      place: "munshiganj",
      bn: {
        headline: "ভাঙনের পর নতুন চরে নতুন জীবন, মুন্সীগঞ্জের এক পরিবারের লড়াই",
        standfirst: "বাপ-দাদার ভিটা নদীতে হারিয়ে জেগে ওঠা চরে আবার সংসার পেতেছেন কৃষক আবুল হোসেন।",
        lead: "তিন বছর আগে এক বর্ষার রাতে পদ্মা কেড়ে নিয়েছিল আবুল হোসেনের বাপ-দাদার ভিটা। সেদিন স্ত্রী আর তিন সন্তানকে নিয়ে তিনি উঠেছিলেন এক আত্মীয়ের বাড়িতে। এখন {placeGen} নদীর বুকে জেগে ওঠা একটি চরে আবার ঘর তুলেছেন তিনি। জমি উর্বর, তবে মনে সারাক্ষণ ভয়—নদী আবার কবে মুখ ফেরায়।",
      },
    },
  ],
  paragraphs: [
    {
      en: "Bangladesh's great rivers are among the most mobile in the world. The Padma, Jamuna and Meghna carry enormous loads of sediment, and their channels shift constantly, building new land in some places and devouring old land in others. Along some stretches, banks have retreated by hundreds of metres in a single season.",
      bn: "বাংলাদেশের বড় নদীগুলো বিশ্বের সবচেয়ে গতিশীল নদীগুলোর অন্যতম। পদ্মা, যমুনা ও মেঘনা বিপুল পরিমাণ পলি বহন করে, আর এদের গতিপথ প্রতিনিয়ত বদলায়—কোথাও নতুন ভূমি গড়ে, কোথাও পুরোনো ভূমি গ্রাস করে। কোনো কোনো অংশে এক মৌসুমেই তীর কয়েক শ মিটার সরে গেছে।",
    },
    {
      en: "Residents of {place} said they had asked repeatedly for geobags and concrete blocks to be placed along the vulnerable stretch before the monsoon. Officials at {office} said work had been approved but delayed by the tendering process and by high water levels that made dumping difficult.",
      bn: "{placeGen} বাসিন্দারা জানান, বর্ষার আগেই ঝুঁকিপূর্ণ অংশে জিও ব্যাগ ও কংক্রিট ব্লক ফেলার জন্য তাঁরা বারবার আবেদন করেছিলেন। {officeGen} কর্মকর্তারা বলছেন, কাজ অনুমোদিত হলেও দরপত্রপ্রক্রিয়া এবং পানির উচ্চতা বেশি থাকায় ব্লক ফেলতে দেরি হয়েছে।",
    },
    {
      en: "Families who lose their land to the river often move first to relatives, then to embankments or government land, and eventually to cities. Studies of slum residents in Dhaka have found that a significant share trace their migration back to erosion in districts like {place2}.",
      bn: "নদীতে জমি হারানো পরিবারগুলো প্রায়ই প্রথমে ওঠে আত্মীয়ের বাড়িতে, তারপর বাঁধ বা খাসজমিতে, আর শেষ পর্যন্ত শহরে। ঢাকার বস্তিবাসীদের নিয়ে করা গবেষণায় দেখা গেছে, তাঁদের উল্লেখযোগ্য একটি অংশের অভিবাসনের শুরু {place2Gen} মতো জেলার নদীভাঙন থেকে।",
    },
    {
      en: "Sand mining in the riverbed is widely blamed for worsening the problem. Residents say dredgers operate at night near vulnerable banks, and that complaints to local authorities have produced little action. Officials acknowledged that illegal extraction was a concern and said {n1} dredgers had been seized this year.",
      bn: "নদীর তলদেশ থেকে বালু উত্তোলনকে সমস্যা বাড়ার জন্য ব্যাপকভাবে দায়ী করা হয়। বাসিন্দাদের অভিযোগ, ঝুঁকিপূর্ণ তীরের কাছে রাতে ড্রেজার চলে, আর স্থানীয় প্রশাসনে অভিযোগ করেও তেমন ফল মেলেনি। অবৈধ বালু উত্তোলন যে উদ্বেগের বিষয়, তা স্বীকার করে কর্মকর্তারা জানান, এ বছর {n1}টি ড্রেজার জব্দ করা হয়েছে।",
    },
    {
      en: "New chars rise from the river as old land disappears, and many displaced families move onto them. But the legal status of newly emerged land is often disputed, and powerful local figures sometimes claim it before the poorest families can settle, leading to conflicts that can last for years.",
      bn: "পুরোনো জমি হারিয়ে গেলে নদীর বুকে জেগে ওঠে নতুন চর, আর অনেক বাস্তুচ্যুত পরিবার সেখানে গিয়ে বসতি গড়ে। কিন্তু নতুন জেগে ওঠা জমির আইনি মালিকানা প্রায়ই বিতর্কিত, আর সবচেয়ে দরিদ্র পরিবারগুলো বসতি গড়ার আগেই কখনো কখনো স্থানীয় প্রভাবশালীরা তা দখলে নেন; এতে বছরের পর বছর বিরোধ চলে।",
    },
    {
      en: "Engineers say permanent bank protection with concrete blocks is effective but expensive, costing many crores of taka per kilometre. With hundreds of kilometres of vulnerable bank, they argue that prediction and planned relocation must play a bigger role alongside hard defences.",
      bn: "প্রকৌশলীরা বলছেন, কংক্রিট ব্লক দিয়ে স্থায়ী তীর সংরক্ষণ কার্যকর হলেও ব্যয়বহুল; প্রতি কিলোমিটারে খরচ পড়ে বহু কোটি টাকা। কয়েক শ কিলোমিটার ঝুঁকিপূর্ণ তীরের কথা মাথায় রেখে তাঁদের যুক্তি, শক্ত অবকাঠামোর পাশাপাশি পূর্বাভাস ও পরিকল্পিত স্থানান্তরকে আরও বড় ভূমিকা দিতে হবে।",
    },
  ],
  views: [
    {
      en: "Satellite imagery now allows scientists to predict, with reasonable accuracy, which stretches of bank are likely to erode in the coming year. That information exists. What is missing is a system that turns a prediction into action: compensation paid in advance, land identified for relocation, schools moved before they fall.",
      bn: "উপগ্রহচিত্রের সাহায্যে বিজ্ঞানীরা এখন যথেষ্ট নির্ভুলভাবে বলতে পারেন, আগামী বছর তীরের কোন অংশ ভাঙতে পারে। তথ্যটা আছে। যা নেই, তা হলো পূর্বাভাসকে কাজে রূপ দেওয়ার ব্যবস্থা: আগেভাগে ক্ষতিপূরণ, স্থানান্তরের জন্য জমি চিহ্নিত করা, ভেঙে পড়ার আগেই স্কুল সরিয়ে নেওয়া।",
    },
    {
      en: "We speak of erosion victims as if they were passive. In my experience they are among the most resourceful people in the country, experts in moving, rebuilding and starting again. What they lack is not resilience but rights: secure title to new land, and a fair share of the chars the river creates.",
      bn: "ভাঙনকবলিত মানুষদের কথা আমরা এমনভাবে বলি, যেন তাঁরা নিষ্ক্রিয়। আমার অভিজ্ঞতায় তাঁরা দেশের সবচেয়ে উদ্যমী মানুষদের অন্যতম—সরে যাওয়া, আবার গড়া আর নতুন করে শুরু করায় পারদর্শী। তাঁদের অভাব সহনশীলতার নয়, অধিকারের: নতুন জমির নিরাপদ মালিকানা আর নদীর গড়া চরে ন্যায্য হিস্যা।",
    },
    {
      en: "Hard engineering has its place near towns, markets and critical infrastructure. But we cannot wall off every river in the country, and pretending we can wastes money that could help families move safely. A mature policy would accept that some land will be lost and plan for it honestly.",
      bn: "শহর, বাজার ও গুরুত্বপূর্ণ অবকাঠামোর কাছে শক্ত প্রকৌশল কাঠামোর প্রয়োজন আছে। কিন্তু দেশের প্রতিটি নদীকে দেয়ালে ঘিরে ফেলা সম্ভব নয়, আর সম্ভব বলে ভান করলে এমন অর্থের অপচয় হয়, যা দিয়ে পরিবারগুলোকে নিরাপদে সরে যেতে সাহায্য করা যেত। পরিণত নীতি মেনে নেবে যে কিছু জমি হারাবেই, এবং সৎভাবে তার পরিকল্পনা করবে।",
    },
  ],
  quotes: [
    {
      q: {
        en: "We heard the bank cracking in the night. By morning, the river was where our kitchen used to be",
        bn: "রাতে তীর ভাঙার শব্দ শুনেছি। সকালে দেখি, যেখানে আমাদের রান্নাঘর ছিল, সেখানে এখন নদী",
      },
      role: { en: "a resident of {place}", bn: "{placeGen} একজন বাসিন্দা" },
    },
    {
      q: {
        en: "The work has been approved and the contractor has been told to start as soon as the water level falls",
        bn: "কাজ অনুমোদিত হয়েছে; পানি কমলেই কাজ শুরু করতে ঠিকাদারকে বলা হয়েছে",
      },
      role: { en: "an engineer at {office}", bn: "{officeGen} একজন প্রকৌশলী" },
    },
    {
      q: {
        en: "This is the third school we have lost in ten years. The children study in a tin shed on the embankment now",
        bn: "দশ বছরে এটা আমাদের তৃতীয় স্কুল, যা নদীতে গেল। বাচ্চারা এখন বাঁধের ওপর টিনের ছাপরায় পড়ে",
      },
      role: { en: "a headteacher in {place}", bn: "{placeGen} একটি স্কুলের প্রধান শিক্ষক" },
    },
    {
      q: {
        en: "Erosion is predictable to within a few hundred metres. We should be moving people before the river does it for us",
        bn: "কয়েক শ মিটারের মধ্যে ভাঙনের পূর্বাভাস দেওয়া সম্ভব। নদী আমাদের সরিয়ে দেওয়ার আগেই মানুষকে সরিয়ে নেওয়া উচিত",
      },
      role: { en: "a geographer who studies the Jamuna", bn: "যমুনা নদী নিয়ে গবেষণা করা একজন ভূগোলবিদ" },
    },
    {
      q: {
        en: "Every time we move, we lose something: a cow, a year of school, a neighbour we will never see again",
        bn: "যতবার সরি, ততবার কিছু না কিছু হারাই: একটা গরু, স্কুলের একটা বছর, এমন এক প্রতিবেশী, যার সঙ্গে আর কখনো দেখা হবে না",
      },
      role: {
        en: "a woman who has moved five times on the chars of {place2}",
        bn: "{place2Gen} চরে পাঁচবার ঘর বদলানো এক নারী",
      },
    },
  ],
  facts: [
    { en: "More than {n2} families lost homes this season", bn: "এ মৌসুমে ঘর হারিয়েছে {n2}টির বেশি পরিবার" },
    { en: "Geobag work approved but delayed", bn: "জিও ব্যাগের কাজ অনুমোদিত, কিন্তু দেরি" },
    { en: "Officials have seized {n1} illegal dredgers this year", bn: "এ বছর {n1}টি অবৈধ ড্রেজার জব্দ" },
    {
      en: "Banks can retreat hundreds of metres in a season",
      bn: "এক মৌসুমে কয়েক শ মিটার পর্যন্ত তীর সরে যেতে পারে",
    },
    { en: "New chars often subject to ownership disputes", bn: "নতুন চরের মালিকানা নিয়ে প্রায়ই বিরোধ" },
  ],
  subheads: [
    { en: "A bank that gave way", bn: "যে তীর টিকল না" },
    { en: "Where families go", bn: "পরিবারগুলো যায় কোথায়" },
    { en: "Predict, then protect", bn: "আগে পূর্বাভাস, তারপর সুরক্ষা" },
  ],
  captions: [
    {
      en: "A house is dismantled on the eroding bank of the river in {place}.",
      bn: "{placeLoc} ভাঙনকবলিত নদীতীরে ঘর খুলে নিচ্ছে একটি পরিবার।",
    },
    {
      en: "Geobags line a stretch of riverbank in {place}.",
      bn: "{placeLoc} নদীতীরের একটি অংশে ফেলা হয়েছে জিও ব্যাগ।",
    },
    {
      en: "Families carry belongings along a char in {place}.",
      bn: "{placeGen} একটি চরে মালপত্র বয়ে নিচ্ছে কয়েকটি পরিবার।",
    },
  ],
};
