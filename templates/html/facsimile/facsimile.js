// The facsimile pane: one OpenSeadragon viewer over the page images' static IIIF tiles. The page break in view
// selects the image; hovering or focusing a segment highlights its zone, and hovering a zone its segment.
// Without JavaScript (or without tiles) the page images stay as plain images at reading size.
(function () {
  "use strict";
  var pane = document.querySelector(".facsimile");
  if (!pane || typeof OpenSeadragon === "undefined") return;
  var pages = Array.prototype.slice.call(pane.querySelectorAll(".facs-page[data-tiles]"));
  if (pages.length === 0) return;
  var article = pane.closest(".document");
  article.classList.add("has-facsimile");

  function tileSource(page) {
    var base = new URL(page.dataset.tiles, document.baseURI).href;
    var w = +page.dataset.width, h = +page.dataset.height;
    if (page.dataset.level0) {
      // The level-0 service's description, built here so file:// needs no fetch.
      var factors = [];
      for (var f = 1; Math.ceil(Math.max(w, h) / f) > 256; f *= 2) factors.push(f);
      return { "@context": "http://iiif.io/api/image/3/context.json", id: base, type: "ImageService3", profile: "level0",
        protocol: "http://iiif.io/api/image", width: w, height: h, tiles: [{ width: 256, scaleFactors: factors.length ? factors : [1] }] };
    }
    return base + "/info.json";
  }

  var holder = document.createElement("div");
  holder.className = "facs-viewer";
  holder.id = "facs-viewer";
  holder.tabIndex = 0;
  holder.setAttribute("role", "img");
  pages.forEach(function (p) { p.hidden = true; });
  pane.insertBefore(holder, pane.querySelector(".facs-page"));

  var toggle = document.createElement("label");
  var box = document.createElement("input");
  box.type = "checkbox"; box.checked = true;
  toggle.appendChild(box);
  toggle.appendChild(document.createTextNode(" " + (pane.dataset.showLabel || pane.querySelector("h2").textContent)));
  pane.insertBefore(toggle, holder);
  box.addEventListener("change", function () { article.classList.toggle("facsimile-hidden", !box.checked); });

  var viewer = OpenSeadragon({ element: holder, tileSources: pages.map(tileSource), sequenceMode: true,
    showNavigationControl: false, showSequenceControl: false, keyboardNavEnabled: true, preserveViewport: false });
  var current = -1;
  var zoneElements = {};

  function show(index) {
    if (index === current || index < 0) return;
    current = index;
    viewer.goToPage(index);
    holder.setAttribute("aria-label", pages[index].querySelector("img").alt);
  }

  viewer.addHandler("open", function () {
    zoneElements = {};
    var page = pages[viewer.currentPage()];
    var w = +page.dataset.width;
    (page.dataset.zones || "").split(";").filter(Boolean).forEach(function (z) {
      var p = z.split(" ");
      var el = document.createElement("div");
      el.className = "facs-zone";
      el.dataset.zone = p[0];
      var segs = (p[5] || "").split(",").filter(Boolean);
      el.addEventListener("mouseenter", function () { mark(segs, true); });
      el.addEventListener("mouseleave", function () { mark(segs, false); });
      viewer.addOverlay(el, new OpenSeadragon.Rect(p[1] / w, p[2] / w, p[3] / w, p[4] / w));
      zoneElements[p[0]] = el;
      segs.forEach(function (s) { var seg = document.getElementById(s); if (seg) seg.dataset.zone = p[0]; });
    });
  });

  function mark(ids, on) {
    ids.forEach(function (id) { var el = document.getElementById(id); if (el) el.classList.toggle("active-zone", on); });
  }

  // Segments point to their zones: hover or focus lights the zone up.
  pages.forEach(function (page, index) {
    (page.dataset.zones || "").split(";").filter(Boolean).forEach(function (z) {
      var p = z.split(" ");
      (p[5] || "").split(",").filter(Boolean).forEach(function (id) {
        var seg = document.getElementById(id);
        if (!seg) return;
        var on = function () { show(index); var el = zoneElements[p[0]]; if (el) el.classList.add("active"); };
        var off = function () { var el = zoneElements[p[0]]; if (el) el.classList.remove("active"); };
        seg.addEventListener("mouseenter", on); seg.addEventListener("mouseleave", off);
        seg.addEventListener("focusin", on); seg.addEventListener("focusout", off);
      });
    });
  });

  // The page break nearest the top of the window selects the image.
  var breaks = Array.prototype.slice.call(document.querySelectorAll(".reader .pb[data-facs]"));
  var bySurface = {};
  pages.forEach(function (p, i) { bySurface[p.dataset.surface] = i; });
  function follow() {
    var chosen = null;
    breaks.forEach(function (b) { if (b.getBoundingClientRect().top < window.innerHeight / 2 && b.offsetParent !== null) chosen = b; });
    show(chosen ? bySurface[chosen.dataset.facs] : 0);
  }
  window.addEventListener("scroll", follow, { passive: true });
  follow();
})();
