/*
 * Optional helper for the Durand Line framing map's embed code: resizes each embedded map to the
 * height it asks for. It only accepts a message whose sender is one of this page's iframes, from
 * that iframe's own origin, and only changes that iframe's height. Without it the iframe keeps the
 * fixed height written in the embed code. One copy serves every embed on the page (pasting the
 * code twice loads it twice; the second copy does nothing).
 * Message: { type: "durand-map:height", height: <pixels> }
 */
(function () {
  'use strict';
  if (window.__durandMapResize) return;
  window.__durandMapResize = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (
      !data ||
      data.type !== 'durand-map:height' ||
      typeof data.height !== 'number' ||
      !isFinite(data.height)
    )
      return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        return;
      }
      if (origin !== event.origin) return;
      frame.setAttribute('height', String(Math.max(200, Math.min(2000, Math.round(data.height)))));
      // The embed code says style="border:0"; a host whose CSP drops style attributes keeps it too.
      frame.style.border = '0';
      return;
    }
  });
})();
