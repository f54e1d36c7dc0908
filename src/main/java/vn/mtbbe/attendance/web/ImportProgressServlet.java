package vn.mtbbe.attendance.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.mtbbe.platform.imports.ImportProgress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /attendance/import-progress?job=}: how far the caller's running import has come, as JSON
 * ({@code {"phase","done","total"}}), for the import page's progress bar while its upload request works; 404 for an
 * import that is not the caller's or not known. Signed-in officers only (web.xml).
 */
@WebServlet("/attendance/import-progress")
public class ImportProgressServlet extends HttpServlet {

    @Inject
    ImportProgress progress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getRemoteUser();
        var state = user == null ? java.util.Optional.<ImportProgress.State>empty() : progress.state(request.getParameter("job"), user);
        response.setHeader("Cache-Control", "no-store");
        if (state.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder().add("phase", state.get().phase().name())
                .add("done", state.get().done()).add("total", state.get().total()).build().toString());
    }
}
