import type { ClusterBank } from "./types.ts";

export const monsoonFloods: ClusterBank = {
  key: "monsoon-floods",
  columnist: "debjani-sarker",
  motifs: ["river", "storm"],
  hue: 205,
  places: ["sylhet", "sunamganj", "kurigram", "gaibandha", "sirajganj"],
  tags: [
    { slug: { en: "floods", bn: "বন্যা" }, name: { en: "Floods", bn: "বন্যা" } },
    { slug: { en: "monsoon", bn: "বর্ষা" }, name: { en: "Monsoon", bn: "বর্ষা" } },
    { slug: { en: "flood-relief", bn: "ত্রাণ" }, name: { en: "Flood Relief", bn: "ত্রাণ" } },
  ],
  crossTags: ["climate-change"],
  terms: {
    topic: { en: "the floods", bn: "বন্যা" },
    topicGen: { en: "the floods", bn: "বন্যার" },
    office: { en: "the district administration", bn: "জেলা প্রশাসন" },
    officeGen: { en: "the district administration", bn: "জেলা প্রশাসনের" },
  },
  stories: [
    {
      id: "sylhet-rivers-breach",
      kind: "news",
      section: "national",
      place: "sylhet",
      en: {
        headline: "Floodwater rises across Sylhet as rivers breach danger marks",
        standfirst:
          "Several upazilas are cut off after days of heavy rain upstream, and shelters are filling faster than officials expected.",
        lead: "Floodwater spread across large parts of {place} on {day} as the Surma and Kushiyara rivers rose above their danger marks at several points, cutting road links to at least {n1} upazilas and forcing thousands of families to move to higher ground. Local officials said the water was still rising by late afternoon.",
      },
      bn: {
        headline: "নদীর পানি বিপৎসীমা ছাড়িয়ে সিলেটজুড়ে বন্যা পরিস্থিতির অবনতি",
        standfirst:
          "উজানে কয়েক দিনের ভারী বৃষ্টিতে কয়েকটি উপজেলা বিচ্ছিন্ন হয়ে পড়েছে, আর কর্মকর্তাদের ধারণার চেয়েও দ্রুত ভরে যাচ্ছে আশ্রয়কেন্দ্রগুলো।",
        lead: "সুরমা ও কুশিয়ারা নদীর পানি কয়েকটি পয়েন্টে বিপৎসীমার ওপর দিয়ে প্রবাহিত হওয়ায় {day} {placeGen} বিস্তীর্ণ এলাকা প্লাবিত হয়েছে। অন্তত {n1}টি উপজেলার সঙ্গে সড়ক যোগাযোগ বিচ্ছিন্ন হয়ে পড়েছে এবং হাজারো পরিবার উঁচু জায়গায় আশ্রয় নিতে বাধ্য হয়েছে। স্থানীয় কর্মকর্তারা জানান, বিকেল পর্যন্ত পানি বাড়ছিল।",
      },
    },
    {
      id: "same-embankments",
      kind: "opinion",
      section: "opinion",
      en: {
        headline: "We keep rebuilding the same embankments and calling it flood policy",
        standfirst:
          "Every monsoon exposes the same weak points. It is time to pay for maintenance, not just emergencies.",
        lead: "Every year, when the first flood pictures arrive from the north-east, I feel a familiar mix of sympathy and irritation. Sympathy for the families wading through their own courtyards; irritation because so much of what we are watching was predicted, mapped and budgeted for, and then quietly left undone once the water went down.",
      },
      bn: {
        headline: "একই বাঁধ বারবার গড়ে তাকে বন্যানীতি বলে চালাচ্ছি আমরা",
        standfirst: "প্রতি বর্ষায় একই দুর্বলতা ধরা পড়ে। শুধু জরুরি খরচ নয়, এখন রক্ষণাবেক্ষণের জন্য অর্থ দেওয়ার সময়।",
        lead: "প্রতিবছর উত্তর-পূর্বাঞ্চল থেকে বন্যার প্রথম ছবিগুলো আসতে শুরু করলে আমার মনে একই সঙ্গে সহানুভূতি আর বিরক্তি জাগে। সহানুভূতি সেই পরিবারগুলোর জন্য, যারা নিজেদের উঠানেই হাঁটুপানি ভেঙে চলছে; আর বিরক্তি এই কারণে যে, আমরা যা দেখছি তার অনেকটাই আগে থেকে অনুমান করা, মানচিত্রে চিহ্নিত ও বাজেটভুক্ত ছিল—কিন্তু পানি নামার পর চুপচাপ অসমাপ্ত রয়ে গেছে।",
      },
    },
    {
      id: "kurigram-chars-stranded",
      kind: "news",
      section: "national",
      place: "kurigram",
      wire: true,
      en: {
        headline: "Thousands stranded on Kurigram char islands as Brahmaputra swells",
        standfirst:
          "Boat services have been suspended on several routes, leaving island communities short of drinking water.",
        lead: "Thousands of people living on the sandbar islands of {place} were stranded on {day} after the Brahmaputra rose sharply overnight, the district administration said. Ferry operators halted services on several routes because of strong currents, and residents reported that tube wells on at least {n2} chars had been submerged.",
      },
    },
    {
      id: "warnings-last-mile",
      kind: "analysis",
      section: "environment",
      en: {
        headline: "Why early flood warnings still fail to reach the last mile",
        standfirst:
          "Forecasts have improved sharply in a decade. Getting them to a farmer on a char island is another matter.",
        lead: "Bangladesh's flood forecasts are better than they have ever been. Models can now predict a river's rise several days in advance, and text alerts go out in Bangla to millions of phones. Yet in village after village in {place}, people told the Dateline they learned the water was coming only when it was already at the door.",
      },
    },
    {
      id: "school-roof-shelter",
      kind: "feature",
      section: "national",
      place: "sunamganj",
      en: {
        headline: "On a Sunamganj school roof, a village waits out the flood",
        standfirst:
          "Dozens of families, a few goats and a single cooking stove: life on the upper floor of a flood shelter.",
        lead: "The cooking starts before dawn on the roof of the primary school in {place}. {n2} families share a single clay stove, taking turns to boil rice and lentils while the children, who have not been to class in over a week, watch the brown water lap at the stairs two floors below.",
      },
    },
    {
      id: "gaibandha-teesta-chars",
      kind: "news",
      section: "national",
      place: "gaibandha",
      wire: true,
      bn: {
        headline: "গাইবান্ধায় তিস্তার পানি বেড়ে নতুন করে প্লাবিত হলো চরাঞ্চল",
        standfirst: "জেলার চারটি উপজেলায় পানিবন্দী হয়ে পড়েছে কয়েক হাজার পরিবার; দেখা দিয়েছে বিশুদ্ধ পানির সংকট।",
        lead: "উজানের ঢল ও টানা বর্ষণে তিস্তা ও ব্রহ্মপুত্রের পানি বেড়ে {day} {placeGen} নিচু চরাঞ্চল নতুন করে প্লাবিত হয়েছে। জেলা প্রশাসন জানিয়েছে, অন্তত {n4} পরিবার পানিবন্দী অবস্থায় রয়েছে এবং বহু নলকূপ ডুবে যাওয়ায় বিশুদ্ধ খাবার পানির তীব্র সংকট দেখা দিয়েছে।",
      },
    },
    {
      id: "sirajganj-jamuna-shelters",
      kind: "news",
      section: "national",
      place: "sirajganj",
      bn: {
        headline: "সিরাজগঞ্জে যমুনার পানি বিপৎসীমার ওপরে, খোলা হয়েছে আরও আশ্রয়কেন্দ্র",
        standfirst: "দুর্গত এলাকায় শুকনা খাবার বিতরণ শুরু হলেও দুর্গম চরে ত্রাণ পৌঁছাতে দেরি হচ্ছে।",
        lead: "যমুনা নদীর পানি {day} সকালে {placeGen} কয়েকটি পয়েন্টে বিপৎসীমার ওপর দিয়ে প্রবাহিত হয়েছে। স্থানীয় পানি উন্নয়ন কার্যালয় জানিয়েছে, গত চব্বিশ ঘণ্টায় পানি প্রায় {n2} সেন্টিমিটার বেড়েছে। দুর্গতদের জন্য নতুন করে আরও {n1}টি আশ্রয়কেন্দ্র খোলা হয়েছে।",
      },
    },
    {
      id: "farmers-recovery",
      kind: "analysis",
      section: "environment",
      bn: {
        headline: "বন্যার পর ক্ষতিগ্রস্ত কৃষকের ঘুরে দাঁড়াতে কেন এত সময় লাগে",
        standfirst: "আমন মৌসুমের আগে বীজতলা নষ্ট হলে তার ধাক্কা সামলাতে কৃষকের কয়েক মাস, কখনো পুরো বছর লেগে যায়।",
        lead: "বন্যার পানি নেমে যাওয়ার পর ক্যামেরাগুলো চলে যায়, কিন্তু কৃষকের আসল লড়াই শুরু হয় তখনই। {placeGen} কৃষকেরা ডেটলাইনকে জানিয়েছেন, আমন মৌসুমের ঠিক আগে বীজতলা ডুবে যাওয়ায় তাঁদের নতুন করে চারা কিনতে হচ্ছে, আর সেই টাকা জোগাড় করতে অনেককেই চড়া সুদে ঋণ নিতে হচ্ছে।",
      },
    },
  ],
  paragraphs: [
    {
      en: "The district administration said {n3} shelters had been opened across the worst-hit unions, most of them in school buildings and cyclone centres on raised ground. Officials said dry food, oral saline and water purification tablets were being distributed, but volunteers in {place2} complained that boats carrying relief were reaching only the villages closest to the main road.",
      bn: "জেলা প্রশাসন জানিয়েছে, সবচেয়ে ক্ষতিগ্রস্ত ইউনিয়নগুলোতে {n3}টি আশ্রয়কেন্দ্র খোলা হয়েছে, যার বেশির ভাগই উঁচু জায়গায় অবস্থিত স্কুল ভবন ও সাইক্লোন শেল্টার। কর্মকর্তারা বলছেন, শুকনা খাবার, খাবার স্যালাইন ও পানি বিশুদ্ধকরণ বড়ি বিতরণ করা হচ্ছে। তবে {place2Gen} স্বেচ্ছাসেবকদের অভিযোগ, ত্রাণবাহী নৌকা কেবল প্রধান সড়কের কাছের গ্রামগুলোতেই পৌঁছাচ্ছে।",
    },
    {
      en: "Forecasters warned that more rain was expected in the upstream catchment over the next {n1} days, which could keep rivers high well into next week. Hydrologists said the pattern this season resembled the one that caused severe flooding two years ago, when water rose faster than embankments in several places could be reinforced.",
      bn: "আবহাওয়াবিদেরা সতর্ক করেছেন, আগামী {n1} দিন উজানের অববাহিকায় আরও বৃষ্টি হতে পারে, ফলে আগামী সপ্তাহ পর্যন্ত নদীর পানি উঁচু থাকতে পারে। পানিবিশেষজ্ঞরা বলছেন, এবারের পরিস্থিতি দুই বছর আগের সেই ভয়াবহ বন্যার সঙ্গে মিলে যাচ্ছে, যখন অনেক জায়গায় বাঁধ মেরামতের আগেই পানি দ্রুত বেড়ে গিয়েছিল।",
    },
    {
      en: "Farmers counted the cost in flattened seedbeds. Agricultural officials estimated that around {n4} hectares of Aman seedlings were under water, along with fish ponds whose stock had simply swum away. Many families said they had sold livestock at low prices before the water arrived, fearing they would not be able to feed the animals.",
      bn: "কৃষকেরা হিসাব কষছেন ডুবে যাওয়া বীজতলার ক্ষতি। কৃষি কর্মকর্তাদের হিসাবে, প্রায় {n4} হেক্টর জমির আমনের বীজতলা পানির নিচে, সঙ্গে ভেসে গেছে বহু পুকুরের মাছ। অনেক পরিবার জানিয়েছে, পানি আসার আগেই গবাদিপশু খাওয়াতে না পারার ভয়ে তারা কম দামে গরু-ছাগল বিক্রি করে দিয়েছে।",
    },
    {
      en: "Health workers said the greatest danger in the coming days would come not from the water itself but from what it carries. Diarrhoea cases typically rise once wells are contaminated, and snakebites increase as people and animals crowd onto the same patches of dry land. Mobile medical teams have been sent to {n2} unions.",
      bn: "স্বাস্থ্যকর্মীরা বলছেন, সামনের দিনগুলোতে বড় বিপদ পানি নিজে নয়, বরং পানিবাহিত রোগ। নলকূপ দূষিত হলে সাধারণত ডায়রিয়ার প্রকোপ বাড়ে, আর মানুষ ও পশু একই শুকনা জায়গায় গাদাগাদি করে থাকায় সাপের কামড়ের ঘটনাও বাড়ে। এরই মধ্যে {n2}টি ইউনিয়নে ভ্রাম্যমাণ মেডিকেল টিম পাঠানো হয়েছে।",
    },
    {
      en: "In the towns, the flooding exposed drainage that was never designed for this volume of rain. Shopkeepers in the central bazaar of {place} piled sacks of rice and flour on tables and shelves, and some said they had lost stock worth more than {n2},000 taka in a single night.",
      bn: "শহরগুলোতেও বন্যা দেখিয়ে দিয়েছে, এত বৃষ্টির পানি সামলানোর মতো করে পয়োনিষ্কাশন ব্যবস্থা কখনো তৈরি হয়নি। {placeGen} কেন্দ্রীয় বাজারের দোকানিরা চাল-আটার বস্তা টেবিল আর তাকের ওপর তুলে রেখেছেন। কেউ কেউ জানালেন, এক রাতেই তাঁদের {n2} হাজার টাকার বেশি মূল্যের মালামাল নষ্ট হয়েছে।",
    },
    {
      en: "Local representatives said the real test would come after the water receded. Roads, culverts and embankments damaged this season will need repair before the next monsoon, and past experience suggests that money for such work tends to arrive late, if it arrives at all.",
      bn: "স্থানীয় জনপ্রতিনিধিরা বলছেন, আসল পরীক্ষা শুরু হবে পানি নামার পর। এ মৌসুমে ক্ষতিগ্রস্ত সড়ক, কালভার্ট ও বাঁধ পরের বর্ষার আগেই মেরামত করতে হবে। অতীত অভিজ্ঞতা বলে, এ ধরনের কাজের টাকা সাধারণত দেরিতে আসে, আর কখনো কখনো আসেই না।",
    },
  ],
  views: [
    {
      en: "The problem is not a lack of knowledge. We know which embankments are weak, because the same ones fail every few years. What we lack is a budget line that rewards boring, year-round maintenance over dramatic, after-the-fact reconstruction that looks good in a ribbon-cutting photograph.",
      bn: "সমস্যাটা জ্ঞানের অভাব নয়। কোন বাঁধগুলো দুর্বল, তা আমরা জানি, কারণ প্রতি কয়েক বছর পরপর একই বাঁধ ভাঙে। আমাদের অভাব এমন একটি বাজেট কাঠামোর, যা ফিতা কাটার ছবির জন্য মানানসই নাটকীয় পুনর্নির্মাণের বদলে সারা বছরের একঘেয়ে রক্ষণাবেক্ষণকে পুরস্কৃত করে।",
    },
    {
      en: "Relief matters, and nobody should begrudge a single bag of rice handed out this week. But relief is also the easiest part of flood policy to see and the hardest to learn from. A family that receives food for five days and then loses its seedbed has been helped, and has still been left poorer than before.",
      bn: "ত্রাণ জরুরি, এই সপ্তাহে বিতরণ করা এক বস্তা চাল নিয়েও কারও আপত্তি থাকা উচিত নয়। কিন্তু বন্যা মোকাবিলার নীতিতে ত্রাণই সবচেয়ে চোখে পড়ে, আর এ থেকেই শেখা সবচেয়ে কঠিন। যে পরিবার পাঁচ দিনের খাবার পেল কিন্তু বীজতলা হারাল, তাকে সাহায্য করা হয়েছে ঠিকই, তবু সে আগের চেয়ে গরিব হয়ে গেছে।",
    },
    {
      en: "A better approach would treat the floodplain as something to live with rather than fight. That means raised plinths for homes, seed banks that can replace lost seedlings within a fortnight, and cash transfers that reach women's phones before the water does, not three weeks after.",
      bn: "ভালো পথ হলো প্লাবনভূমির সঙ্গে লড়াই না করে তার সঙ্গে বসবাসের কৌশল নেওয়া। এর মানে বসতভিটা উঁচু করা, এমন বীজব্যাংক গড়া যা দুই সপ্তাহের মধ্যে নষ্ট চারার বদলে নতুন চারা দিতে পারে, আর নগদ সহায়তা এমনভাবে দেওয়া যাতে তা পানি আসার আগেই নারীদের মোবাইল ফোনে পৌঁছায়—তিন সপ্তাহ পরে নয়।",
    },
  ],
  quotes: [
    {
      q: {
        en: "The water came in the middle of the night and we had time only to grab the children and the documents",
        bn: "মাঝরাতে পানি ঢুকল, আমরা শুধু বাচ্চাদের আর কাগজপত্র নিয়ে বের হতে পেরেছি",
      },
      role: { en: "a mother of three from {place}", bn: "{placeGen} তিন সন্তানের মা" },
    },
    {
      q: {
        en: "We have enough dry food for now, but the shelters are full and people are still arriving by boat",
        bn: "আপাতত শুকনা খাবার যথেষ্ট আছে, কিন্তু আশ্রয়কেন্দ্রগুলো ভরে গেছে, আর এখনো নৌকায় করে মানুষ আসছে",
      },
      role: { en: "a relief volunteer in {place}", bn: "{placeGen} একজন ত্রাণ স্বেচ্ছাসেবক" },
    },
    {
      q: {
        en: "If the rain upstream does not ease, we expect the rivers to stay above the danger level for several more days",
        bn: "উজানে বৃষ্টি না কমলে আরও কয়েক দিন নদীর পানি বিপৎসীমার ওপরে থাকবে বলে আমরা ধারণা করছি",
      },
      role: {
        en: "a hydrologist who has studied the north-eastern haor basin for two decades",
        bn: "দুই দশক ধরে উত্তর-পূর্বাঞ্চলের হাওর অববাহিকা নিয়ে গবেষণা করা একজন পানিবিশেষজ্ঞ",
      },
    },
    {
      q: {
        en: "Every year we replant, and every year the river takes part of it back. This time it took everything",
        bn: "প্রতিবছর আবার চারা লাগাই, আর প্রতিবছর নদী তার কিছুটা নিয়ে যায়। এবার সবই নিয়ে গেল",
      },
      role: { en: "a rice farmer from {place2}", bn: "{place2Gen} একজন ধানচাষি" },
    },
    {
      q: {
        en: "The embankment near our village was repaired last winter, but the work was rushed and the soil was never properly compacted",
        bn: "আমাদের গ্রামের কাছের বাঁধটা গত শীতে মেরামত হয়েছিল, কিন্তু কাজটা তাড়াহুড়ো করে করা হয়েছে, মাটি ঠিকমতো দুরমুজই করা হয়নি",
      },
      role: { en: "a union council member in {place2}", bn: "{place2Gen} একটি ইউনিয়ন পরিষদের সদস্য" },
    },
  ],
  facts: [
    { en: "{n3} shelters open across the district", bn: "জেলাজুড়ে {n3}টি আশ্রয়কেন্দ্র চালু" },
    { en: "Road links cut to at least {n1} upazilas", bn: "অন্তত {n1}টি উপজেলার সঙ্গে সড়ক যোগাযোগ বিচ্ছিন্ন" },
    { en: "About {n4} hectares of seedbeds under water", bn: "প্রায় {n4} হেক্টর বীজতলা পানির নিচে" },
    { en: "Mobile medical teams deployed in {n2} unions", bn: "{n2}টি ইউনিয়নে ভ্রাম্যমাণ মেডিকেল টিম" },
    { en: "More rain forecast upstream for {n1} days", bn: "উজানে আরও {n1} দিন বৃষ্টির পূর্বাভাস" },
  ],
  subheads: [
    { en: "Shelters under strain", bn: "আশ্রয়কেন্দ্রে চাপ" },
    { en: "Counting the losses", bn: "ক্ষতির হিসাব" },
    { en: "What comes next", bn: "এরপর কী" },
  ],
  captions: [
    {
      en: "Villagers move belongings by boat along a flooded road in {place}.",
      bn: "{placeGen} প্লাবিত সড়ক দিয়ে নৌকায় মালপত্র সরিয়ে নিচ্ছেন গ্রামবাসী।",
    },
    {
      en: "A family waits for relief outside a school shelter in {place}.",
      bn: "{placeGen} একটি স্কুল আশ্রয়কেন্দ্রের বাইরে ত্রাণের অপেক্ষায় একটি পরিবার।",
    },
    {
      en: "Floodwater surrounds homes on a char island in {place}.",
      bn: "{placeGen} একটি চরে ঘরবাড়ি ঘিরে আছে বন্যার পানি।",
    },
  ],
};
