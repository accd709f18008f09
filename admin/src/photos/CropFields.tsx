// The crop and focal point as numbers, and the shape presets: the exact way to set what the
// stage sets by dragging, and the keyboard's other way in.
import { useId } from "react";
import { TextField } from "../components/Field.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import {
  ASPECTS,
  type Aspect,
  clampPoint,
  clampRect,
  type FocalPoint,
  type Rect,
  type Size,
} from "./crop-geometry.ts";

interface CropFieldsProps {
  size: Size;
  crop: Rect;
  focal: FocalPoint;
  aspect: Aspect;
  onAspect: (aspect: Aspect) => void;
  onCrop: (crop: Rect) => void;
  onFocal: (focal: FocalPoint) => void;
}

const SIDES = ["x", "y", "width", "height"] as const;

export function CropFields({ size, crop, focal, aspect, onAspect, onCrop, onFocal }: CropFieldsProps) {
  const { t } = useI18n();
  const name = useId();
  const number = (value: string) => (value === "" ? 0 : Number(value));
  return (
    <>
      <fieldset>
        <legend>{t("crop.shape")}</legend>
        <div className="crop-shapes">
          {(Object.keys(ASPECTS) as Aspect[]).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={name}
                value={option}
                checked={aspect === option}
                onChange={() => onAspect(option)}
              />{" "}
              {option === "free" ? t("crop.free") : option}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("crop.pixels", { ...size })}</legend>
        <div className="crop-fields">
          {SIDES.map((side) => (
            <TextField
              key={side}
              label={t(`crop.${side}`)}
              type="number"
              inputMode="numeric"
              min={0}
              max={side === "x" || side === "width" ? size.width : size.height}
              value={crop[side]}
              // Kept as typed until the field is left, so "500" can be typed through "5" and "50".
              onChange={(e) => onCrop({ ...crop, [side]: number(e.target.value) })}
              onBlur={() => onCrop(clampRect(crop, size))}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("crop.focalPoint")}</legend>
        <div className="crop-fields">
          {(["x", "y"] as const).map((axis) => (
            <TextField
              key={axis}
              label={t(axis === "x" ? "crop.focalX" : "crop.focalY")}
              type="number"
              min={0}
              max={100}
              value={Math.round(focal[axis] * 100)}
              onChange={(e) => onFocal(clampPoint({ ...focal, [axis]: number(e.target.value) / 100 }))}
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}
