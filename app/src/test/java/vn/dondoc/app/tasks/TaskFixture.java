package vn.dondoc.app.tasks;

import java.time.LocalDate;
import java.util.List;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.ApiClient;

/** Issues test tasks and drives assignments through the API as demo users. */
final class TaskFixture {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final MockMvcTester mvc;
    final TaskService tasks;
    final AgencyService agencies;

    TaskFixture(MockMvcTester mvc, TaskService tasks, AgencyService agencies) {
        this.mvc = mvc;
        this.tasks = tasks;
        this.agencies = agencies;
    }

    long agency(String name) {
        return agencies.all().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** A task led by Sở Tài chính with Công an tỉnh supporting; returns the task id. */
    long task(String content, LocalDate deadline) {
        return tasks.issue(null, List.of(new NewTask("9.9", content, deadline,
                deadline == null ? null : "trước ngày " + deadline, null, false, null, List.of(agency("Sở Tài chính")),
                List.of(agency("Công an tỉnh"))))).get(0);
    }

    JsonNode get(String user, String uri) throws Exception {
        var r = mvc.get().uri(uri).header("Authorization", ApiClient.bearer(mvc, user)).exchange();
        if (r.getResponse().getStatus() != 200) {
            throw new AssertionError(uri + " → " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
        return JSON.readTree(r.getResponse().getContentAsString());
    }

    /** The id of the task's assignment of the agency. */
    long assignment(long taskId, String agencyName) throws Exception {
        for (JsonNode a : get("thuongtruc", "/api/v1/tasks/" + taskId).get("assignments")) {
            if (a.get("agencyName").asString().equals(agencyName)) {
                return a.get("id").asLong();
            }
        }
        throw new AssertionError("no assignment of " + agencyName);
    }

    JsonNode assignmentView(long taskId, long assignmentId) throws Exception {
        for (JsonNode a : get("thuongtruc", "/api/v1/tasks/" + taskId).get("assignments")) {
            if (a.get("id").asLong() == assignmentId) {
                return a;
            }
        }
        throw new AssertionError("no assignment " + assignmentId);
    }

    int version(long taskId, long assignmentId) throws Exception {
        return assignmentView(taskId, assignmentId).get("version").asInt();
    }

    org.springframework.test.web.servlet.assertj.MvcTestResult post(String user, String uri, String json) {
        return mvc.post().uri(uri).header("Authorization", ApiClient.bearer(mvc, user)).contentType("application/json")
                .content(json).exchange();
    }

    static JsonNode body(org.springframework.test.web.servlet.assertj.MvcTestResult r) throws Exception {
        return JSON.readTree(r.getResponse().getContentAsString());
    }
}
