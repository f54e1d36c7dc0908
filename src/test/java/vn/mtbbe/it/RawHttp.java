package vn.mtbbe.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 requests written byte for byte, for request targets that {@code java.net.http} refuses or normalises
 * (a doubled slash at the start of the path, a backslash): what an attacker's link makes a browser send.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The status line's code, the header lines and the body (as sent, UTF-8) of a response. */
    public record Response(int status, List<String> headers, String body) {

        /** Every value of the header {@code name}, in the order sent. */
        public List<String> headers(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).toList();
        }

        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst();
        }
    }

    public static Response get(URL server, String target, String cookies) {
        return send(server, "GET " + target, cookies, null);
    }

    /** A GET with further header lines ({@code "Name: value"}). */
    public static Response get(URL server, String target, String cookies, String... headers) {
        return send(server, "GET " + target, cookies, null, headers);
    }

    /** A form POST ({@code application/x-www-form-urlencoded}) of {@code body}. */
    public static Response post(URL server, String target, String cookies, String body) {
        return send(server, "POST " + target, cookies, body);
    }

    /** A form POST with further header lines ({@code "Name: value"}). */
    public static Response post(URL server, String target, String cookies, String body, String... headers) {
        return send(server, "POST " + target, cookies, body, headers);
    }

    private static Response send(URL server, String requestLine, String cookies, String body, String... headers) {
        int port = server.getPort() < 0 ? server.getDefaultPort() : server.getPort();
        StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\n")
                .append("Host: ").append(server.getHost()).append(':').append(port).append("\r\n")
                .append("Connection: close\r\n");
        if (cookies != null) {
            request.append("Cookie: ").append(cookies).append("\r\n");
        }
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(server.getHost(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
        headers.removeIf(String::isEmpty);
        return new Response(status, headers, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
}
