// Typesets the page's TeX formulas with KaTeX (assets/katex/, loaded only by pages that have formulas). Each
// formula's TeX source is on the page as text, so without JavaScript (or where KaTeX fails) the source is shown.
(function () {
  'use strict';
  function typeset() {
    if (typeof window.katex === 'undefined') { return; }
    document.querySelectorAll('.math-tex').forEach(function (el) {
      // throwOnError false: a formula KaTeX cannot parse is shown as its source, in the error colour, never thrown.
      window.katex.render(el.textContent, el, { displayMode: el.classList.contains('display'), throwOnError: false, trust: false });
      el.classList.add('typeset');
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', typeset); } else { typeset(); }
})();
