// Filter the findings by verdict and kind, and jump between conflicts.
// The page is complete without this script: it reveals the filter bar, hides
// what the reader unticks, recounts what is left (front page, stories,
// timeline), says when nothing matches, and keeps the choice in the page's
// address (?hide-verdict=agree&hide-kind=date) so a filtered view can be
// bookmarked or sent.  Keys: n / p go to the next / previous conflict shown.
(function () {
  "use strict";
  var bar = document.getElementById("filters");
  if (!bar) {
    return;
  }
  bar.hidden = false;
  var boxes = Array.prototype.slice.call(bar.querySelectorAll("input[data-filter]"));
  var reset = document.getElementById("filter-reset");
  var state = document.getElementById("filter-state");
  var nomatchAll = document.getElementById("nomatch-all");
  var PARAMS = { verdict: "hide-verdict", kind: "hide-kind" };

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }
  // toggleAttribute, not .hidden: the timeline's marks are SVG elements.
  function show(el, visible) {
    if (visible) {
      el.removeAttribute("hidden");
    } else {
      el.setAttribute("hidden", "");
    }
  }

  function readUrl() {
    var query = new URLSearchParams(window.location.search);
    boxes.forEach(function (box) {
      var hidden = (query.get(PARAMS[box.getAttribute("data-filter")]) || "").split(",");
      box.checked = hidden.indexOf(box.value) === -1;
    });
  }

  function writeUrl() {
    var query = new URLSearchParams(window.location.search);
    Object.keys(PARAMS).forEach(function (group) {
      var off = boxes.filter(function (b) {
        return b.getAttribute("data-filter") === group && !b.checked;
      }).map(function (b) { return b.value; });
      if (off.length) {
        query.set(PARAMS[group], off.join(","));
      } else {
        query.delete(PARAMS[group]);
      }
    });
    var search = query.toString();
    var url = window.location.pathname + (search ? "?" + search : "") + window.location.hash;
    try {
      window.history.replaceState(null, "", url);
    } catch (err) {
      // Some browsers refuse to rewrite file: addresses; the filter still works.
    }
  }

  function update() {
    var shown = { verdict: {}, kind: {} };
    boxes.forEach(function (box) {
      shown[box.getAttribute("data-filter")][box.value] = box.checked;
    });
    var visible = {};   // scope -> verdict -> {finding: true}
    var anyShown = {};  // scope -> true when something of it is shown
    var anyItem = {};   // scope -> true when it has something to filter
    function note(table, scope, verdict, finding) {
      table[scope] = table[scope] || {};
      table[scope][verdict] = table[scope][verdict] || {};
      table[scope][verdict][finding] = true;
    }
    each("[data-verdict]", function (el) {
      var on = shown.verdict[el.getAttribute("data-verdict")] !== false &&
        shown.kind[el.getAttribute("data-kind")] !== false;
      show(el, on);
      var finding = el.getAttribute("data-finding");
      if (!finding) {
        return;
      }
      var section = el.closest("[data-story]");
      var scope = el.getAttribute("data-story") || (section && section.getAttribute("data-story"));
      anyItem[scope] = true;
      if (on) {
        anyShown[scope] = true;
        note(visible, scope, el.getAttribute("data-verdict"), finding);
        note(visible, "all", el.getAttribute("data-verdict"), finding);
      }
    });
    var filtered = boxes.some(function (b) { return !b.checked; });
    each("[data-count]", function (el) {
      var per = visible[el.getAttribute("data-scope")] || {};
      var n = Object.keys(per[el.getAttribute("data-count")] || {}).length;
      var total = el.getAttribute("data-total");
      el.textContent = String(n);
      el.title = filtered ? n + " of " + total + " shown" : "";
      el.classList.toggle("filtered", filtered && String(n) !== total);
    });
    // A table whose rows are all filtered out goes too, heading row and all.
    each("[data-filtered-table]", function (wrap) {
      show(wrap, wrap.querySelector("tbody tr:not([hidden])") !== null);
    });
    each("[data-nomatch]", function (el) {
      var scope = el.getAttribute("data-nomatch");
      show(el, Boolean(anyItem[scope]) && !anyShown[scope]);
    });
    var total = 0;
    Object.keys(visible.all || {}).forEach(function (v) {
      total += Object.keys(visible.all[v]).length;
    });
    show(nomatchAll, filtered && total === 0);
    show(reset, filtered);
    state.textContent = filtered ? total + " finding" + (total === 1 ? "" : "s") + " shown" : "";
  }

  function jump(step) {
    var cards = Array.prototype.filter.call(
      document.querySelectorAll("article.card[data-verdict='conflict']"),
      function (card) { return !card.hidden; }
    );
    var here = window.scrollY + 2;
    var target = null;
    cards.forEach(function (card) {
      var top = card.getBoundingClientRect().top + window.scrollY;
      if (step > 0 && top > here + 8 && target === null) {
        target = card;
      } else if (step < 0 && top < here - 8) {
        target = card;
      }
    });
    if (target) {
      window.location.hash = target.id;
    }
  }

  readUrl();
  bar.addEventListener("change", function () {
    update();
    writeUrl();
  });
  reset.addEventListener("click", function () {
    boxes.forEach(function (b) { b.checked = true; });
    update();
    writeUrl();
  });
  document.addEventListener("keydown", function (event) {
    var tag = (event.target && event.target.tagName) || "";
    if (event.ctrlKey || event.metaKey || event.altKey || tag === "INPUT" || tag === "TEXTAREA") {
      return;
    }
    if (event.key === "n") {
      jump(1);
    } else if (event.key === "p") {
      jump(-1);
    }
  });
  update();
})();
