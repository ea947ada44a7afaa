// Draws the places of GET /api/v1/places/map with Leaflet (vendored, no
// CDN): a point as a circle, an outline as a line or an area, coloured by
// the place's open tasks (red: overdue, amber: in progress, grey: none).
// Without a tile server (data-tiles empty) the base stays blank. The
// table below the map carries the same places without script.
(function () {
  "use strict";
  var el = document.getElementById("place-map");
  if (!el || typeof L === "undefined") { return; }
  el.hidden = false;
  var map = L.map(el, { attributionControl: false });
  var tiles = el.getAttribute("data-tiles");
  if (tiles) { L.tileLayer(tiles, { maxZoom: 19 }).addTo(map); }
  function colour(p) {
    if (p.overdue > 0) { return "#c0392b"; }
    if (p.in_progress > 0) { return "#d68910"; }
    return "#7f8c8d";
  }
  fetch(el.getAttribute("data-source"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
    .then(function (r) { return r.ok ? r.json() : { features: [] }; })
    .then(function (fc) {
      var layer = L.geoJSON(fc, {
        style: function (f) { return { color: colour(f.properties), weight: 4, fillOpacity: 0.3 }; },
        pointToLayer: function (f, latlng) {
          return L.circleMarker(latlng, { radius: 8, color: colour(f.properties), fillOpacity: 0.8 });
        },
        onEachFeature: function (f, l) {
          var p = f.properties, a = document.createElement("a");
          a.href = p.url;
          a.textContent = p.name;
          var box = document.createElement("div");
          box.appendChild(a);
          var info = document.createElement("p");
          info.textContent = el.getAttribute("data-label-overdue") + ": " + p.overdue + " · " +
            el.getAttribute("data-label-progress") + ": " + p.in_progress;
          box.appendChild(info);
          l.bindPopup(box);
          // On a blank base the names are the only landmarks.
          if (!tiles) { l.bindTooltip(p.name, { permanent: true, direction: "right" }); }
        }
      }).addTo(map);
      // The 197 cases at these places (data-cases, from the page), as
      // small dots coloured by timeliness.
      var cases = [];
      try { cases = JSON.parse(el.getAttribute("data-cases") || "[]"); } catch (e) { cases = []; }
      var caseColour = { overdue: "#c0392b", in_progress: "#d68910", done_late: "#8e44ad", done_on_time: "#1e8449" };
      cases.forEach(function (c) {
        var m = L.circleMarker([c.lat, c.lon], { radius: 5, weight: 2, color: "#fff",
          fillColor: caseColour[c.timeliness] || "#7f8c8d", fillOpacity: 1, className: "case-dot case-" + c.id });
        var a = document.createElement("a");
        a.href = c.url;
        a.textContent = c.label;
        m.bindPopup(a);
        m.addTo(layer);
      });
      var b = layer.getBounds();
      if (b.isValid()) { map.fitBounds(b, { padding: [20, 20], maxZoom: 17 }); } else { map.setView([21.0285, 105.8542], 12); }
    });
})();
