package vn.mtbbe.security.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.mtbbe.platform.web.PartialResponses;
import vn.mtbbe.security.PageAuthentication;

import java.io.IOException;

/**
 * Sign-out: a plain POST from the layout (so that it works on every page, error pages included), refused
 * when another site sends it. The session ends with everything in it; the language cookie stays.
 * <p>
 * A Faces Ajax request is never a sign-out. The sign-out form is the first form of every page, and PrimeFaces
 * sends an Ajax request whose component is in no form (e.g. an autocomplete's delayed search that fires after
 * another request re-rendered its field) to the first form's address: that request used to end the session of
 * an officer who typed a school code and went on within the search delay. It is answered with an empty partial
 * response, and the session stays.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (isCrossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (PartialResponses.isAjax(request)) {
            response.setContentType(PartialResponses.CONTENT_TYPE);
            PartialResponses.nothing(response.getWriter());
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + PageAuthentication.SIGN_IN_PAGE + "?signedOut=true");
    }

    /** Browsers say where a request comes from; a sign-out from another site's page is not the user's. */
    static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String own = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
        return !origin.equalsIgnoreCase(own);
    }
}
