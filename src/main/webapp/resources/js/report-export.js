/*
 * Report pages. Downloads (links marked data-export): the file is fetched in the background while a status line says it is
 * being prepared (a large report takes a few seconds), then saved under the name the server gives; a failure shows the
 * server's translated message. Without script the links download as ordinary links.
 */
(function () {
    "use strict";

    // Charts draw their labels on a canvas with the served fonts: once those have loaded (a Chinese page loads its
    // slices as it renders), the charts draw again so that no label stays in a fallback font.
    if (document.fonts && document.fonts.ready) {
        document.fonts.ready.then(function () {
            if (window.Chart && window.Chart.instances) {
                Object.keys(window.Chart.instances).forEach(function (id) {
                    window.Chart.instances[id].update();
                });
            }
        });
    }

    function status() {
        return document.getElementById("exportStatus");
    }

    function say(text, busy) {
        var s = status();
        if (s) {
            s.textContent = text;
            s.classList.toggle("export-status-busy", !!busy);
        }
    }

    function fileName(response, href) {
        var header = response.headers.get("Content-Disposition") || "";
        var match = /filename="([^"]+)"/.exec(header);
        return match ? match[1] : href.split("?")[0].split("/").pop();
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest ? event.target.closest("a[data-export]") : null;
        if (!link || !window.fetch || !window.URL || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        event.preventDefault();
        if (link.getAttribute("aria-busy") === "true") {
            return;
        }
        var s = status();
        link.setAttribute("aria-busy", "true");
        say(s ? s.getAttribute("data-working") : "", true);
        fetch(link.href, {credentials: "same-origin"}).then(function (response) {
            if (!response.ok) {
                return response.text().then(function (text) {
                    throw new Error(text || (s ? s.getAttribute("data-failed") : ""));
                });
            }
            return response.blob().then(function (blob) {
                var url = URL.createObjectURL(blob);
                var a = document.createElement("a");
                a.href = url;
                a.download = fileName(response, link.href);
                document.body.appendChild(a);
                a.click();
                a.remove();
                setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
                say("", false);
            });
        }).catch(function (error) {
            say(error.message || (s ? s.getAttribute("data-failed") : ""), false);
        }).then(function () {
            link.removeAttribute("aria-busy");
        });
    });
}());
