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
  pages.forEach(function (p) { p.hidden = true; });
  pane.insertBefore(holder, pane.querySelector(".facs-page"));

  var toggle = document.createElement("label");
  var box = document.createElement("input");
  box.type = "checkbox"; box.checked = true;
  toggle.appendChild(box);
  toggle.className = "facs-toggle";
  toggle.appendChild(document.createTextNode(" " + (pane.dataset.showLabel || pane.querySelector("h2").textContent)));
  pane.insertBefore(toggle, holder);
  box.addEventListener("change", function () { article.classList.toggle("facsimile-hidden", !box.checked); });

  var viewer = OpenSeadragon({ element: holder, tileSources: pages.map(tileSource), sequenceMode: true,
    showNavigationControl: false, showSequenceControl: false, keyboardNavEnabled: true, preserveViewport: false });
  // The viewer's own canvas is its tab stop (its keys zoom and pan): it carries the page's name. The page shown and
  // the tiles drawn are kept as attributes, for styles and tests.
  viewer.canvas.setAttribute("role", "img");
  var current = -1;
  var zoneElements = {};
  var lit = null;
  var tilesLoaded = 0;
  viewer.addHandler("tile-loaded", function () { holder.dataset.tilesLoaded = ++tilesLoaded; });

  function show(index) {
    if (index === current || index < 0 || index === undefined) return;
    viewer.goToPage(index);
  }

  // Whatever turned the page (the text's scroll, a hovered segment, the viewer's own j/k keys), the pane says which.
  viewer.addHandler("page", function (e) {
    current = e.page;
    holder.dataset.page = pages[current].dataset.surface;
    viewer.canvas.setAttribute("aria-label", pages[current].querySelector("img").alt);
  });

  function light(zone, on) {
    lit = on ? zone : null;
    var el = zoneElements[zone];
    if (el) el.classList.toggle("active", on);
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
    });
    // A segment hovered while its page was opening: its zone lights up once drawn.
    if (lit) light(lit, true);
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
        seg.dataset.zone = p[0];
        var on = function () { show(index); light(p[0], true); };
        var off = function () { light(p[0], false); };
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
