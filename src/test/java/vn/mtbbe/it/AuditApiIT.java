package vn.mtbbe.it;

import jakarta.json.JsonObject;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit log through the API: who may read it, changes with their values before and after, and readings of
 * children's records (one entry per record read, one per page of a list, however long the page).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditApiIT {

    @ArquillianResource
    URL url;

    Api api;

    @BeforeEach
    void client() {
        api = Api.at(url);
    }

    long entries(String query) {
        Api.Reply reply = api.as("ministry").get("api/audit?size=1&readings=true&" + query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonNumber("total").longValue();
    }

    @Test
    void onlyAdministratorsAndMinistryStaffReadTheLog() {
        assertEquals(200, api.as("admin").get("api/audit").status());
        assertEquals(200, api.as("ministry").get("api/audit").status());
        assertEquals(403, api.as("officer.laocai").get("api/audit").status());
        assertEquals(403, api.as("delegation").get("api/audit").status());
        assertEquals(401, api.anonymous().get("api/audit").status());
        assertEquals(400, api.as("admin").get("api/audit?from=yesterday").status());
    }

    @Test
    void aPageOfPupilsReadIsOneEntryHoweverLongAndARecordReadIsOneToo() {
        String lists = "user=officer.gialai&entity=Pupil&key=list";
        long before = entries(lists);
        assertEquals(200, api.as("officer.gialai").get("api/pupils?size=3").status());
        assertEquals(200, api.as("officer.gialai").get("api/pupils?size=200").status());
        assertEquals(before + 2, entries(lists));
        JsonObject last = api.as("admin").get("api/audit?size=1&readings=true&" + lists).items().getJsonObject(0);
        assertEquals("LIST", last.getString("action"));
        assertTrue(last.getJsonArray("changes").stream().anyMatch(c -> ((JsonObject) c).getString("field").equals("rows")
                && ((JsonObject) c).getString("after").equals("200")), last::toString);

        String code = api.as("officer.gialai").get("api/pupils?size=1").items().getJsonObject(0).getString("code");
        long reads = entries("entity=Pupil&key=" + code);
        assertEquals(200, api.as("officer.gialai").get("api/pupils/" + code).status());
        assertEquals(reads + 1, entries("entity=Pupil&key=" + code));
        JsonObject read = api.as("admin").get("api/audit?size=1&readings=true&entity=Pupil&key=" + code).items().getJsonObject(0);
        assertEquals(0, api.as("admin").get("api/audit?size=1&entity=Pupil&key=" + code).json().getInt("total"),
                "readings only when asked for: the log shows changes first");
        assertEquals("READ", read.getString("action"));
        assertEquals("officer.gialai", read.getString("user"));
    }

    @Test
    void aChangeIsLoggedWithItsValuesBeforeAndAfterButNeverAPassword() {
        String name = "audit." + UUID.randomUUID().toString().substring(0, 8);
        Api admin = api.as("admin");
        Api.Reply created = admin.post("api/accounts", "{\"username\":\"" + name + "\",\"displayName\":\"Before\",\"role\":\"MINISTRY\"}");
        assertEquals(201, created.status(), created::toString);
        String etag = admin.get("api/accounts/" + name).header("ETag");
        assertEquals(200, admin.putIfMatch("api/accounts/" + name,
                "{\"displayName\":\"After\",\"role\":\"MINISTRY\"}", etag).status());
        Api.Reply log = admin.get("api/audit?entity=Account&key=" + name);
        List<String> actions = log.items().stream().map(e -> ((JsonObject) e).getString("action")).toList();
        assertEquals(List.of("UPDATE", "CREATE"), actions, "newest first");
        JsonObject change = log.items().getJsonObject(0).getJsonArray("changes").getJsonObject(0);
        assertEquals("displayName", change.getString("field"));
        assertEquals("Before", change.getString("before"));
        assertEquals("After", change.getString("after"));
        String password = created.json().getString("password");
        assertTrue(!log.body().contains(password) && !log.body().contains("pbkdf2"), log::toString);
    }
}
