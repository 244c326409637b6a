// The left menu is a <details open>: on a phone (up to 720 px) it folds behind its 菜单 button when a
// page opens; on a wider screen, where the button is not shown, it is always open. Without scripts
// the menu simply stays open.
(function () {
  var menu = document.querySelector('nav.menu details');
  if (!menu || !window.matchMedia) return;
  var narrow = window.matchMedia('(max-width: 720px)');
  function fit() { menu.open = !narrow.matches; }
  fit();
  if (narrow.addEventListener) narrow.addEventListener('change', fit);
})();
