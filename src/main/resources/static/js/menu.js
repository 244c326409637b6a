// The left menu and a list page's filters are each a <details open data-fold-on-phone>: on a phone (up
// to 720 px) they fold behind their button when a page opens; on a wider screen, where the button is not
// shown, they are always open. Without scripts they simply stay open. This script runs inside the menu,
// before the page's main content is read, so the filters are folded once the document is loaded.
(function () {
  if (!window.matchMedia) return;
  var narrow = window.matchMedia('(max-width: 720px)');
  function fit() {
    var folding = document.querySelectorAll('details[data-fold-on-phone]');
    for (var i = 0; i < folding.length; i++) folding[i].open = !narrow.matches;
  }
  fit();
  document.addEventListener('DOMContentLoaded', fit);
  if (narrow.addEventListener) narrow.addEventListener('change', fit);
})();
