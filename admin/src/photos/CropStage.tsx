// The picture with its crop box and focal point: drag the box to move it, its corners to resize it,
// click inside it (or drag the marker) to place the focal point. The box and the marker are buttons,
// so the keyboard reaches both: arrow keys move the box (with Shift, they resize it) or the marker.
import { type KeyboardEvent, type PointerEvent, useId, useRef } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import {
  type Corner,
  clampPoint,
  type FocalPoint,
  moveRect,
  pointInCrop,
  type Rect,
  resizeRect,
  type Size,
} from "./crop-geometry.ts";
import "./crop-tool.css";

interface CropStageProps {
  src: string;
  alt: string;
  size: Size;
  crop: Rect;
  focal: FocalPoint;
  ratio: number | null;
  onCrop: (crop: Rect) => void;
  onFocal: (focal: FocalPoint) => void;
}

type Drag = { kind: "move" | Corner | "focal"; startX: number; startY: number; start: Rect; moved: boolean };

/** Below this many screen pixels of travel a press on the box is a click: it places the focal point. */
const CLICK_SLOP = 4;
const CORNERS: readonly Corner[] = ["nw", "ne", "sw", "se"];
const percent = (part: number, whole: number) => `${(part / whole) * 100}%`;

export function CropStage({ src, alt, size, crop, focal, ratio, onCrop, onFocal }: CropStageProps) {
  const { t } = useI18n();
  const helpId = useId();
  const stage = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);

  /** Original pixels per screen pixel, as the picture is shown now. */
  const scale = () => size.width / (stage.current?.getBoundingClientRect().width || size.width);
  /** The spot of the original under the pointer. */
  const spotAt = (event: PointerEvent) => {
    const box = stage.current?.getBoundingClientRect();
    if (!box) return { x: 0, y: 0 };
    return { x: (event.clientX - box.left) * scale(), y: (event.clientY - box.top) * scale() };
  };

  function begin(event: PointerEvent<HTMLElement>, kind: Drag["kind"]) {
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { kind, startX: event.clientX, startY: event.clientY, start: crop, moved: false };
  }

  function follow(event: PointerEvent) {
    const d = drag.current;
    if (!d) return;
    const dx = event.clientX - d.startX;
    const dy = event.clientY - d.startY;
    if (Math.hypot(dx, dy) >= CLICK_SLOP) d.moved = true;
    const { kind } = d;
    if (kind === "focal") onFocal(pointInCrop(spotAt(event), crop));
    else if (!d.moved) return;
    else if (kind === "move") onCrop(moveRect(d.start, dx * scale(), dy * scale(), size));
    else onCrop(resizeRect(d.start, kind, dx * scale(), dy * scale(), size, ratio));
  }

  function end(event: PointerEvent) {
    const d = drag.current;
    drag.current = null;
    if (d?.kind === "move" && !d.moved) onFocal(pointInCrop(spotAt(event), crop));
  }

  function keyOnBox(event: KeyboardEvent) {
    const delta = arrowDelta(event.key);
    if (!delta) return;
    event.preventDefault();
    const stepX = Math.max(1, Math.round(size.width / 100));
    const stepY = Math.max(1, Math.round(size.height / 100));
    const [dx, dy] = [delta[0] * stepX, delta[1] * stepY];
    onCrop(event.shiftKey ? resizeRect(crop, "se", dx, dy, size, ratio) : moveRect(crop, dx, dy, size));
  }

  function keyOnMarker(event: KeyboardEvent) {
    const delta = arrowDelta(event.key);
    if (!delta) return;
    event.preventDefault();
    const step = event.shiftKey ? 0.1 : 0.01;
    onFocal(clampPoint({ x: focal.x + delta[0] * step, y: focal.y + delta[1] * step }));
  }

  return (
    <>
      <div className="crop-stage" ref={stage} onPointerMove={follow} onPointerUp={end} onPointerCancel={end}>
        <img src={src} alt={alt} draggable={false} />
        <button
          type="button"
          className="crop-box"
          aria-label={t("crop.box", { ...crop })}
          aria-describedby={helpId}
          style={{
            left: percent(crop.x, size.width),
            top: percent(crop.y, size.height),
            width: percent(crop.width, size.width),
            height: percent(crop.height, size.height),
          }}
          onPointerDown={(e) => begin(e, "move")}
          onKeyDown={keyOnBox}
        >
          {CORNERS.map((corner) => (
            <span
              key={corner}
              className={`crop-handle crop-handle-${corner}`}
              onPointerDown={(e) => begin(e, corner)}
            />
          ))}
        </button>
        <button
          type="button"
          className="crop-focal"
          aria-label={t("crop.focal", { x: Math.round(focal.x * 100), y: Math.round(focal.y * 100) })}
          aria-describedby={helpId}
          style={{
            left: percent(crop.x + focal.x * crop.width, size.width),
            top: percent(crop.y + focal.y * crop.height, size.height),
          }}
          onPointerDown={(e) => begin(e, "focal")}
          onKeyDown={keyOnMarker}
        />
      </div>
      <p id={helpId} className="help">
        {t("crop.help")}
      </p>
    </>
  );
}

function arrowDelta(key: string): [number, number] | undefined {
  const deltas: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
  };
  return deltas[key];
}
