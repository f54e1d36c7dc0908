package vn.mtbbe.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.reports.domain.ReportShare;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Share links of the delegation report. Ministry staff issue one (what it shows, its language, for whom, the last day
 * it opens) and revoke it; the link carries a random secret of 256 bits of which only the SHA-256 is stored, so the
 * table does not open reports. A link opens until the end of its last day in the schools' time zone, at most a year.
 */
@ApplicationScoped
public class ShareService {

    /** The reports a link may show. */
    public static final Set<String> REPORTS = Set.of("delegation");

    /** The longest a link may stay open. */
    static final int MAX_DAYS = 366;

    /** A link just issued: the share and its secret (shown once). */
    public record Issued(ReportShare share, String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    @Transactional
    public Issued issue(String report, Map<String, String> filters, String locale, String label, LocalDate lastDay) {
        AppUser caller = currentUser.require(Role.MINISTRY);
        Validation v = Validation.start();
        v.check(report != null && REPORTS.contains(report), "report", "validation.share.report");
        v.check(lastDay != null && !lastDay.isBefore(today.date()) && !lastDay.isAfter(today.date().plusDays(MAX_DAYS)),
                "expires", "validation.share.expires", Map.of("max", MAX_DAYS));
        v.check(locale == null || locale.isBlank() || Messages.isSupported(locale), "locale", "validation.share.locale");
        v.check(label == null || label.length() <= 200, "label", "validation.share.label");
        String query = query(filters);
        v.check(query.length() <= 1000, "filters", "validation.share.filters");
        v.throwIfInvalid();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = lastDay.plusDays(1).atStartOfDay(today.zone()).toInstant();
        ReportShare share = new ReportShare(hash(token), report, query,
                locale == null || locale.isBlank() ? Messages.DEFAULT.toLanguageTag() : locale.strip(),
                label == null ? "" : label.strip(), expires, Instant.now(), caller.getUsername());
        em.persist(share);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("report", report);
        after.put("filters", query);
        after.put("expires", expires.toString());
        after.put("label", share.getLabel());
        audit.record(caller.getUsername(), AuditLog.Action.CREATE, "ReportShare", String.valueOf(share.getId()), null, after);
        return new Issued(share, token);
    }

    @Transactional
    public ReportShare revoke(long id) {
        AppUser caller = currentUser.require(Role.MINISTRY);
        ReportShare share = Optional.ofNullable(em.find(ReportShare.class, id))
                .orElseThrow(() -> AppException.notFound("error.notFound.share", id));
        if (share.getRevokedAt() == null) {
            share.revoke(Instant.now(), caller.getUsername());
            audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "ReportShare", String.valueOf(id),
                    Map.of("revoked", false), Map.of("revoked", true));
        }
        return share;
    }

    public List<ReportShare> list() {
        currentUser.require(Role.MINISTRY);
        return em.createNamedQuery("ReportShare.list", ReportShare.class).setMaxResults(200).getResultList();
    }

    /** The share a link's secret opens now, if any (none: unknown, expired or revoked; all alike). */
    public Optional<ReportShare> open(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em.createNamedQuery("ReportShare.findByHash", ReportShare.class).setParameter("hash", hash(token))
                .getResultStream().findFirst().filter(s -> s.isOpenAt(now));
    }

    /** The filters as the report's query string, in a stable order, without blanks. */
    static String query(Map<String, String> filters) {
        if (filters == null) {
            return "";
        }
        StringBuilder q = new StringBuilder();
        new java.util.TreeMap<>(filters).forEach((k, val) -> {
            if (k != null && val != null && !val.isBlank() && k.matches("[A-Za-z]{1,32}")) {
                q.append(q.isEmpty() ? "" : "&").append(k).append('=')
                        .append(java.net.URLEncoder.encode(val.strip(), StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }

    /** The filters of a stored query string. */
    public static Map<String, String> filters(String query) {
        Map<String, String> map = new LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            return map;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return map;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
