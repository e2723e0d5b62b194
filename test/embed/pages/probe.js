// Loaded first by every embed test page (a classic script from the page's own origin, so a strict CSP allows it):
// records what a page would show in the console, for the test in the parent page to read.
(function () {
  var probe = { errors: [], warnings: [], violations: [] };
  window.embedProbe = probe;
  window.addEventListener('error', function (event) {
    probe.errors.push(String(event.message));
  });
  window.addEventListener('unhandledrejection', function (event) {
    probe.errors.push(String(event.reason));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    probe.violations.push(event.violatedDirective + ': ' + (event.blockedURI || event.sample || ''));
  });
  var warn = console.warn;
  var error = console.error;
  console.warn = function () {
    probe.warnings.push(Array.prototype.join.call(arguments, ' '));
    return warn.apply(console, arguments);
  };
  console.error = function () {
    probe.errors.push(Array.prototype.join.call(arguments, ' '));
    return error.apply(console, arguments);
  };
})();
