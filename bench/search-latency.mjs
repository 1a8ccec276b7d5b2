// Search latency and transfer: runs the theme's own search script (theme/assets/search.js) under Node with a
// minimal DOM on a built site's search index (search/index.json, search/words/*.json, search/docs/*.json), and for
// each query prints the bytes the first search fetched (a reader's first query of that word) and the time from
// keystroke to results shown, median and worst of seven runs (the later runs find their files fetched).
// Usage: node bench/search-latency.mjs OUTPUT_DIR [query …]
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { performance } from "node:perf_hooks";

const [site, ...given] = process.argv.slice(2);
const queries = given.length ? given : ["syria", "government forces", "ryan dillon", "the", "zzqxjv"];

function element(id) {
  const listeners = {};
  return {
    id, value: "", textContent: "", children: [], className: "", href: "", hidden: false,
    get firstChild() { return this.children[0] ?? null; },
    appendChild(c) { this.children.push(c); return c; },
    removeChild(c) { this.children.splice(this.children.indexOf(c), 1); return c; },
    setAttribute() {},
    querySelector() { return null; },
    addEventListener(type, fn) { (listeners[type] ??= []).push(fn); },
    fire(type) { for (const fn of listeners[type] ?? []) fn({ preventDefault() {} }); },
  };
}
const input = element("search-input");
input.form = element("form");
const nodes = {
  "search-input": input, "search-status": element("search-status"), "search-results": element("search-results"), "search-more": element("search-more"),
};
let fetched = 0;
const context = {
  document: {
    currentScript: { getAttribute: () => "/search/index.json" },
    getElementById: (id) => nodes[id] ?? null,
    createElement: (tag) => element(tag),
    createTextNode: (text) => ({ textContent: text }),
  },
  window: { location: { href: "http://localhost/search/", search: "" } },
  history: { replaceState() {} },
  URL, URLSearchParams, console, Map, Promise,
  fetch: async (url) => {
    const text = readFileSync(join(site, url), "utf8");
    fetched += Buffer.byteLength(text);
    return { ok: true, json: async () => JSON.parse(text) };
  },
};
vm.createContext(context);
vm.runInContext(readFileSync(new URL("../theme/assets/search.js", import.meta.url), "utf8"), context);
await new Promise((r) => setTimeout(r, 50)); // the manifest loads

const status = nodes["search-status"];
async function search(query) {
  status.textContent = "";
  input.value = query;
  const start = performance.now();
  input.fire("input");
  while (!/match/.test(status.textContent)) await new Promise((r) => setImmediate(r));
  return performance.now() - start;
}

const size = (folder) => readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
const manifest = JSON.parse(readFileSync(join(site, "search", "index.json"), "utf8"));
console.log(`index: ${manifest.docs} articles; ${manifest.shards.length} word shards (${(size(join(site, "search", "words")) / 1e6).toFixed(1)} MB), ` +
  `${Math.ceil(manifest.docs / manifest.chunk)} entry chunks (${(size(join(site, "search", "docs")) / 1e6).toFixed(1)} MB)`);
for (const query of queries) {
  fetched = 0;
  const times = [await search(query)];
  const bytes = fetched;
  for (let run = 1; run < 7; run++) times.push(await search(query));
  times.sort((a, b) => a - b);
  console.log(`${JSON.stringify(query).padEnd(22)} first search fetched ${(bytes / 1e3).toFixed(0)} KB; median ${times[3].toFixed(1)} ms, worst ${times[6].toFixed(1)} ms — ${status.textContent}`);
}
