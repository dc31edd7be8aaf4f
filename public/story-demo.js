/*
 * The demo article's side of the map's story API (see README, "Story API"): when a step of the
 * text comes into view, it tells the embedded map what to show; it logs what the reader does in
 * the map. Commands go only to the map's origin; events are read only from the map's window.
 */
(function () {
  'use strict';
  var frame = document.getElementById('story-map');
  var src = new URL(frame.getAttribute('data-src'), location.href);
  src.searchParams.set('story', location.origin);
  frame.src = src.href;
  var mapOrigin = src.origin;
  var ready = false;
  var pending = null;
  var log = document.getElementById('story-log');

  function send(command) {
    if (!ready) {
      pending = command;
      return;
    }
    frame.contentWindow.postMessage(Object.assign({ type: 'durand-map:command' }, command), mapOrigin);
  }

  function show(step) {
    document.querySelectorAll('.step.is-active').forEach(function (s) {
      s.classList.remove('is-active');
    });
    step.classList.add('is-active');
    var place = step.getAttribute('data-place');
    var view = step.getAttribute('data-view');
    if (step.hasAttribute('data-close')) send({ command: 'close' });
    if (place) send({ command: 'open', place: place });
    else if (view) {
      var v = view.split('/').map(Number);
      send({ command: 'fly', view: { zoom: v[0], lat: v[1], lng: v[2] } });
    }
  }

  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow || e.origin !== mapOrigin) return;
    var data = e.data;
    if (!data || data.type !== 'durand-map:event') return;
    if (data.event === 'ready') {
      ready = true;
      if (pending) send(pending);
      pending = null;
    }
    if (data.event === 'place:open') log.textContent = 'In the map: ' + data.name + ' is open.';
    if (data.event === 'place:close') log.textContent = 'In the map: no place open.';
  });

  var observer = new IntersectionObserver(
    function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) show(entry.target);
      });
    },
    { rootMargin: '-45% 0px -45% 0px' },
  );
  document.querySelectorAll('.step').forEach(function (s) {
    observer.observe(s);
  });
})();
