/*
 * Place pages (place/<id>/) exist for link previews; a reader goes straight on to the map. This
 * keeps the page's query string on the way (utm_* and other keys a newsletter added), which a
 * meta refresh cannot. The place id comes from this script tag's data-place attribute.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var place = script && script.getAttribute('data-place');
  if (!place) return;
  location.replace('../../' + location.search + '#place=' + encodeURIComponent(place));
})();
