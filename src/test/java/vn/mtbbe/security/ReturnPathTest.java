package vn.mtbbe.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sign-in page returns callers only to paths of this application, never to another site. */
class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/pupils/list.xhtml", "/pupils/list.xhtml?q=nguy%E1%BB%85n&school=101002",
            "/pupils/view.xhtml?code=100000749", "/pupils/list.xhtml?next=http://x"})
    void pathsOfTheApplicationAreKept(String path) {
        assertEquals(Optional.of(path), ReturnPath.safe(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pupils/list.xhtml", "//example.org/", "/\\example.org", "https://example.org/",
            "javascript:alert(1)", "/\\/example.org", "/x\\y", "/a\r\nSet-Cookie: x=1", "/x:y", "/../etc/passwd",
            "/pupils/../..", " /pupils"})
    void anythingElseIsRefused(String candidate) {
        assertEquals(Optional.empty(), ReturnPath.safe(candidate));
    }

    @org.junit.jupiter.api.Test
    void nothingIsRefused() {
        assertEquals(Optional.empty(), ReturnPath.safe(null));
        assertEquals(Optional.empty(), ReturnPath.safe("/" + "a".repeat(1000)));
    }
}
