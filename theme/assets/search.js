// Digest search: loads the site's compact index once and ranks articles for the words typed.
// Every query word must match the start of a word in the article; title and name matches rank higher.
// Results are built with DOM text nodes only, so no indexed text can inject markup.
(function () {
  "use strict";
  var script = document.currentScript;
  var indexUrl = script && script.getAttribute("data-index");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!indexUrl || !input || !status || !list) return;

  var docs = null;
  var MAX_RESULTS = 50;

  function words(text) {
    return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
  }

  function score(doc, terms) {
    var title = " " + words(doc[0]).join(" ");
    var keys = " " + doc[5];
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var needle = " " + terms[i];
      var inTitle = title.indexOf(needle) >= 0;
      var at = inTitle ? 0 : keys.indexOf(needle);
      if (!inTitle && at < 0) return 0;
      total += inTitle ? 10 : 1 + 2 / (1 + at / 200);
    }
    return total;
  }

  function render(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var terms = words(query);
    if (terms.length === 0) { status.textContent = ""; return; }
    var hits = [];
    for (var i = 0; i < docs.length; i++) {
      var s = score(docs[i], terms);
      if (s > 0) hits.push([s, i]);
    }
    hits.sort(function (a, b) { return b[0] - a[0] || (docs[b[1]][3] > docs[a[1]][3] ? 1 : -1) || a[1] - b[1]; });
    status.textContent = hits.length === 0 ? "No articles match “" + query + "”."
      : hits.length + (hits.length === 1 ? " article matches" : " articles match") + " “" + query + "”" + (hits.length > MAX_RESULTS ? "; the first " + MAX_RESULTS + " are shown." : ".");
    hits.slice(0, MAX_RESULTS).forEach(function (hit) {
      var doc = docs[hit[1]];
      var item = document.createElement("li");
      var article = document.createElement("article");
      article.className = "summary";
      var heading = document.createElement("h2");
      heading.className = "summary-title";
      var link = document.createElement("a");
      link.href = doc[1];
      link.textContent = doc[0];
      heading.appendChild(link);
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = doc[2] + (doc[3] ? " · " + doc[3] : "");
      var excerpt = document.createElement("p");
      excerpt.className = "excerpt";
      excerpt.textContent = doc[4];
      article.appendChild(heading);
      article.appendChild(meta);
      article.appendChild(excerpt);
      item.appendChild(article);
      list.appendChild(item);
    });
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

  status.textContent = "Loading the search index…";
  fetch(indexUrl).then(function (r) { return r.json(); }).then(function (index) {
    docs = index.docs;
    status.textContent = "";
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) input.value = initial;
    input.addEventListener("input", run);
    input.form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
    if (input.value) run();
  }).catch(function () {
    status.textContent = "The search index could not be loaded.";
  });
})();
