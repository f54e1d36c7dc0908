package vn.mtbbe.platform.api;

import org.junit.jupiter.api.Test;
import vn.mtbbe.platform.error.ValidationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    @Test
    void defaultsToFirstPageOfFifty() {
        PageRequest paging = PageRequest.of(null, null);
        assertEquals(0, paging.page());
        assertEquals(50, paging.size());
    }

    @Test
    void sizeIsCappedAt500AndPagesAreNotNegative() {
        assertEquals(500, PageRequest.of(0, 500).size());
        ValidationException e = assertThrows(ValidationException.class, () -> PageRequest.of(-1, 501));
        assertEquals(2, e.fieldErrors().size());
        assertEquals(1000, PageRequest.of(2, 500).offset());
    }
}
