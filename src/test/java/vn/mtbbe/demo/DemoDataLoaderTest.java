package vn.mtbbe.demo;

import org.junit.jupiter.api.Test;
import vn.mtbbe.security.Role;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class DemoDataLoaderTest {

    @Test
    void demoAccountsCoverEveryRoleAndProvince() {
        Map<String, DemoDataLoader.DemoAccount> accounts = DemoDataLoader.ACCOUNTS.stream()
                .collect(Collectors.toMap(DemoDataLoader.DemoAccount::username, a -> a));
        assertEquals(Role.ADMIN, accounts.get("admin").role());
        assertEquals(Role.MINISTRY, accounts.get("ministry").role());
        assertEquals(List.of("10"), accounts.get("officer.laocai").provinces());
        assertEquals(List.of("64"), accounts.get("officer.gialai").provinces());
        assertEquals(List.of("84"), accounts.get("officer.travinh").provinces());
        assertEquals(Role.DELEGATION, accounts.get("delegation").role());
        assertEquals(90, accounts.get("delegation").lifetime().toDays());
        assertNotNull(accounts.get("officer.travinh").displayName());
        assertNull(accounts.get("ministry").lifetime());
    }
}
