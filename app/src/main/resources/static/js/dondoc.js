// Sends the CSRF token with every htmx request, and marks the current menu entry.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('DOMContentLoaded', function () {
  var path = window.location.pathname;
  document.querySelectorAll('[data-nav]').forEach(function (a) {
    var p = a.getAttribute('data-nav');
    if (p === path || (p !== '/' && path.indexOf(p) === 0)) {
      a.classList.add('active');
      a.setAttribute('aria-current', 'page');
    }
  });
});
