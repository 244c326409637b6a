// The search picker (templates/fragments/picker.html, docs/platform.md): typing in a combobox asks
// GET /pick/{kind}?q= for its options (an htmx fragment), the arrow keys move through them, Enter or a
// click chooses one: the hidden input gets its id or code, the visible one its name. Typing again
// clears the choice, so a stale id is never sent. Without scripts the plain search page is linked.
(function () {
  function setup(box) {
    var text = box.querySelector('.picker-text');
    var value = box.querySelector('.picker-value');
    var list = box.querySelector('.picker-options');
    var url = box.getAttribute('data-picker');
    var timer = null, asked = '', active = -1;

    function options() { return list.querySelectorAll('[role="option"]:not([aria-disabled="true"])'); }
    function close() {
      list.hidden = true; text.setAttribute('aria-expanded', 'false'); text.removeAttribute('aria-activedescendant'); active = -1;
    }
    function mark(i) {
      var all = options();
      for (var k = 0; k < all.length; k++) all[k].setAttribute('aria-selected', k === i ? 'true' : 'false');
      active = i;
      if (i >= 0 && all[i]) { text.setAttribute('aria-activedescendant', all[i].id); all[i].scrollIntoView({block: 'nearest'}); }
      else text.removeAttribute('aria-activedescendant');
    }
    function choose(option) {
      value.value = option.getAttribute('data-value');
      text.value = option.getAttribute('data-label');
      asked = text.value;
      close();
      value.dispatchEvent(new Event('change', {bubbles: true}));
    }
    function ask() {
      var q = text.value.trim();
      if (q === asked) return;
      asked = q;
      if (!q) { list.innerHTML = ''; close(); return; }
      var sep = url.indexOf('?') < 0 ? '?' : '&';
      fetch(url + sep + 'q=' + encodeURIComponent(q), {headers: {'HX-Request': 'true'}, credentials: 'same-origin'})
        .then(function (r) { return r.ok ? r.text() : ''; })
        .then(function (html) {
          if (q !== text.value.trim()) return;
          list.innerHTML = html;
          var all = list.querySelectorAll('[role="option"]');
          for (var k = 0; k < all.length; k++) all[k].id = list.id + '-' + k;
          list.hidden = false; text.setAttribute('aria-expanded', 'true'); active = -1;
        });
    }
    text.addEventListener('input', function () {
      value.value = '';
      clearTimeout(timer);
      timer = setTimeout(ask, 200);
    });
    text.addEventListener('keydown', function (e) {
      var all = options();
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (list.hidden) { asked = ''; ask(); return; }
        mark(Math.min(active + 1, all.length - 1));
      } else if (e.key === 'ArrowUp') {
        e.preventDefault(); mark(Math.max(active - 1, 0));
      } else if (e.key === 'Enter' && !list.hidden) {
        e.preventDefault();
        if (active >= 0 && all[active]) choose(all[active]);
        else if (all.length === 1) choose(all[0]);
      } else if (e.key === 'Escape') {
        close();
      }
    });
    text.addEventListener('blur', function () { setTimeout(close, 150); });
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    list.addEventListener('click', function (e) {
      var option = e.target.closest('[role="option"]');
      if (option && option.getAttribute('aria-disabled') !== 'true') choose(option);
    });
  }
  function init(root) {
    var boxes = (root || document).querySelectorAll('.picker[data-picker]');
    for (var i = 0; i < boxes.length; i++) {
      if (!boxes[i].hasAttribute('data-picker-ready')) { boxes[i].setAttribute('data-picker-ready', ''); setup(boxes[i]); }
    }
  }
  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSwap', function (e) { init(e.target); });
})();
