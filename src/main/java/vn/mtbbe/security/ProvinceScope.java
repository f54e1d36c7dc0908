package vn.mtbbe.security;

import java.util.Collection;
import java.util.Set;

/**
 * Which provinces a caller may see: all of them, or a fixed set. Queries take {@link #all()} and
 * {@link #codes()} as parameters ({@code :all = TRUE OR x.provinceCode IN :codes}); the set is never empty
 * so that the IN list is valid SQL.
 */
public record ProvinceScope(boolean all, Set<String> codes) {

    private static final String NO_PROVINCE = "-";

    public static final ProvinceScope ALL = new ProvinceScope(true, Set.of(NO_PROVINCE));
    public static final ProvinceScope NONE = new ProvinceScope(false, Set.of(NO_PROVINCE));

    public static ProvinceScope of(Collection<String> codes) {
        return codes.isEmpty() ? NONE : new ProvinceScope(false, Set.copyOf(codes));
    }

    public boolean includes(String provinceCode) {
        return all || codes.contains(provinceCode);
    }
}
