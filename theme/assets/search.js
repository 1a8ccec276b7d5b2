// Digest search: loads the index's manifest, then for each query the shards of the words typed and the chunks of
// the results shown (search/words/*.json, search/docs/*.json): a query costs a few files, not the whole index.
// Every query word must match the start of a word in the article; title words rank highest, then words met early
// in the article (names and tags come before its text). Articles are numbered oldest first; equal scores list the newest first.
// Results are built with DOM text nodes only, so no indexed text can inject markup.
(function () {
  "use strict";
  var script = document.currentScript;
  var indexUrl = script && script.getAttribute("data-index");
  // The page's words in the site's language (SiteText.ForScript): messages, month names, the date's pattern.
  var TEXT = {};
  try { TEXT = JSON.parse((script && script.getAttribute("data-text")) || "{}"); } catch (e) { TEXT = {}; }
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  if (!indexUrl || !input || !status || !list || !more) return;

  var base = indexUrl.slice(0, indexUrl.lastIndexOf("/") + 1);
  var manifest = null;
  var shardNames = null;
  var files = {};
  var chunks = {};
  var PAGE = 50;
  var PLACE_STEP = 50;
  var hits = [];
  var queryTerms = [];
  var shown = 0;
  var generation = 0;
  var MONTHS = TEXT.months || ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

  // A text of the page's language with each {name} filled in one pass; English when the page gave none.
  var ENGLISH = {
    date: "{day} {month} {year}",
    search_loading: "Loading the search index\u2026",
    search_failed: "The search index could not be loaded.",
    search_one_more_letter: "Type one more letter to search.",
    search_no_match: "No articles match \u201c{query}\u201d.",
    search_show_next: "Show {count} more",
    search_show_last: "Show the last {count}",
    "search_matches.one": "{count} article matches \u201c{query}\u201d.",
    "search_matches.other": "{count} articles match \u201c{query}\u201d."
  };
  function say(key, values) {
    var text = typeof TEXT[key] === "string" ? TEXT[key] : ENGLISH[key];
    return text.replace(/\{([a-z]+)\}/g, function (all, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }
  // A number with its thousands grouped as the site's language does ("12,345", "12 345").
  function number(n) {
    var separator = typeof TEXT.thousands_separator === "string" ? TEXT.thousands_separator : ",";
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  }
  function count(key, n, values) {
    var form = n === 1 || (TEXT.zero_is_one === true && n === 0) ? ".one" : ".other";
    var all = { count: number(n) };
    for (var name in values) if (Object.prototype.hasOwnProperty.call(values, name)) all[name] = values[name];
    return say(key + form, all);
  }

  function words(text) {
    return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
  }

  // Each file is fetched once; a failed fetch is forgotten, so the next query tries again.
  function load(url) {
    if (!files[url]) {
      files[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ": " + r.status);
        return r.json();
      });
      files[url].catch(function () { delete files[url]; });
    }
    return files[url];
  }

  // The shard name of a word's first two characters, as the index writes it: a-z and 0-9 as they are, any other
  // character as "_" and four hex digits.
  function shardOf(term) {
    var key = "";
    for (var i = 0; i < Math.min(2, term.length); i++) {
      var c = term.charAt(i);
      key += /[a-z0-9]/.test(c) ? c : "_" + ("000" + term.charCodeAt(i).toString(16)).slice(-4);
    }
    return key;
  }

  // The shards that can hold words starting with the term: its own, or for one character every shard it opens.
  function shardsFor(term) {
    var key = shardOf(term);
    if (term.length >= 2) return shardNames[key] ? [key] : [];
    return manifest.shards.filter(function (name) { return name.indexOf(key) === 0; });
  }

  // For each article holding a word the term starts, the best score of such a word: 10 in the title, otherwise
  // more the earlier the word stands.
  function matches(term) {
    return Promise.all(shardsFor(term).map(function (name) { return load(base + "words/" + name + ".json"); })).then(function (shards) {
      var best = new Map();
      shards.forEach(function (shard) {
        Object.keys(shard).forEach(function (word) {
          if (word.indexOf(term) !== 0) return;
          var postings = shard[word];
          for (var i = 0; i < postings.length; i += 2) {
            var place = postings[i + 1];
            var score = place === 0 ? 10 : 1 + 2 / (1 + (place - 1) * PLACE_STEP / 200);
            var known = best.get(postings[i]);
            if (known === undefined || known < score) best.set(postings[i], score);
          }
        });
      });
      return best;
    });
  }

  // The entry of an article whose chunk is loaded: [title, link, source, date, excerpt].
  function entry(id) {
    return chunks[Math.floor(id / manifest.chunk)][id % manifest.chunk];
  }

  function loadChunks(ids) {
    var wanted = {};
    ids.forEach(function (id) { wanted[Math.floor(id / manifest.chunk)] = true; });
    return Promise.all(Object.keys(wanted).map(function (chunk) {
      return load(base + "docs/" + chunk + ".json").then(function (docs) { chunks[chunk] = docs; });
    }));
  }

  // "2017-09-21" as the site's pages write dates ("21 September 2017", in the site's language), in a <time> element.
  function dateElement(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    var time = document.createElement("time");
    time.setAttribute("datetime", iso);
    var day = Number(parts && parts[3]);
    time.textContent = parts ? say("date", { day: day === 1 && typeof TEXT.first_day === "string" ? TEXT.first_day : day, month: MONTHS[Number(parts[2]) - 1], year: parts[1] }) : iso;
    return time;
  }

  // The text with the start of each word that a query word matches in a <mark> (text nodes and elements only).
  function highlighted(element, text, terms) {
    var re = /[\p{L}\p{N}]+/gu;
    var last = 0;
    var match;
    while ((match = re.exec(text)) !== null) {
      var word = match[0].toLowerCase();
      var length = 0;
      for (var i = 0; i < terms.length; i++) {
        if (terms[i].length > length && word.indexOf(terms[i]) === 0) length = terms[i].length;
      }
      if (length === 0) continue;
      element.appendChild(document.createTextNode(text.slice(last, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = text.substr(match.index, length);
      element.appendChild(mark);
      last = match.index + length;
    }
    element.appendChild(document.createTextNode(text.slice(last)));
    return element;
  }

  function item(doc) {
    var li = document.createElement("li");
    var article = document.createElement("article");
    article.className = "summary";
    var heading = document.createElement("h2");
    heading.className = "summary-title";
    var link = document.createElement("a");
    link.href = doc[1];
    highlighted(link, doc[0], queryTerms);
    heading.appendChild(link);
    var meta = document.createElement("p");
    meta.className = "meta";
    meta.appendChild(document.createTextNode(doc[2]));
    if (doc[3]) {
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(dateElement(doc[3]));
    }
    var excerpt = document.createElement("p");
    excerpt.className = "excerpt";
    highlighted(excerpt, doc[4], queryTerms);
    article.appendChild(heading);
    article.appendChild(meta);
    article.appendChild(excerpt);
    li.appendChild(article);
    return li;
  }

  // The next page of results below those shown (their chunks loaded first); the button offers the one after, while
  // there is one. Resolves to the first new item, or null when a newer query took over.
  function showMore() {
    var mine = generation;
    var page = hits.slice(shown, shown + PAGE);
    return loadChunks(page.map(function (hit) { return hit[1]; })).then(function () {
      if (mine !== generation) return null;
      var first = null;
      page.forEach(function (hit) {
        var li = item(entry(hit[1]));
        first = first || li;
        list.appendChild(li);
      });
      shown = Math.min(hits.length, shown + PAGE);
      var left = hits.length - shown;
      more.hidden = left <= 0;
      more.textContent = left > PAGE ? say("search_show_next", { count: number(PAGE) }) : say("search_show_last", { count: number(left) });
      return first;
    });
  }

  function failed() {
    status.textContent = say("search_failed");
  }

  function render(query) {
    var mine = ++generation;
    while (list.firstChild) list.removeChild(list.firstChild);
    hits = [];
    shown = 0;
    more.hidden = true;
    queryTerms = words(query);
    if (queryTerms.length === 0) { status.textContent = ""; return; }
    // A letter or digit alone opens every shard it starts (the first key typed of any search would fetch a whole
    // letter of the index): it waits for the next one. Beside other words it narrows them ("report 7") and is kept.
    if (queryTerms.length === 1 && /^[a-z0-9]$/.test(queryTerms[0])) { status.textContent = say("search_one_more_letter"); return; }
    Promise.all(queryTerms.map(matches)).then(function (found) {
      if (mine !== generation) return null;
      // An article matches when every term does; its score is the sum of the terms'.
      found.sort(function (a, b) { return a.size - b.size; });
      var matched = [];
      found[0].forEach(function (score, id) {
        var total = score;
        for (var k = 1; k < found.length; k++) {
          var other = found[k].get(id);
          if (other === undefined) return;
          total += other;
        }
        matched.push([total, id]);
      });
      matched.sort(function (a, b) { return b[0] - a[0] || b[1] - a[1]; });
      hits = matched;
      status.textContent = hits.length === 0 ? say("search_no_match", { query: query })
        : count("search_matches", hits.length, { query: query });
      return showMore();
    }).catch(function () { if (mine === generation) failed(); });
  }

  function run() {
    var query = input.value.trim();
    if (history.replaceState) {
      var url = new URL(window.location.href);
      if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
      history.replaceState(null, "", url);
    }
    render(query);
  }

  status.textContent = say("search_loading");
  load(indexUrl).then(function (index) {
    manifest = index;
    shardNames = {};
    index.shards.forEach(function (name) { shardNames[name] = true; });
    status.textContent = "";
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) input.value = initial;
    input.addEventListener("input", run);
    more.addEventListener("click", function () {
      // Keyboard and screen-reader users land on the first new result, not back at the top.
      showMore().then(function (first) {
        var link = first && first.querySelector("a");
        if (link) link.focus();
      }).catch(failed);
    });
    input.form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
    if (input.value) run();
  }).catch(failed);
})();
