package vn.mtbbe.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Writer;

/**
 * Faces partial responses written without Faces, for the places that answer an Ajax request before or outside its
 * lifecycle (the sign-in challenge, a reset response, a request that is not what it claims to be).
 */
public final class PartialResponses {

    /** The content type of a partial response. */
    public static final String CONTENT_TYPE = "text/xml;charset=UTF-8";

    private static final String START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>";
    private static final String END = "</partial-response>";

    private PartialResponses() {
    }

    /** Whether {@code request} is a Faces Ajax request (which expects a partial response, never a 302). */
    public static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** Sends the browser to {@code url} (a GET of that address). */
    public static void redirect(Writer out, String url) throws IOException {
        out.write(START + "<redirect url=\"" + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                + "\"/>" + END);
    }

    /** Changes nothing on the page. */
    public static void nothing(Writer out) throws IOException {
        out.write(START + "<changes/>" + END);
    }
}
