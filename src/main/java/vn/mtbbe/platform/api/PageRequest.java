package vn.mtbbe.platform.api;

import vn.mtbbe.platform.error.Validation;

import java.util.Map;

/** Paging parameters as the API takes them: {@code page} from 0, {@code size} 1 to 500 (default 50). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        Validation validation = Validation.start()
                .check(p >= 0, "page", "validation.page.min");
        if (s < 1 || s > MAX_SIZE) {
            validation.add("size", "validation.page.size", Map.of("max", MAX_SIZE));
        }
        validation.throwIfInvalid();
        return new PageRequest(p, s);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
