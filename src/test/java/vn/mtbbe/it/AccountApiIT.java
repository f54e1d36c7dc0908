package vn.mtbbe.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts through the API: only administrators touch them; a new account's password is answered once and must be
 * changed before anything else; the password rules; unlocking; deactivation, role and password changes taking
 * effect at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountApiIT {

    static final String GOOD_PASSWORD = "mây trắng trên núi Fansipan";

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    static String newName() {
        return "it." + UUID.randomUUID().toString().substring(0, 8);
    }

    static String officerJson(String username, String... provinces) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"Cán bộ " + username + "\",\"role\":\"OFFICER\","
                + "\"provinces\":[" + String.join(",", List.of(provinces).stream().map(p -> "\"" + p + "\"").toList()) + "]}";
    }

    /** Creates an officer of {@code provinces} and answers the password made for it. */
    String createOfficer(String username, String... provinces) {
        Api.Reply created = api.as("admin").post("api/accounts", officerJson(username, provinces));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("password");
    }

    @Test
    void nobodyButTheAdministratorTouchesAccounts() {
        for (String user : List.of("ministry", "officer.laocai", "delegation")) {
            assertEquals(403, api.as(user).get("api/accounts").status(), user);
            assertEquals(403, api.as(user).get("api/accounts/admin").status(), user);
            assertEquals(403, api.as(user).post("api/accounts", officerJson(newName(), "10")).status(), user);
            assertEquals(403, api.as(user).post("api/accounts/officer.gialai/unlock", "").status(), user);
            assertEquals(403, api.as(user).post("api/accounts/officer.gialai/password-reset", "").status(), user);
        }
        assertEquals(401, api.anonymous().get("api/accounts").status());
        Api.Reply list = api.as("admin").get("api/accounts?q=officer&size=100");
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.items().size() >= 3);
        assertFalse(list.body().contains("pbkdf2"), "no password hash is ever shown");
    }

    @Test
    void aNewOfficerMustChooseAPasswordThenSeesOnlyTheirProvince() {
        String name = newName();
        String first = createOfficer(name, "84");
        assertEquals(19, first.length(), first);
        Api officer = api.as(name, first).language("en");
        Api.Reply refused = officer.get("api/schools");
        assertEquals(403, refused.status(), refused::toString);
        assertEquals("Password change required", refused.json().getString("title"));

        Api.Reply common = officer.put("api/account/password",
                "{\"currentPassword\":\"" + first + "\",\"newPassword\":\"Password2024!\"}");
        assertEquals(422, common.status(), common::toString);
        assertEquals("newPassword", common.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply wrong = officer.put("api/account/password",
                "{\"currentPassword\":\"not-it\",\"newPassword\":\"" + GOOD_PASSWORD + "\"}");
        assertEquals(422, wrong.status(), wrong::toString);
        assertEquals("currentPassword", wrong.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply changed = officer.put("api/account/password",
                "{\"currentPassword\":\"" + first + "\",\"newPassword\":\"" + GOOD_PASSWORD + "\"}");
        assertEquals(204, changed.status(), changed::toString);
        assertEquals(401, officer.get("api/schools").status(), "the first password no longer signs in");
        Api signedIn = api.as(name, GOOD_PASSWORD);
        Api.Reply schools = signedIn.get("api/schools?size=500");
        assertEquals(200, schools.status(), schools::toString);
        assertTrue(schools.items().size() > 0);
        assertTrue(schools.items().stream().allMatch(s -> ((JsonObject) s).getString("provinceCode").equals("84")),
                schools::toString);
        assertEquals(404, signedIn.get("api/schools?province=10").status(), "another province is not there");
        assertEquals(403, signedIn.get("api/accounts").status());
    }

    @Test
    void aNewAccountIsCheckedFieldByField() {
        Api admin = api.as("admin").language("en");
        Api.Reply bad = admin.post("api/accounts",
                "{\"username\":\"Bad Name\",\"displayName\":\"\",\"role\":\"OFFICER\",\"provinces\":[]}");
        assertEquals(422, bad.status(), bad::toString);
        List<String> fields = bad.json().getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).getString("field")).sorted().toList();
        assertEquals(List.of("displayName", "provinces", "username"), fields);

        Api.Reply guest = admin.post("api/accounts", "{\"username\":\"" + newName() + "\",\"displayName\":\"Guest\","
                + "\"role\":\"DELEGATION\",\"provinces\":[\"10\"]}");
        assertEquals(422, guest.status(), guest::toString);
        List<String> guestFields = guest.json().getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).getString("field")).sorted().toList();
        assertEquals(List.of("expiresOn", "provinces"), guestFields, "a guest needs a last day and no province");

        Api.Reply taken = admin.post("api/accounts", officerJson("officer.laocai", "10"));
        assertEquals(409, taken.status(), taken::toString);
    }

    @Test
    void updatesNeedTheETagAndEndTheAccountsAccessAtOnce() {
        String name = newName();
        String first = createOfficer(name, "10");
        assertEquals(204, api.as(name, first).put("api/account/password",
                "{\"currentPassword\":\"" + first + "\",\"newPassword\":\"" + GOOD_PASSWORD + "\"}").status());
        Api officer = api.as(name, GOOD_PASSWORD);
        assertEquals(200, officer.get("api/schools?province=10").status());

        Api admin = api.as("admin");
        Api.Reply read = admin.get("api/accounts/" + name);
        String etag = read.header("ETag");
        assertEquals(428, admin.put("api/accounts/" + name, officerJson(name, "10", "64")).status());
        assertEquals(412, admin.putIfMatch("api/accounts/" + name, officerJson(name, "64"), "\"999\"").status());

        Api.Reply moved = admin.putIfMatch("api/accounts/" + name, officerJson(name, "64"), etag);
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(List.of("64"), moved.json().getJsonArray("provinces").getValuesAs(JsonString::getString));
        assertNotEquals(etag, moved.header("ETag"));
        assertEquals(404, officer.get("api/schools?province=10").status(), "the province taken away is gone at once");
        assertEquals(200, officer.get("api/schools?province=64").status());

        String deactivate = "{\"displayName\":\"x\",\"role\":\"OFFICER\",\"provinces\":[\"64\"],\"enabled\":false}";
        assertEquals(200, admin.putIfMatch("api/accounts/" + name, deactivate, moved.header("ETag")).status());
        assertEquals(401, officer.get("api/schools?province=64").status(), "a deactivated account is refused at once");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        Api admin = api.as("admin");
        Api.Reply self = admin.putIfMatch("api/accounts/admin",
                "{\"displayName\":\"Admin\",\"role\":\"MINISTRY\",\"enabled\":false}", admin.get("api/accounts/admin").header("ETag"));
        assertEquals(422, self.status(), self::toString);
        assertEquals(200, admin.get("api/accounts/admin").status());
    }

    @Test
    void guessingFromOneAddressDoesNotLockTheOfficerOutElsewhereForLong() {
        String name = newName();
        String first = createOfficer(name, "64");
        Api guesser = api.from("203.0.113.10");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, guesser.as(name, "wrong-" + i).get("api/provinces").status());
        }
        assertEquals(401, guesser.as(name, first).get("api/provinces").status(), "refused from there, even the right password");
        assertNotEquals(401, api.from("198.51.100.20").as(name, first).get("api/provinces").status(),
                "the officer signs in from their own office");
        assertTrue(api.as("admin").get("api/accounts/" + name).json().getBoolean("locked"), "administrators see the lock");

        // Guesses from many addresses: the name is refused everywhere, for a minute only.
        for (int i = 0; i < 20; i++) {
            assertEquals(401, api.from("203.0.113." + (100 + i)).as(name, "wrong").get("api/provinces").status());
        }
        assertEquals(401, api.from("198.51.100.20").as(name, first).get("api/provinces").status());
        java.time.LocalDateTime until = java.time.LocalDateTime.parse(Database.column(
                "SELECT locked_until FROM sign_in_throttle WHERE subject = ?", "account:" + name).get(0).toString().replace(' ', 'T'));
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
        assertTrue(until.isAfter(now) && until.isBefore(now.plusMinutes(2)), "a minute: " + until + " at " + now);

        // Guesses at many names from one address: that address is refused, whatever the account.
        String other = newName();
        String otherPassword = createOfficer(other, "64");
        for (int i = 0; i < 50; i++) {
            assertEquals(401, api.from("192.0.2.77").as(Fixtures.unique("nobody."), "wrong").get("api/provinces").status());
        }
        assertEquals(401, api.from("192.0.2.77").as(other, otherPassword).get("api/provinces").status());
        assertNotEquals(401, api.from("192.0.2.78").as(other, otherPassword).get("api/provinces").status());
    }

    @Test
    void aLockedAccountSignsInAgainOnceUnlocked() {
        String name = newName();
        String first = createOfficer(name, "64");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.as(name, "wrong-" + i).get("api/provinces").status());
        }
        assertEquals(401, api.as(name, first).get("api/provinces").status(), "locked, even with the right password");
        Api admin = api.as("admin");
        assertTrue(admin.get("api/accounts/" + name).json().getBoolean("locked"));
        assertEquals(204, admin.post("api/accounts/" + name + "/unlock", "").status());
        assertFalse(admin.get("api/accounts/" + name).json().getBoolean("locked"));
        assertEquals(204, api.as(name, first).put("api/account/password",
                "{\"currentPassword\":\"" + first + "\",\"newPassword\":\"" + GOOD_PASSWORD + "\"}").status(),
                "signs in again");
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndMustBeChanged() {
        String name = newName();
        String first = createOfficer(name, "10");
        assertEquals(204, api.as(name, first).put("api/account/password",
                "{\"currentPassword\":\"" + first + "\",\"newPassword\":\"" + GOOD_PASSWORD + "\"}").status());
        Api.Reply reset = api.as("admin").post("api/accounts/" + name + "/password-reset", "");
        assertEquals(200, reset.status(), reset::toString);
        String temporary = reset.json().getString("password");
        assertTrue(reset.json().getJsonObject("account").getBoolean("passwordChangeRequired"));
        assertEquals(401, api.as(name, GOOD_PASSWORD).get("api/provinces").status(), "the old password is gone");
        assertEquals(403, api.as(name, temporary).get("api/provinces").status(), "the new one must be changed first");
    }
}
