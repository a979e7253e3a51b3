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
// Drag and drop of files onto a form marked data-dropzone="<file input id>": the files go into the input and
// the form is submitted, exactly as if they had been chosen with the button.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-dropzone]').forEach(function (zone) {
    var input = document.getElementById(zone.getAttribute('data-dropzone'));
    if (!input) {
      return;
    }
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) {
        e.preventDefault();
        zone.classList.add('dropzone-active');
      });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function () {
        zone.classList.remove('dropzone-active');
      });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length > 0) {
        input.files = e.dataTransfer.files;
        zone.requestSubmit ? zone.requestSubmit() : zone.submit();
      }
    });
  });
});
