package vn.mtbbe.platform.error;

import java.util.List;

/**
 * A failure the user should be told about, carried as bundle keys so that each boundary (REST, pages)
 * translates it into the reader's language. {@code status} is the HTTP status it stands for.
 */
public class AppException extends RuntimeException {

    private final int status;
    private final String titleKey;
    private final String detailKey;
    private final transient Object[] args;
    private final List<FieldError> fieldErrors;

    public AppException(int status, String titleKey, String detailKey, Object... args) {
        this(status, titleKey, detailKey, List.of(), args);
    }

    protected AppException(int status, String titleKey, String detailKey, List<FieldError> fieldErrors, Object... args) {
        super(detailKey);
        this.status = status;
        this.titleKey = titleKey;
        this.detailKey = detailKey;
        this.args = args == null ? new Object[0] : args.clone();
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    public String titleKey() {
        return titleKey;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** 404: the record does not exist, or lies outside what the caller may see (never told apart). */
    public static AppException notFound(String detailKey, Object... args) {
        return new AppException(404, "error.notFound.title", detailKey, args);
    }

    /** 401: a signed-in caller is needed. */
    public static AppException notSignedIn() {
        return new AppException(401, "error.unauthorized.title", "error.unauthorized.detail");
    }

    /** 403: signed in, but the role may not do this. */
    public static AppException forbidden() {
        return new AppException(403, "error.forbidden.title", "error.forbidden.detail");
    }

    /** 403: the account's password was set by someone else; the user must choose their own first. */
    public static AppException passwordChangeRequired() {
        return new AppException(403, "error.passwordChange.title", "error.passwordChange.detail");
    }

    /** 409: the request clashes with existing data (e.g. a code already in use). */
    public static AppException conflict(String detailKey, Object... args) {
        return new AppException(409, "error.conflict.title", detailKey, args);
    }

    /**
     * 409: another writer changed the same records at the same time and was saved first; nothing of this request
     * was written. {@code detailKey} says what to reload.
     */
    public static AppException changedMeanwhile(String detailKey, Object... args) {
        return new AppException(409, "error.stale.title", detailKey, args);
    }

    /** 412: the record changed since the caller read it. */
    public static AppException stale() {
        return new AppException(412, "error.stale.title", "error.stale.detail");
    }

    /** 428: an update of a shared record without If-Match, so it could overwrite a change the caller never saw. */
    public static AppException preconditionRequired() {
        return new AppException(428, "error.precondition.title", "error.precondition.detail");
    }

    /** 413: an upload larger than the configured limit ({@code maxBytes}); nothing was read from it. */
    public static AppException tooLarge(long maxBytes) {
        return new AppException(413, "error.tooLarge.title", "error.tooLarge.detail", maxBytes / (1024 * 1024));
    }

    /** 400: the request itself is malformed (unreadable body, bad parameter). */
    public static AppException badRequest(String detailKey, Object... args) {
        return new AppException(400, "error.badRequest.title", detailKey, args);
    }
}
