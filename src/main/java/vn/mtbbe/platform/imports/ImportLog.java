package vn.mtbbe.platform.imports;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The files imported, by kind and checksum (SHA-256 of the bytes): a file seen before is not written again. The
 * entry is written in the import's own transaction, so a refused or failed import leaves none.
 */
@ApplicationScoped
public class ImportLog {

    /** An earlier import of the same file. */
    public record Earlier(Instant at, String username, int rows) {
    }

    @PersistenceContext
    EntityManager em;

    /** The largest file any import takes (413 above it). */
    @Inject
    @ConfigProperty(name = "mtbbe.imports.maxBytes", defaultValue = "20971520")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    /** {@link TableImport#admit} with the configured limit. */
    public TableImport.Admission admit(Path file, String kind) {
        return TableImport.admit(file, kind, maxBytes, this);
    }

    public static String checksum(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Earlier> find(String kind, String checksum) {
        List<?> rows = em.createNativeQuery("SELECT imported_at, username, row_count FROM import_file WHERE kind = ? AND checksum = ?")
                .setParameter(1, kind).setParameter(2, checksum).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        LocalDateTime at = r[0] instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) r[0];
        return Optional.of(new Earlier(at.toInstant(ZoneOffset.UTC), (String) r[1], ((Number) r[2]).intValue()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String kind, String checksum, String username, int rows, Instant at) {
        em.createNativeQuery("INSERT INTO import_file (kind, checksum, username, row_count, imported_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, kind).setParameter(2, checksum).setParameter(3, username).setParameter(4, rows)
                .setParameter(5, LocalDateTime.ofInstant(at, ZoneOffset.UTC)).executeUpdate();
    }
}
