// A live blog's page, kept current: follows the story's event stream (`{story URL}/live`) from the
// change the page was rendered at, and puts new, corrected and removed entries in place. Without
// JavaScript, or without EventSource, readers see the same entries on reload.
(() => {
  const blog = document.querySelector("[data-live-stream]");
  if (!blog || !("EventSource" in window)) return;
  const streamUrl = blog.dataset.liveStream;
  const firstPage = blog.dataset.livePage === "1";
  const stream = blog.querySelector(".live-stream");
  const pinnedBox = blog.querySelector(".live-pinned");
  const keyEvents = blog.querySelector(".live-key-events");
  const keyList = keyEvents.querySelector("ul");
  const label = blog.querySelector("[data-live-label]");
  const announcer = blog.querySelector("[data-live-announcer]");
  const MAX_FAILURES = 10;
  let lastSeq = blog.dataset.liveSeq;
  let failures = 0;
  let source;

  // The server renders entries as the page does; they are its own markup, cleaned when stored.
  function fromHtml(html) {
    const template = document.createElement("template");
    template.innerHTML = html;
    return template.content.firstElementChild;
  }

  const entryOf = (node) => Number(node.dataset.entry);

  // Newest first, as the page orders them: by time posted, then by entry number.
  function placeInOrder(list, node) {
    const before = [...list.children].find(
      (other) =>
        other.dataset.posted < node.dataset.posted ||
        (other.dataset.posted === node.dataset.posted && entryOf(other) < entryOf(node)),
    );
    list.insertBefore(node, before ?? null);
  }

  function showBoxes() {
    pinnedBox.hidden = !pinnedBox.querySelector(".live-entry");
    keyEvents.hidden = keyList.children.length === 0;
  }

  function onEntry(data) {
    const existing = document.getElementById(`entry-${data.id}`);
    const node = fromHtml(data.html);
    const home = data.pinned ? pinnedBox : stream;
    if (existing?.parentNode === home) existing.replaceWith(node);
    else if (data.pinned || existing || firstPage) {
      existing?.remove();
      if (data.pinned) pinnedBox.append(node);
      else placeInOrder(stream, node);
    }
    keyList.querySelector(`[data-entry="${data.id}"]`)?.remove();
    if (data.keyEventHtml) placeInOrder(keyList, fromHtml(data.keyEventHtml));
    showBoxes();
    if (data.announce && !existing) announcer.textContent = data.announce;
  }

  function onRemoved(data) {
    document.getElementById(`entry-${data.id}`)?.remove();
    keyList.querySelector(`[data-entry="${data.id}"]`)?.remove();
    showBoxes();
  }

  function onCoverage(data) {
    label.textContent = data.label;
    label.classList.toggle("live-ended", data.ended);
    if (data.ended) source.close();
  }

  const handlers = {
    entry: onEntry,
    removed: onRemoved,
    coverage: onCoverage,
    reset: () => location.reload(),
  };

  function connect() {
    source = new EventSource(`${streamUrl}?since=${encodeURIComponent(lastSeq)}`);
    source.addEventListener("open", () => {
      failures = 0;
    });
    for (const [name, handle] of Object.entries(handlers)) {
      source.addEventListener(name, (event) => {
        if (event.lastEventId) lastSeq = event.lastEventId;
        handle(JSON.parse(event.data));
      });
    }
    // The browser reconnects by itself after a dropped connection; after an error answer (a
    // deploy's 502, a full server's 503) it gives up, so the page tries again, later each time and
    // at a random moment, so that readers cut off together do not all return at once.
    source.addEventListener("error", () => {
      if (source.readyState !== EventSource.CLOSED || ++failures > MAX_FAILURES) return;
      const delay = Math.min(60_000, 1000 * 2 ** failures) * (0.5 + Math.random());
      setTimeout(connect, delay);
    });
  }

  connect();
})();
