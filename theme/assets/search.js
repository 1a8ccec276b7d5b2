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
  var more = document.getElementById("search-more");
  if (!indexUrl || !input || !status || !list || !more) return;

  var docs = null;
  var PAGE = 50;
  var hits = [];
  var queryTerms = [];
  var shown = 0;
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

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

  // "2017-09-21" as the site's pages write dates: "21 September 2017", in a <time> element.
  function dateElement(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    var time = document.createElement("time");
    time.setAttribute("datetime", iso);
    time.textContent = parts ? Number(parts[3]) + " " + MONTHS[Number(parts[2]) - 1] + " " + parts[1] : iso;
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

  // The next page of results below those shown; the button offers the one after, while there is one.
  function showMore() {
    var first = null;
    hits.slice(shown, shown + PAGE).forEach(function (hit) {
      var li = item(docs[hit[1]]);
      first = first || li;
      list.appendChild(li);
    });
    shown = Math.min(hits.length, shown + PAGE);
    var left = hits.length - shown;
    more.hidden = left <= 0;
    more.textContent = left > PAGE ? "Show " + PAGE + " more" : "Show the last " + left;
    return first;
  }

  function render(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    hits = [];
    shown = 0;
    more.hidden = true;
    queryTerms = words(query);
    if (queryTerms.length === 0) { status.textContent = ""; return; }
    for (var i = 0; i < docs.length; i++) {
      var s = score(docs[i], queryTerms);
      if (s > 0) hits.push([s, i]);
    }
    hits.sort(function (a, b) { return b[0] - a[0] || (docs[b[1]][3] > docs[a[1]][3] ? 1 : -1) || a[1] - b[1]; });
    status.textContent = hits.length === 0 ? "No articles match “" + query + "”."
      : hits.length + (hits.length === 1 ? " article matches" : " articles match") + " “" + query + "”.";
    showMore();
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
    more.addEventListener("click", function () {
      // Keyboard and screen-reader users land on the first new result, not back at the top.
      var first = showMore();
      var link = first && first.querySelector("a");
      if (link) link.focus();
    });
    input.form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
    if (input.value) run();
  }).catch(function () {
    status.textContent = "The search index could not be loaded.";
  });
})();
