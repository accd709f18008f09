import { budget } from "./budget.ts";
import { climateTalks } from "./climate-talks.ts";
import { cricketSeries } from "./cricket-series.ts";
import { cyclonePreparedness } from "./cyclone-preparedness.ts";
import { dengue } from "./dengue.ts";
import { garmentExports } from "./garment-exports.ts";
import { metroRail } from "./metro-rail.ts";
import { monsoonFloods } from "./monsoon-floods.ts";
import { riverErosion } from "./river-erosion.ts";
import { startups } from "./startups.ts";
import type { ClusterBank } from "./types.ts";

/** Every topical cluster of the demo paper, in front-page order. */
export const CLUSTERS: ClusterBank[] = [
  monsoonFloods,
  metroRail,
  budget,
  garmentExports,
  cyclonePreparedness,
  dengue,
  cricketSeries,
  startups,
  riverErosion,
  climateTalks,
];
