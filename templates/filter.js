// Filter findings by verdict and kind. The page is complete without this
// script: it only reveals the filter bar and hides what the reader unticks.
(function () {
  "use strict";
  var bar = document.getElementById("filters");
  if (!bar) {
    return;
  }
  bar.hidden = false;
  function update() {
    var shown = { verdict: {}, kind: {} };
    bar.querySelectorAll("input[data-filter]").forEach(function (box) {
      shown[box.getAttribute("data-filter")][box.value] = box.checked;
    });
    document.querySelectorAll("[data-verdict]").forEach(function (el) {
      var verdict = el.getAttribute("data-verdict");
      var kind = el.getAttribute("data-kind");
      el.hidden = shown.verdict[verdict] === false || shown.kind[kind] === false;
    });
  }
  bar.addEventListener("change", update);
  update();
})();
