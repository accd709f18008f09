/**
 * Places used in datelines and body copy. Bangla needs the locative ("in X") and genitive ("X's")
 * forms spelled out, because Bengali inflects place names and suffixes cannot be glued on blindly.
 */
export interface Place {
  en: string;
  bn: string;
  bnLoc: string;
  bnGen: string;
}

export const PLACES: Readonly<Record<string, Place>> = {
  dhaka: { en: "Dhaka", bn: "ঢাকা", bnLoc: "ঢাকায়", bnGen: "ঢাকার" },
  chattogram: { en: "Chattogram", bn: "চট্টগ্রাম", bnLoc: "চট্টগ্রামে", bnGen: "চট্টগ্রামের" },
  sylhet: { en: "Sylhet", bn: "সিলেট", bnLoc: "সিলেটে", bnGen: "সিলেটের" },
  sunamganj: { en: "Sunamganj", bn: "সুনামগঞ্জ", bnLoc: "সুনামগঞ্জে", bnGen: "সুনামগঞ্জের" },
  kurigram: { en: "Kurigram", bn: "কুড়িগ্রাম", bnLoc: "কুড়িগ্রামে", bnGen: "কুড়িগ্রামের" },
  gaibandha: { en: "Gaibandha", bn: "গাইবান্ধা", bnLoc: "গাইবান্ধায়", bnGen: "গাইবান্ধার" },
  sirajganj: { en: "Sirajganj", bn: "সিরাজগঞ্জ", bnLoc: "সিরাজগঞ্জে", bnGen: "সিরাজগঞ্জের" },
  khulna: { en: "Khulna", bn: "খুলনা", bnLoc: "খুলনায়", bnGen: "খুলনার" },
  rajshahi: { en: "Rajshahi", bn: "রাজশাহী", bnLoc: "রাজশাহীতে", bnGen: "রাজশাহীর" },
  rangpur: { en: "Rangpur", bn: "রংপুর", bnLoc: "রংপুরে", bnGen: "রংপুরের" },
  barishal: { en: "Barishal", bn: "বরিশাল", bnLoc: "বরিশালে", bnGen: "বরিশালের" },
  "coxs-bazar": { en: "Cox's Bazar", bn: "কক্সবাজার", bnLoc: "কক্সবাজারে", bnGen: "কক্সবাজারের" },
  bhola: { en: "Bhola", bn: "ভোলা", bnLoc: "ভোলায়", bnGen: "ভোলার" },
  patuakhali: { en: "Patuakhali", bn: "পটুয়াখালী", bnLoc: "পটুয়াখালীতে", bnGen: "পটুয়াখালীর" },
  satkhira: { en: "Satkhira", bn: "সাতক্ষীরা", bnLoc: "সাতক্ষীরায়", bnGen: "সাতক্ষীরার" },
  barguna: { en: "Barguna", bn: "বরগুনা", bnLoc: "বরগুনায়", bnGen: "বরগুনার" },
  gazipur: { en: "Gazipur", bn: "গাজীপুর", bnLoc: "গাজীপুরে", bnGen: "গাজীপুরের" },
  narayanganj: { en: "Narayanganj", bn: "নারায়ণগঞ্জ", bnLoc: "নারায়ণগঞ্জে", bnGen: "নারায়ণগঞ্জের" },
  ashulia: { en: "Ashulia", bn: "আশুলিয়া", bnLoc: "আশুলিয়ায়", bnGen: "আশুলিয়ার" },
  savar: { en: "Savar", bn: "সাভার", bnLoc: "সাভারে", bnGen: "সাভারের" },
  uttara: { en: "Uttara", bn: "উত্তরা", bnLoc: "উত্তরায়", bnGen: "উত্তরার" },
  mirpur: { en: "Mirpur", bn: "মিরপুর", bnLoc: "মিরপুরে", bnGen: "মিরপুরের" },
  motijheel: { en: "Motijheel", bn: "মতিঝিল", bnLoc: "মতিঝিলে", bnGen: "মতিঝিলের" },
  agargaon: { en: "Agargaon", bn: "আগারগাঁও", bnLoc: "আগারগাঁওয়ে", bnGen: "আগারগাঁওয়ের" },
  kamalapur: { en: "Kamalapur", bn: "কমলাপুর", bnLoc: "কমলাপুরে", bnGen: "কমলাপুরের" },
  jatrabari: { en: "Jatrabari", bn: "যাত্রাবাড়ী", bnLoc: "যাত্রাবাড়ীতে", bnGen: "যাত্রাবাড়ীর" },
  shariatpur: { en: "Shariatpur", bn: "শরীয়তপুর", bnLoc: "শরীয়তপুরে", bnGen: "শরীয়তপুরের" },
  chandpur: { en: "Chandpur", bn: "চাঁদপুর", bnLoc: "চাঁদপুরে", bnGen: "চাঁদপুরের" },
  munshiganj: { en: "Munshiganj", bn: "মুন্সীগঞ্জ", bnLoc: "মুন্সীগঞ্জে", bnGen: "মুন্সীগঞ্জের" },
  bangkok: { en: "Bangkok", bn: "ব্যাংকক", bnLoc: "ব্যাংককে", bnGen: "ব্যাংককের" },
  geneva: { en: "Geneva", bn: "জেনেভা", bnLoc: "জেনেভায়", bnGen: "জেনেভার" },
  nairobi: { en: "Nairobi", bn: "নাইরোবি", bnLoc: "নাইরোবিতে", bnGen: "নাইরোবির" },
  kathmandu: { en: "Kathmandu", bn: "কাঠমান্ডু", bnLoc: "কাঠমান্ডুতে", bnGen: "কাঠমান্ডুর" },
};

export function getPlace(key: string): Place {
  const place = PLACES[key];
  if (!place) throw new Error(`Unknown place "${key}"`);
  return place;
}
