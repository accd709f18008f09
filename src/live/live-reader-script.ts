/** The script a live blog's page loads to follow its event stream: plain JavaScript, no build step. */
export const LIVE_READER_SCRIPT = new URL("./assets/live-reader.js", import.meta.url);
