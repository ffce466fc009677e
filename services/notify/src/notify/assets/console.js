// The operator console's only script of its own: when a refreshing section is refused (the session ended), go to
// the login page instead of leaving a stale page on screen.
document.addEventListener("htmx:responseError", function (event) {
  if (event.detail.xhr && event.detail.xhr.status === 401) {
    window.location.assign("/console/login?next=" + encodeURIComponent(window.location.pathname));
  }
});
