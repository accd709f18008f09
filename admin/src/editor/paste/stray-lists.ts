// Google Docs nests a list by putting the inner <ul>/<ol> straight inside the outer one, after the
// item it belongs to (each <li> carries aria-level). HTML allows lists only inside an item, and
// the editor would otherwise lift the inner items to the outer level; this moves each such list
// into the item before it.

/** Moves every list that is a direct child of a list into the preceding item. */
export function nestStrayLists(doc: Document): void {
  for (const list of Array.from(doc.querySelectorAll("ul > ul, ul > ol, ol > ul, ol > ol"))) {
    const item = list.previousElementSibling;
    if (item?.tagName === "LI") item.append(list);
    else {
      // A list that opens at a deeper level has no item to go into: it gets one of its own.
      const holder = doc.createElement("li");
      list.before(holder);
      holder.append(list);
    }
  }
}
