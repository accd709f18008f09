import type { ClusterBank } from "./types.ts";

export const cyclonePreparedness: ClusterBank = {
  key: "cyclone-preparedness",
  columnist: "iftekhar-jamil",
  motifs: ["storm", "river"],
  hue: 250,
  places: ["coxs-bazar", "bhola", "patuakhali", "satkhira", "barguna"],
  tags: [
    { slug: { en: "cyclone", bn: "ঘূর্ণিঝড়" }, name: { en: "Cyclone", bn: "ঘূর্ণিঝড়" } },
    { slug: { en: "coastal-areas", bn: "উপকূল" }, name: { en: "Coastal Areas", bn: "উপকূল" } },
    {
      slug: { en: "disaster-management", bn: "দুর্যোগ-ব্যবস্থাপনা" },
      name: { en: "Disaster Management", bn: "দুর্যোগ ব্যবস্থাপনা" },
    },
  ],
  crossTags: ["climate-change", "bay-of-bengal"],
  terms: {
    topic: { en: "cyclone preparedness", bn: "ঘূর্ণিঝড় প্রস্তুতি" },
    topicGen: { en: "cyclone preparedness", bn: "ঘূর্ণিঝড় প্রস্তুতির" },
    office: { en: "the disaster management office", bn: "দুর্যোগ ব্যবস্থাপনা কার্যালয়" },
    officeGen: { en: "the disaster management office", bn: "দুর্যোগ ব্যবস্থাপনা কার্যালয়ের" },
  },
  stories: [
    {
      id: "danger-signal",
      kind: "news",
      section: "national",
      place: "coxs-bazar",
      en: {
        headline: "Coastal districts raise danger signal as depression deepens over the Bay",
        standfirst:
          "Fishing boats have been called back to shore and thousands of volunteers are preparing shelters along the coast.",
        lead: "Maritime ports were told to hoist danger signals on {day} as a deep depression over the Bay of Bengal intensified and moved towards the coast, with forecasters saying it could become a cyclone within hours. In {place}, volunteers with megaphones toured low-lying neighbourhoods urging families to prepare to move to shelters.",
      },
      bn: {
        headline: "সাগরে গভীর নিম্নচাপ, উপকূলীয় জেলাগুলোতে বিপৎসংকেত জারি",
        standfirst: "মাছ ধরার নৌকাগুলোকে তীরে ফিরতে বলা হয়েছে; উপকূলজুড়ে আশ্রয়কেন্দ্র প্রস্তুত করছেন হাজারো স্বেচ্ছাসেবক।",
        lead: "বঙ্গোপসাগরে সৃষ্ট গভীর নিম্নচাপটি আরও ঘনীভূত হয়ে উপকূলের দিকে এগিয়ে আসায় {day} সমুদ্রবন্দরগুলোকে বিপৎসংকেত দেখাতে বলা হয়েছে। আবহাওয়াবিদেরা বলছেন, কয়েক ঘণ্টার মধ্যেই এটি ঘূর্ণিঝড়ে পরিণত হতে পারে। {placeLoc} মাইক হাতে নিচু এলাকাগুলোতে ঘুরে ঘুরে পরিবারগুলোকে আশ্রয়কেন্দ্রে যাওয়ার প্রস্তুতি নিতে বলছেন স্বেচ্ছাসেবকেরা।",
      },
    },
    {
      id: "volunteers-bhola",
      kind: "feature",
      section: "national",
      place: "bhola",
      en: {
        headline: "The volunteers who walk into the storm so others can walk out",
        standfirst: "On Bhola island, a network of trained villagers turns forecasts into knocks on doors.",
        lead: "When the wind picks up over {place}, Shefali Begum puts on an orange vest, picks up a hand-cranked siren and starts walking. She has done this for eleven years, through three major cyclones and more warnings than she can count. Her job is simple to describe and hard to do: make sure nobody on her lane is left behind.",
      },
      bn: {
        headline: "ঝড়ের মুখে যাঁরা এগিয়ে যান, যাতে অন্যরা নিরাপদে সরে যেতে পারেন",
        standfirst: "ভোলা দ্বীপে প্রশিক্ষিত গ্রামবাসীদের একটি নেটওয়ার্ক পূর্বাভাসকে পৌঁছে দেয় প্রতিটি দরজায়।",
        lead: "{placeLoc} বাতাসের বেগ বাড়তে শুরু করলেই শেফালী বেগম কমলা রঙের জ্যাকেট গায়ে চাপান, হাতে তুলে নেন হাতলঘোরানো সাইরেন, তারপর হাঁটতে শুরু করেন। এগারো বছর ধরে এ কাজ করছেন তিনি—তিনটি বড় ঘূর্ণিঝড় আর অগণিত সতর্কসংকেতের মধ্য দিয়ে। তাঁর কাজ বর্ণনা করা সহজ, করা কঠিন: নিজের পাড়ার কেউ যেন পেছনে পড়ে না থাকে।",
      },
    },
    {
      id: "patuakhali-trawlers",
      kind: "news",
      section: "national",
      place: "patuakhali",
      wire: true,
      en: {
        headline: "Fishermen rush back to Patuakhali harbours as storm warning is raised",
        standfirst:
          "Hundreds of trawlers crowded into river mouths, while some crews remained unaccounted for at sea.",
        lead: "Hundreds of fishing trawlers crowded into river mouths and harbours around {place} on {day} after storm warnings were raised along the coast. Boat owners said most crews had returned safely, but the fate of at least {n1} trawlers that had been fishing far offshore remained unclear by evening.",
      },
    },
    {
      id: "survive-then-recover",
      kind: "opinion",
      section: "opinion",
      en: {
        headline: "Bangladesh learned to survive cyclones. Now it must learn to recover",
        standfirst: "Death tolls have fallen dramatically. Losses of homes, land and livelihoods have not.",
        lead: "It is one of the great public health achievements of our time, and we rarely talk about it. Cyclones that once killed hundreds of thousands now kill dozens, sometimes fewer. That is the work of early warnings, shelters and volunteers. But survival is only half of resilience, and the other half, recovery, is where we are still failing families on the coast.",
      },
    },
    {
      id: "salt-slow-disaster",
      kind: "analysis",
      section: "environment",
      en: {
        headline: "Why saltwater, not wind, is the coast's slowest disaster",
        standfirst:
          "Each storm surge leaves fields and ponds saltier, and the damage lasts long after roofs are repaired.",
        lead: "The wind does its damage in a night. The salt takes years. After every storm surge along the coast of {place}, farmers find that fields which once grew two rice crops a year can barely support one, and freshwater ponds that supplied whole villages have turned brackish.",
      },
    },
    {
      id: "barguna-shelters",
      kind: "news",
      section: "national",
      place: "barguna",
      wire: true,
      bn: {
        headline: "ঘূর্ণিঝড়ের আশঙ্কায় বরগুনায় আশ্রয়কেন্দ্রে ছুটছেন উপকূলের মানুষ",
        standfirst: "গবাদিপশু নিয়ে আশ্রয়কেন্দ্রে যাওয়ার ব্যবস্থা থাকায় এবার আগেভাগে সরছেন অনেকে।",
        lead: "ঘূর্ণিঝড়ের আশঙ্কায় {day} বিকেল থেকে {placeGen} উপকূলীয় এলাকার মানুষ আশ্রয়কেন্দ্রে যেতে শুরু করেছেন। জেলা প্রশাসন জানিয়েছে, সন্ধ্যা পর্যন্ত প্রায় {n4} জন আশ্রয়কেন্দ্রে উঠেছেন। এবার বেশ কিছু আশ্রয়কেন্দ্রে গবাদিপশু রাখার আলাদা ব্যবস্থা থাকায় অনেকে আগেভাগেই ঘর ছেড়েছেন।",
      },
    },
    {
      id: "embankment-condition",
      kind: "opinion",
      section: "opinion",
      bn: {
        headline: "উপকূলের বাঁধ শুধু মাটির দেয়াল নয়, মানুষের বেঁচে থাকার শর্ত",
        standfirst: "প্রতিটি ঘূর্ণিঝড়ের পর বাঁধ মেরামতের প্রতিশ্রুতি আসে, কিন্তু কাজ শেষ হওয়ার আগেই আসে পরের ঝড়।",
        lead: "ঘূর্ণিঝড়ের পরদিন উপকূলে গেলে প্রথমেই চোখে পড়ে ভাঙা বাঁধ। মাটির সেই দেয়াল, যা কোনো রকমে জোয়ারের পানি ঠেকিয়ে রাখত, এক রাতের জলোচ্ছ্বাসে কয়েক জায়গায় ধসে গেছে। এরপর শুরু হয় পরিচিত পালা: পরিদর্শন, প্রতিশ্রুতি, বরাদ্দের ঘোষণা। আর তারপর অপেক্ষা।",
      },
    },
    {
      id: "shyamnagar-breach",
      kind: "news",
      section: "national",
      place: "satkhira",
      bn: {
        headline: "সাতক্ষীরার শ্যামনগরে জলোচ্ছ্বাসে ভেঙেছে বেড়িবাঁধ, লোনাপানিতে তলিয়েছে গ্রাম",
        standfirst: "চিংড়িঘের ও ফসলি জমিতে লোনাপানি ঢুকে পড়ায় দীর্ঘমেয়াদি ক্ষতির আশঙ্কা করছেন কৃষকেরা।",
        lead: "জলোচ্ছ্বাসের তোড়ে {placeGen} শ্যামনগর উপজেলায় কয়েকটি স্থানে বেড়িবাঁধ ভেঙে অন্তত {n2}টি গ্রাম প্লাবিত হয়েছে। {day} সকালে জোয়ারের পানি আরও বাড়লে নতুন করে কয়েকটি এলাকায় পানি ঢোকে। চিংড়িঘের ও ফসলি জমিতে লোনাপানি ঢুকে পড়ায় দীর্ঘমেয়াদি ক্ষতির আশঙ্কা করছেন স্থানীয় কৃষকেরা।",
      },
    },
  ],
  paragraphs: [
    {
      en: "The country now has several thousand multi-purpose cyclone shelters along its coast, many of them raised concrete buildings that double as schools for most of the year. Officials said around {n3} shelters had been readied in the district, stocked with drinking water, dry food and first-aid kits.",
      bn: "দেশের উপকূলজুড়ে এখন কয়েক হাজার বহুমুখী ঘূর্ণিঝড় আশ্রয়কেন্দ্র রয়েছে, যার অনেকগুলোই উঁচু কংক্রিটের ভবন এবং বছরের বেশির ভাগ সময় স্কুল হিসেবে ব্যবহৃত হয়। কর্মকর্তারা জানান, জেলায় প্রায় {n3}টি আশ্রয়কেন্দ্র খাবার পানি, শুকনা খাবার ও প্রাথমিক চিকিৎসার সরঞ্জাম দিয়ে প্রস্তুত রাখা হয়েছে।",
    },
    {
      en: "A volunteer programme that began after the catastrophic cyclone of 1970 now counts tens of thousands of members, roughly half of them women. They relay warnings by loudspeaker and flag, help older people and children reach shelters, and carry out first aid once the wind drops.",
      bn: "১৯৭০ সালের প্রলয়ংকরী ঘূর্ণিঝড়ের পর শুরু হওয়া একটি স্বেচ্ছাসেবক কর্মসূচির সদস্য এখন হাজার হাজার, যাঁদের প্রায় অর্ধেকই নারী। তাঁরা মাইক ও পতাকার মাধ্যমে সতর্কবার্তা পৌঁছে দেন, বয়স্ক মানুষ ও শিশুদের আশ্রয়কেন্দ্রে যেতে সাহায্য করেন, আর ঝড় থামলে প্রাথমিক চিকিৎসা দেন।",
    },
    {
      en: "Many families remain reluctant to leave until the last moment, worried about theft, about their livestock, or about conditions in crowded shelters. Women in particular have raised concerns about privacy and sanitation, and newer shelters include separate rooms and toilets in response.",
      bn: "চুরির ভয়, গবাদিপশুর চিন্তা কিংবা ভিড়ে ঠাসা আশ্রয়কেন্দ্রের পরিবেশের কারণে অনেক পরিবার শেষ মুহূর্ত পর্যন্ত ঘর ছাড়তে চায় না। বিশেষ করে নারীরা গোপনীয়তা ও স্যানিটেশন নিয়ে উদ্বেগ জানিয়েছেন; এর জবাবে নতুন আশ্রয়কেন্দ্রগুলোতে আলাদা কক্ষ ও শৌচাগার রাখা হচ্ছে।",
    },
    {
      en: "Forecasters said the storm could bring a surge of {n1} to {n1b} feet above normal tide in low-lying areas, particularly where embankments were damaged in previous years. Heavy rain was also expected across the coastal belt and parts of {place2}, raising the risk of waterlogging and landslides.",
      bn: "আবহাওয়াবিদেরা জানান, ঝড়ের প্রভাবে নিচু এলাকায়, বিশেষ করে যেখানে আগের বছরগুলোতে বাঁধ ক্ষতিগ্রস্ত হয়েছে, স্বাভাবিকের চেয়ে {n1} থেকে {n1b} ফুট উঁচু জলোচ্ছ্বাস হতে পারে। উপকূলীয় অঞ্চল ও {place2Gen} কিছু অংশে ভারী বৃষ্টিরও আশঙ্কা রয়েছে, ফলে জলাবদ্ধতা ও ভূমিধসের ঝুঁকি বাড়ছে।",
    },
    {
      en: "Fishing communities bear a particular burden. A single missed week at sea can push a family into debt, and boat owners often pressure crews to stay out as long as possible. Local officials in {place} said they had used loudspeakers at landing ghats and sent text alerts to registered boat owners.",
      bn: "মৎস্যজীবী সম্প্রদায়ের ওপর চাপটা বিশেষভাবে বেশি। সাগরে এক সপ্তাহ না যেতে পারলেই একটি পরিবার ঋণে ডুবে যেতে পারে, আর নৌকার মালিকেরা প্রায়ই মাঝিমাল্লাদের যত দিন সম্ভব সাগরে থাকার চাপ দেন। {placeGen} স্থানীয় কর্মকর্তারা জানান, তাঁরা মাছঘাটে মাইকিং করেছেন এবং নিবন্ধিত নৌকামালিকদের মোবাইলে সতর্কবার্তা পাঠিয়েছেন।",
    },
    {
      en: "Once the storm passes, the work of recovery begins, and it is slower and less visible than the evacuation. Damaged homes, saltwater in ponds and fields, and broken embankments can take months or years to repair, and families often sell assets or borrow heavily to rebuild.",
      bn: "ঝড় চলে যাওয়ার পর শুরু হয় পুনরুদ্ধারের কাজ, যা সরিয়ে নেওয়ার কাজের চেয়ে ধীর এবং অনেক কম দৃশ্যমান। ক্ষতিগ্রস্ত ঘরবাড়ি, পুকুর ও ফসলি জমিতে লোনাপানি আর ভাঙা বাঁধ মেরামতে কয়েক মাস, এমনকি কয়েক বছর লেগে যেতে পারে; ঘর আবার দাঁড় করাতে পরিবারগুলো প্রায়ই সম্পদ বিক্রি করে বা চড়া ঋণ নেয়।",
    },
  ],
  views: [
    {
      en: "Our warning system is rightly admired abroad, but its success has bred a kind of complacency at home. We measure cyclones by their death toll, and because that number has fallen so far, we tell ourselves the problem is largely solved. The families who lose everything but their lives would disagree.",
      bn: "আমাদের সতর্কীকরণ ব্যবস্থা বিদেশে যথার্থভাবেই প্রশংসিত, কিন্তু এর সাফল্য দেশে এক ধরনের আত্মতুষ্টি তৈরি করেছে। আমরা ঘূর্ণিঝড় মাপি মৃতের সংখ্যা দিয়ে, আর সেই সংখ্যা অনেক কমে যাওয়ায় নিজেদের বলি সমস্যার প্রায় সমাধান হয়ে গেছে। প্রাণ ছাড়া সব হারানো পরিবারগুলো এর সঙ্গে একমত হবে না।",
    },
    {
      en: "Embankments on the coast were mostly built decades ago for a different sea. Tides are higher, surges reach further inland and the soil has been weakened by shrimp farming and neglect. Rebuilding them properly is expensive, but every patch-up job that fails in the next storm costs more.",
      bn: "উপকূলের বাঁধগুলোর বেশির ভাগই কয়েক দশক আগে ভিন্ন এক সমুদ্রের কথা ভেবে তৈরি। এখন জোয়ার আরও উঁচু, জলোচ্ছ্বাস আরও ভেতরে ঢোকে, আর চিংড়িচাষ ও অবহেলায় মাটি দুর্বল হয়ে গেছে। এগুলো ঠিকভাবে পুনর্নির্মাণ ব্যয়বহুল, কিন্তু জোড়াতালির প্রতিটি কাজ পরের ঝড়ে ভেঙে গেলে খরচ পড়ে আরও বেশি।",
    },
    {
      en: "Recovery should start before the storm. Pre-arranged cash transfers, triggered automatically when a forecast crosses a threshold, have been tested successfully in a few districts. They let families protect assets and buy food in the critical first days, and they cost less than emergency relief delivered late.",
      bn: "পুনরুদ্ধারের কাজ শুরু হওয়া উচিত ঝড়ের আগেই। পূর্বাভাস নির্দিষ্ট সীমা পেরোলেই স্বয়ংক্রিয়ভাবে নগদ সহায়তা পৌঁছে দেওয়ার ব্যবস্থা কয়েকটি জেলায় সফলভাবে পরীক্ষা করা হয়েছে। এতে প্রথম গুরুত্বপূর্ণ দিনগুলোতে পরিবারগুলো সম্পদ রক্ষা ও খাবার কিনতে পারে, আর দেরিতে পৌঁছানো জরুরি ত্রাণের চেয়ে খরচও কম পড়ে।",
    },
  ],
  quotes: [
    {
      q: {
        en: "We start moving people when the signal goes up, not when the wind arrives. Every hour of warning is an hour we can use",
        bn: "সংকেত ওঠার সঙ্গে সঙ্গে আমরা মানুষ সরাতে শুরু করি, বাতাস আসার পর নয়। সতর্কতার প্রতিটি ঘণ্টাই আমাদের কাজে লাগে",
      },
      role: { en: "a volunteer team leader in {place}", bn: "{placeGen} স্বেচ্ছাসেবক দলের একজন নেতা" },
    },
    {
      q: {
        en: "If I leave my cows behind, I have nothing when I come back. This year the shelter has space for them, so we are going early",
        bn: "গরু রেখে গেলে ফিরে এসে কিছুই থাকে না। এবার আশ্রয়কেন্দ্রে ওদের জন্যও জায়গা আছে, তাই আগেভাগেই যাচ্ছি",
      },
      role: { en: "a farmer in {place}", bn: "{placeGen} একজন কৃষক" },
    },
    {
      q: {
        en: "The embankment was patched after the last storm, but with loose earth. We told the engineers it would not hold",
        bn: "গত ঝড়ের পর বাঁধটায় জোড়াতালি দেওয়া হয়েছিল আলগা মাটি দিয়ে। আমরা প্রকৌশলীদের বলেছিলাম, এটা টিকবে না",
      },
      role: { en: "a schoolteacher in {place2}", bn: "{place2Gen} একজন স্কুলশিক্ষক" },
    },
    {
      q: {
        en: "All shelters in the district are ready, and we have stocked enough dry food for three days",
        bn: "জেলার সব আশ্রয়কেন্দ্র প্রস্তুত, তিন দিনের মতো শুকনা খাবারও মজুত রাখা হয়েছে",
      },
      role: { en: "an official at {office} in {place}", bn: "{placeGen} {officeGen} একজন কর্মকর্তা" },
    },
    {
      q: {
        en: "The sea has been rough for three days and we have earned nothing. But no catch is worth a life",
        bn: "তিন দিন ধরে সাগর উত্তাল, এক টাকাও আয় হয়নি। কিন্তু কোনো মাছের দাম জীবনের চেয়ে বেশি নয়",
      },
      role: { en: "a trawler captain at a landing ghat in {place}", bn: "{placeGen} একটি মাছঘাটের ট্রলারের মাঝি" },
    },
  ],
  facts: [
    { en: "Around {n3} shelters readied in the district", bn: "জেলায় প্রায় {n3}টি আশ্রয়কেন্দ্র প্রস্তুত" },
    {
      en: "Surge of {n1} to {n1b} feet possible in low-lying areas",
      bn: "নিচু এলাকায় {n1} থেকে {n1b} ফুট জলোচ্ছ্বাসের আশঙ্কা",
    },
    { en: "Fishing boats ordered back to shore", bn: "মাছ ধরার নৌকাগুলোকে তীরে ফেরার নির্দেশ" },
    { en: "Separate spaces for livestock in some shelters", bn: "কিছু আশ্রয়কেন্দ্রে গবাদিপশুর আলাদা জায়গা" },
    { en: "Medical teams on standby in every upazila", bn: "প্রতিটি উপজেলায় মেডিকেল টিম প্রস্তুত" },
  ],
  subheads: [
    { en: "Race to the shelters", bn: "আশ্রয়কেন্দ্রের পথে" },
    { en: "The surge risk", bn: "জলোচ্ছ্বাসের ঝুঁকি" },
    { en: "After the wind", bn: "ঝড়ের পরে" },
  ],
  captions: [
    { en: "Dark clouds gather over the coast near {place}.", bn: "{placeGen} উপকূলে জমেছে কালো মেঘ।" },
    {
      en: "Families arrive at a cyclone shelter in {place}.",
      bn: "{placeLoc} একটি ঘূর্ণিঝড় আশ্রয়কেন্দ্রে পৌঁছাচ্ছে বিভিন্ন পরিবার।",
    },
    {
      en: "Fishing trawlers anchored in a river mouth in {place}.",
      bn: "{placeLoc} নদীর মোহনায় নোঙর করা মাছ ধরার ট্রলার।",
    },
  ],
};
