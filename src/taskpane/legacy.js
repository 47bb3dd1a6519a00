/* Internet Explorer (the webview of volume-licensed Excel 2016/2019) cannot run the ES2020 task
   pane: this ES5 file, copied as is, shows the catalogue's notice instead of a blank pane. */
(function () {
  if (!/Trident\/|MSIE /.test(navigator.userAgent)) return;
  var notice = document.getElementById("legacy-browser");
  if (!notice) return;
  notice.removeAttribute("hidden");
  notice.style.display = "block";
})();
