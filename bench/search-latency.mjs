// Search latency: runs the theme's own search script (theme/assets/search.js) under Node with a
// minimal DOM, on a built site's search/index.json, and times each query from keystroke to results.
// Usage: node bench/search-latency.mjs OUTPUT_DIR [query …]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { performance } from "node:perf_hooks";

const [site, ...given] = process.argv.slice(2);
const queries = given.length ? given : ["syria", "government forces", "ryan dillon", "the", "zzqxjv"];
const index = readFileSync(join(site, "search", "index.json"), "utf8");

function element(id) {
  const listeners = {};
  return {
    id, value: "", textContent: "", children: [], className: "", href: "",
    get firstChild() { return this.children[0] ?? null; },
    appendChild(c) { this.children.push(c); return c; },
    removeChild(c) { this.children.splice(this.children.indexOf(c), 1); return c; },
    addEventListener(type, fn) { (listeners[type] ??= []).push(fn); },
    fire(type) { for (const fn of listeners[type] ?? []) fn({ preventDefault() {} }); },
  };
}
const input = element("search-input");
input.form = element("form");
const nodes = { "search-input": input, "search-status": element("search-status"), "search-results": element("search-results") };
const context = {
  document: {
    currentScript: { getAttribute: () => "/search/index.json" },
    getElementById: (id) => nodes[id] ?? null,
    createElement: (tag) => element(tag),
  },
  window: { location: { href: "http://localhost/search/", search: "" } },
  history: { replaceState() {} },
  URL, URLSearchParams, console,
  fetch: async () => ({ json: async () => JSON.parse(index) }),
};
vm.createContext(context);
vm.runInContext(readFileSync(new URL("../theme/assets/search.js", import.meta.url), "utf8"), context);
await new Promise((r) => setTimeout(r, 50)); // the index loads

const docs = JSON.parse(index).docs.length;
console.log(`index: ${docs} articles, ${(index.length / 1e6).toFixed(1)} MB`);
for (const query of queries) {
  const times = [];
  for (let run = 0; run < 7; run++) {
    input.value = query;
    const start = performance.now();
    input.fire("input");
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${JSON.stringify(query).padEnd(22)} median ${times[3].toFixed(1)} ms, worst ${times[6].toFixed(1)} ms — ${nodes["search-status"].textContent}`);
}
