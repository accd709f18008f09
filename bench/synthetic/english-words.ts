/**
 * English word forms for the synthetic archive: a head of common words, roughly in falling order
 * of how often news copy uses them, and a maker of invented word forms for the long tail, so the
 * index sees the tens of thousands of rare forms a real archive holds.
 */
import type { Rng } from "../../src/demo/prng.ts";

const FUNCTION_WORDS = `the of and to a in that is for on said it was with as by at from he his be
  have has are an this but not which they were will its their more or been who had also after
  than would about over two one new up she her last year could there out into when other first
  some all people no three can if them we our while before what many since only most under those
  against during between where both because through any such down four five each several still
  now just then these how very even well back off around next may should another
  much why own made same among until within without though although however later again ago`;

const NEWS_WORDS = `government minister police country city district court party election officials
  million percent week month today yesterday public state national local workers prices people's
  report according told years time members business market price company companies plan law
  students children women families health hospital school schools water river power project
  budget tax taxes trade money bank banks economy growth exports imports factory factories
  garment farmers rice crops flood floods rain storm cyclone coast village villages road roads
  bridge rail train bus traffic fire death deaths killed injured arrested case cases charges
  judge lawyers hearing trial verdict vote votes voters polls campaign candidates seat seats
  opposition ruling leader leaders protest protesters strike union talks meeting agreement deal
  deals policy policies reform reforms committee council board chairman director secretary
  spokesman spokeswoman statement press conference interview team match series captain runs
  wickets players coach season tournament final win won lost defeat victory goal goals cup
  league club stadium fans ministry department agency authority authorities office service
  services system data survey research study experts analysts scientists university
  technology internet phone mobile online digital energy gas fuel electricity oil supply demand
  shortage crisis relief aid support funds funding cost costs spending debt loan loans credit
  investment investors shares stock capital growth inflation wages salary jobs unemployment
  land housing rent building buildings construction port ship ships cargo containers transport
  airport flight flights border security army forces soldiers war peace region regional world
  international foreign global united nations climate weather temperature heat summer winter
  monsoon season dry wet water-logging drainage waste pollution air quality forest wildlife
  hospital patients doctors nurses disease dengue vaccine medicine treatment clinic food market
  shops traders consumers sales festival holiday culture music film book books artist writer
  history family father mother son daughter wife husband man woman young old life home house
  area areas part parts number group groups level levels rate rates figure figures issue issues
  question questions problem problems change changes effort efforts move step steps decision
  decisions order orders rule rules right rights freedom justice corruption commission inquiry
  investigation evidence witness witnesses prison jail bail sentence appeal petition lawsuit`;

const VERB_WORDS = `say says saying make makes making take takes taking give gives giving get gets
  getting go goes going come comes coming see seen know known think thought want wanted use used
  using find found show shows showed shown call called calling ask asked asking work worked
  working need needed try tried keep kept start started starting begin began run ran pay paid
  hold held bring brought meet met expect expected expects include included including continue
  continued set increase increased rise rose rising fall fell falling cut raise raised announce
  announced announcing approve approved reject rejected claim claimed deny denied demand
  demanded warn warned warning urge urged plan planned planning reach reached open opened
  close closed closing remain remained return returned report reported reporting receive
  received build built spend spent face faced lead led leave left allow allowed provide provided
  reduce reduced protect protected suffer suffered collect collected release released join joined`;

const DESCRIPTIVE_WORDS = `high low large small big major key main senior former general special
  political economic financial social military legal private central northern southern eastern
  western early late long short higher lower recent current possible likely important serious
  heavy strong weak full free total official hard clear real poor rich better worse best worst
  few little less least half whole top daily weekly annual rural urban coastal severe sharp
  quickly already never often nearly almost about only just together instead across along behind`;

/** Common words, most frequent first within each band. */
export const ENGLISH_HEAD: readonly string[] = [
  ...new Set(
    [FUNCTION_WORDS, NEWS_WORDS, VERB_WORDS, DESCRIPTIVE_WORDS].flatMap((block) => block.split(/\s+/)),
  ),
].filter(Boolean);

const ONSETS = `b bl br c ch cl cr d dr f fl fr g gl gr h j k l m n p pl pr qu r s sc sh sl sm sn sp
  spr st str sw t th tr v w wh y z`.split(/\s+/);
const NUCLEI = "a e i o u a e i o u ai ea ee oo ou ie oa".split(" ");
const CODAS = [
  "",
  "",
  "n",
  "r",
  "l",
  "st",
  "nd",
  "nt",
  "ck",
  "m",
  "rt",
  "ll",
  "ss",
  "sk",
  "mp",
  "ng",
  "th",
  "x",
];
/** Weighted by repetition: most lemmas take no derivational ending. */
const DERIVATIONS = ["", "", "", "", "", "", "tion", "ment", "ness", "ity", "al", "ous", "er", "ist", "ive"];

function syllable(rng: Rng, last: boolean): string {
  const coda = rng.pick(CODAS);
  return rng.pick(ONSETS) + rng.pick(NUCLEI) + (last || coda.length <= 1 ? coda : "");
}

/** An invented English-looking lemma such as "strandment" or "ploust". */
export function englishLemma(rng: Rng): string {
  const count = rng.chance(0.45) ? 1 : rng.chance(0.85) ? 2 : 3;
  let word = "";
  for (let i = 0; i < count; i++) word += syllable(rng, i === count - 1);
  return word + rng.pick(DERIVATIONS);
}

/** The regular inflections a lemma takes in running text: plural/third person, past, participle. */
export function englishInflections(lemma: string): string[] {
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const plural = /(s|x|sh|ch)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, plural, `${stem}ed`, `${stem}ing`];
}
