package vn.mtbbe.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.mtbbe.client.ApiClient;
import vn.mtbbe.client.ApiException;
import vn.mtbbe.client.api.CohortsApi;
import vn.mtbbe.client.api.RegistryApi;
import vn.mtbbe.client.model.Cohort;
import vn.mtbbe.client.model.CohortFlow;
import vn.mtbbe.client.model.CohortFlowYear;
import vn.mtbbe.client.model.NewClass;
import vn.mtbbe.client.model.NewSchool;
import vn.mtbbe.client.model.Problem;
import vn.mtbbe.client.model.PupilDetail;
import vn.mtbbe.client.model.PupilInput;
import vn.mtbbe.client.model.School;
import vn.mtbbe.client.model.SchoolClass;
import vn.mtbbe.client.model.SchoolPage;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API through the Java client the build generates from the committed OpenAPI document (library "native", Jackson),
 * as a system around the product would use it: typed requests and answers, and errors as problems.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedClientIT {

    @ArquillianResource
    URL url;

    /** The generated client, signed in as {@code username}, asking for English texts. */
    ApiClient as(String username) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(url.toString().replaceAll("/+$", ""));
        String credentials = Base64.getEncoder().encodeToString((username + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials)
                .header("Accept-Language", "en"));
        return client;
    }

    @Test
    void anOfficerListsSchoolsEnrolsAPupilAndReadsTheCohortsFlow() throws ApiException {
        RegistryApi registry = new RegistryApi(as(Fixtures.LAO_CAI.officer()));
        SchoolPage schools = registry.listSchools(Fixtures.LAO_CAI.code(), null, "PILOT", null, 0, 100);
        assertFalse(schools.getItems().isEmpty());
        assertTrue(schools.getTotal() >= schools.getItems().size());
        assertEquals(0, schools.getPage());
        for (School school : schools.getItems()) {
            assertEquals("10", school.getProvinceCode(), school::toString);
            assertEquals("PILOT", school.getDesignation(), school::toString);
        }

        // A school of its own (ministry staff make schools), then the officer's class and pupil.
        School school = new RegistryApi(as("ministry")).createSchool(new NewSchool().code(Fixtures.unique("GC"))
                .name("Trường Tiểu học Thử Máy Khách").provinceCode("10").district(Fixtures.LAO_CAI.district())
                .level("PRIMARY").designation("PILOT").programmeLanguage("hmn"));
        SchoolClass schoolClass = registry.createClass(new NewClass().schoolCode(school.getCode())
                .schoolYear(Api.currentSchoolYear()).stage("GRADE_1").name("1A"));
        assertEquals(school.getCode(), schoolClass.getSchoolCode());
        assertEquals("hmn", schoolClass.getProgrammeLanguage(), "a pilot school's class takes its language");

        LocalDate born = Api.today().minusYears(6);
        PupilDetail pupil = registry.enrolPupil(new PupilInput().nativeName("Sùng Thị Mai").vietnameseName("Sùng Thị Mai")
                .sex("F").dateOfBirth(born.toString()).ethnicity("HMONG").motherTongue("hmn").classId(schoolClass.getId()));
        assertNotNull(pupil.getCode(), "the server assigns the code");
        assertEquals(born, pupil.getDateOfBirth(), "dates are typed");
        assertEquals("10", pupil.getProvinceCode());
        assertEquals(1, pupil.getEnrolments().size());
        assertEquals(schoolClass.getId(), pupil.getEnrolments().get(0).getClassId());
        assertEquals(pupil, registry.getPupil(pupil.getCode()), "read back as enrolled");

        CohortsApi cohorts = new CohortsApi(as(Fixtures.LAO_CAI.officer()));
        List<Cohort> ofTheSchool = cohorts.listCohorts(school.getCode());
        assertEquals(1, ofTheSchool.size(), ofTheSchool::toString);
        Cohort cohort = ofTheSchool.get(0);
        assertEquals(1L, cohort.getPupils());
        assertEquals("GRADE_1", cohort.getEntryStage());
        CohortFlow flow = cohorts.getCohortFlow(cohort.getId());
        CohortFlowYear year = flow.getYears().stream().filter(y -> Api.currentSchoolYear().equals(y.getSchoolYear()))
                .findFirst().orElseThrow(() -> new AssertionError(flow));
        assertEquals(1, year.getEnrolled());
        assertEquals(0.0, year.getDropoutRate());
        assertTrue(flow.getBySex().containsKey("F"), flow::toString);
    }

    @Test
    void anotherProvincesPupilIsA404Problem() throws Exception {
        Fixtures traVinh = Fixtures.in(Api.at(url), Fixtures.TRA_VINH);
        String school = traVinh.school("GK");
        String theirs = traVinh.pupil(traVinh.schoolClass(school, "GRADE_1", "1A"), "Thạch Thị Sa Phia", 6);
        assertEquals(theirs, new RegistryApi(as(Fixtures.TRA_VINH.officer())).getPupil(theirs).getCode());

        ApiClient laoCai = as(Fixtures.LAO_CAI.officer());
        ApiException refused = assertThrows(ApiException.class, () -> new RegistryApi(laoCai).getPupil(theirs));
        assertEquals(404, refused.getCode());
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                refused.getResponseHeaders()::toString);
        Problem problem = laoCai.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(404, problem.getStatus());
        assertEquals("Not found", problem.getTitle());
        assertEquals("Pupil " + theirs + " was not found.", problem.getDetail());
        assertTrue(problem.getErrors() == null || problem.getErrors().isEmpty());
    }
}
