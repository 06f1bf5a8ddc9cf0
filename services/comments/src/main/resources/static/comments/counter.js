// Progressive enhancement: shows how many characters are left while typing. The page works without it.
(function () {
  var area = document.getElementById('comment');
  var out = document.getElementById('comment-count');
  if (!area || !out) { return; }
  var limit = parseInt(area.getAttribute('data-limit'), 10);
  var template = area.getAttribute('data-counter-text') || '{0} / {1}';
  function update() {
    var used = Array.from(area.value.replace(/\r\n/g, '\n')).length;
    out.textContent = template.replace('{0}', String(used)).replace('{1}', String(limit));
  }
  area.addEventListener('input', update);
  update();
}());
