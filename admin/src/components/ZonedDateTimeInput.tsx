// The one way the newsroom takes a date and time: typed as the newsroom's wall clock (Asia/Dhaka
// unless the site says otherwise), labelled with that zone, and handed on as an absolute instant.
// The browser's own zone never enters into it: an editor travelling in New York schedules 10:00
// in Dhaka by typing 10:00.
import { useEffect, useState } from "react";
import { fromWallInput, toWallInput } from "../../../src/i18n/zoned-time.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { newsroomTimeZone } from "../lib/editions.ts";
import { TextField } from "./Field.tsx";

interface ZonedDateTimeInputProps {
  label: string;
  /** The instant shown, as ISO text; null for none. */
  value: string | null;
  /** The instant typed, or null while the input holds no whole date and time. */
  onChange: (iso: string | null) => void;
  error?: string;
  required?: boolean;
}

const sameInstant = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b));

export function ZonedDateTimeInput({ label, value, onChange, error, required }: ZonedDateTimeInputProps) {
  const { t, zoneLabel } = useI18n();
  const zone = newsroomTimeZone();
  const [text, setText] = useState(() => toWallInput(value, zone));

  // A value set from outside (the server's answer, another story) replaces what is shown; the
  // value this input itself reported leaves a half-typed text alone.
  useEffect(() => {
    setText((current) =>
      sameInstant(fromWallInput(current, zone), value) ? current : toWallInput(value, zone),
    );
  }, [value, zone]);

  return (
    <TextField
      type="datetime-local"
      label={t("time.inZone", { label, zone: zoneLabel() })}
      help={t("time.zoneHelp", { zone: zoneLabel() })}
      required={required}
      value={text}
      error={error}
      onChange={(e) => {
        setText(e.target.value);
        onChange(fromWallInput(e.target.value, zone));
      }}
    />
  );
}
