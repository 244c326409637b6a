// The wall (数据大屏) refreshes its figures every 5 minutes while 「每 5 分钟自动刷新」 is ticked: the page is
// fetched again and its dashboard section replaced in place (its charts redrawn), so the page never reloads
// under someone reading it, and whoever wants it still can untick the box (WCAG 2.2.1). Without scripts
// the box does nothing and the page stays as loaded.
(function () {
  var box = document.getElementById('auto-refresh');
  if (!box || !window.fetch || !window.DOMParser) return;
  box.disabled = false;
  function refresh() {
    return fetch(window.location.href, { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('section.dashboard');
        var old = document.querySelector('section.dashboard');
        if (!fresh || !old) return;
        old.replaceWith(document.adoptNode(fresh));
        if (window.bastionCharts) window.bastionCharts.draw(document);
      })
      .catch(function () { /* the next round tries again */ });
  }
  window.bastionWall = { refresh: refresh };
  setInterval(function () {
    if (box.checked) refresh();
  }, 300000);
})();
