package vn.mtbbe.platform.api;

import vn.mtbbe.platform.error.AppException;

/**
 * The If-Match header of an update of a shared record: required (428 when missing, or "*", which names no state),
 * compared strongly (a weak or malformed tag: 412).
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The tag the caller read, without its quotes. */
    public static String required(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            throw AppException.preconditionRequired();
        }
        String tag = header.strip();
        if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"") || tag.indexOf(',') >= 0) {
            throw AppException.stale();
        }
        return tag.substring(1, tag.length() - 1);
    }

    /** The version of a record the caller read, from its required If-Match (a tag that is not a version: 412). */
    public static long version(String header) {
        String tag = required(header);
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw AppException.stale();
        }
    }

    /** What If-Match: * names: any state of the record, as long as it exists. */
    public static final String ANY = "*";

    /**
     * The tag the caller read, for an update that may also be sent blind (an idempotent PUT): null without If-Match,
     * {@link #ANY} for "*".
     */
    public static String optional(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return header.strip().equals(ANY) ? ANY : required(header);
    }
}
