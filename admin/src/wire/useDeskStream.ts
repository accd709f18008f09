// Follows the desk's server-sent event stream: each item that comes or changes, as the list shows
// it. After the stream reconnects, `onReconnect` reloads the list, which holds whatever was missed.
import { useEffect, useRef } from "react";
import { wireApi } from "../api/endpoints.ts";
import type { WireItem } from "../api/types.ts";

export interface DeskUpdate {
  outcome: "new" | "updated";
  item: WireItem;
}

export function useDeskStream(onUpdate: (update: DeskUpdate) => void, onReconnect: () => void): void {
  const handlers = useRef({ onUpdate, onReconnect });
  handlers.current = { onUpdate, onReconnect };
  useEffect(() => {
    const source = new EventSource(wireApi.eventsUrl);
    let dropped = false;
    source.addEventListener("item", (event) => {
      handlers.current.onUpdate(JSON.parse((event as MessageEvent<string>).data) as DeskUpdate);
    });
    source.addEventListener("error", () => {
      dropped = true;
    });
    source.addEventListener("open", () => {
      if (dropped) handlers.current.onReconnect();
      dropped = false;
    });
    return () => source.close();
  }, []);
}
