// Zoom and search for the plan report. Everything is drawn already; this only changes how it is shown.
(function () {
  "use strict";
  var errors = [];
  window.addEventListener("error", function (event) {
    errors.push(String(event.message));
    var box = document.getElementById("script-errors");
    if (box) { box.textContent = "Script error: " + errors.join("\n"); }
  });

  var zoom = 1;
  var zoomables = Array.prototype.slice.call(document.querySelectorAll("svg.zoomable"));
  var widths = zoomables.map(function (svg) { return Number(svg.getAttribute("width")); });
  function applyZoom() {
    zoomables.forEach(function (svg, i) { svg.setAttribute("width", String(Math.round(widths[i] * zoom))); });
    var label = document.getElementById("zoom-level");
    if (label) { label.textContent = Math.round(zoom * 100) + " %"; }
  }
  function on(id, handler) {
    var element = document.getElementById(id);
    if (element) { element.addEventListener("click", handler); }
  }
  on("zoom-in", function () { zoom = Math.min(8, zoom * 1.5); applyZoom(); });
  on("zoom-out", function () { zoom = Math.max(0.5, zoom / 1.5); applyZoom(); });
  on("zoom-reset", function () { zoom = 1; applyZoom(); });
  on("expand-all", function () {
    document.querySelectorAll("details.system").forEach(function (d) { d.open = true; });
  });

  var rows = Array.prototype.slice.call(document.querySelectorAll("svg.gantt g.row"));
  var search = document.getElementById("stage-search");
  if (search) {
    search.addEventListener("input", function () {
      var wanted = search.value.trim().toLowerCase();
      rows.forEach(function (row) {
        var hit = !wanted || row.getAttribute("data-stage").toLowerCase().indexOf(wanted) >= 0;
        row.classList.toggle("dim", !hit);
        if (hit && wanted) { row.closest("details").open = true; }
      });
    });
  }
  // Printing shows every system, folded or not.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.system").forEach(function (d) { d.open = true; });
  });

  // For the browser check: how many stages the Gantt draws, once the script has run.
  document.body.setAttribute("data-gantt-rows", String(rows.length));
  document.body.setAttribute("data-ready", errors.length === 0 ? "true" : "false");
})();
