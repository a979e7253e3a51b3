package vn.dondoc.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.support.Web;

/**
 * An agency can neither read nor change another agency's work: every API and page endpoint that takes the id of a
 * task, assignment, evidence file, extension request, draft or comment target — found from the handler mappings,
 * so new endpoints are covered — is called by another agency's head and officer with the ids of Sở Tài chính's
 * work; none answers 2xx and nothing changes.
 */
@DondocTest
class AgencyIsolationTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TaskService tasks;
    @Autowired
    AgencyService agencies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String pattern) {
    }

    List<Endpoint> endpointsWithIds() {
        List<Endpoint> out = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : e.getKey().getPatternValues()) {
                boolean ours = pattern.startsWith("/api/v1/assignments/") || pattern.startsWith("/api/v1/tasks/{")
                        || pattern.startsWith("/api/v1/evidence/") || pattern.startsWith("/api/v1/extension-requests/")
                        || pattern.startsWith("/tasks/{") || pattern.startsWith("/evidence/") || pattern.startsWith("/audit/task/");
                if (!ours) {
                    continue;
                }
                var methods = e.getKey().getMethodsCondition().getMethods();
                for (var m : methods.isEmpty() ? List.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
                    out.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern));
                }
            }
        }
        return out;
    }

    @Test
    void anotherAgencyGetsNothingFromAnyEndpoint() throws Exception {
        TaskFixture f = new TaskFixture(mvc, tasks, agencies);
        long task = tasks.issue(null, List.of(new NewTask("1", "Nhiệm vụ riêng của Sở Tài chính về quyết toán.",
                LocalDate.now().plusDays(10), null, null, false, null, List.of(f.agency("Sở Tài chính")), List.of()))).get(0);
        long assignment = f.assignment(task, "Sở Tài chính");
        var upload = mvc.post().uri("/api/v1/assignments/" + assignment + "/evidence")
                .header("Authorization", ApiClient.bearer(mvc, "stc.chuyenvien")).multipart()
                .file(new MockMultipartFile("file", "quyet-toan.pdf", "application/pdf", ReportingFlowTest.PDF)).exchange();
        long evidence = TaskFixture.body(upload).get("id").asLong();
        f.post("stc.chuyenvien", "/api/v1/assignments/" + assignment + "/reports", "{\"text\":\"nháp\",\"version\":0}");
        long draft = f.get("stc.lanhdao", "/api/v1/assignments/" + assignment + "/timeline").get(0).get("id").asLong();
        long extension = TaskFixture.body(f.post("stc.lanhdao", "/api/v1/assignments/" + assignment + "/extension-requests",
                "{\"deadline\":\"" + LocalDate.now().plusDays(30) + "\",\"reason\":\"lý do\",\"version\":0}")).get("id").asLong();
        String before = snapshot(task);

        List<Endpoint> endpoints = endpointsWithIds();
        assertThat(endpoints.size()).isGreaterThan(25);
        List<String> leaks = new ArrayList<>();
        for (String user : List.of("cat.lanhdao", "cat.chuyenvien")) {
            for (Endpoint e : endpoints) {
                String uri = e.pattern().replace("{id}", e.pattern().contains("/evidence/{id}") && !e.pattern().contains("assignments")
                                ? String.valueOf(evidence) : e.pattern().startsWith("/api/v1/extension-requests/")
                                ? String.valueOf(extension) : e.pattern().startsWith("/api/v1/tasks/") || e.pattern().startsWith("/tasks/")
                                || e.pattern().startsWith("/audit/") ? String.valueOf(task) : String.valueOf(assignment))
                        .replace("{aid}", String.valueOf(assignment)).replace("{draft}", String.valueOf(draft))
                        .replace("{rid}", String.valueOf(extension));
                String body = "{\"version\":0,\"text\":\"x\",\"reason\":\"x\",\"deadline\":\"" + LocalDate.now().plusDays(60)
                        + "\",\"agency\":" + f.agency("Công an tỉnh") + "}";
                int status;
                if (uri.startsWith("/api/")) {
                    var req = mvc.method(e.method()).uri(uri).header("Authorization", ApiClient.bearer(mvc, user));
                    status = (e.method() == HttpMethod.GET ? req : req.contentType("application/json").content(body))
                            .exchange().getResponse().getStatus();
                } else {
                    var req = mvc.method(e.method()).uri(uri).session(Web.session(mvc, user))
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
                    status = (e.method() == HttpMethod.GET ? req : req.param("version", "0").param("text", "x")
                            .param("action", "REPORT_PROGRESS").param("approve", "true").param("reason", "x")
                            .param("agency", String.valueOf(f.agency("Công an tỉnh")))).exchange().getResponse().getStatus();
                }
                boolean auditFragment = uri.startsWith("/audit/task/");
                if (status < 300 && !auditFragment || status >= 500) {
                    leaks.add(user + " " + e.method() + " " + uri + " → " + status);
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(snapshot(task)).isEqualTo(before);
        var audit = mvc.get().uri("/audit/task/" + task).session(Web.session(mvc, "cat.lanhdao")).exchange();
        assertThat(audit.getResponse().getContentAsString()).doesNotContain("Sở Tài chính");
    }

    /** Everything about the task that a write would change. */
    String snapshot(long task) {
        return jdbc.sql("""
                select string_agg(concat_ws('|', a.id, a.agency_id, a.status, a.version, a.deadline, a.progress_percent), ';')
                       || (select count(*) from assignment_event e join assignment x on x.id = e.assignment_id where x.task_id = :t)
                       || (select count(*) from task_comment c where c.task_id = :t)
                       || (select count(*) from evidence_file v join assignment x on x.id = v.assignment_id where x.task_id = :t)
                       || (select string_agg(r.status, ',') from extension_request r join assignment x on x.id = r.assignment_id where x.task_id = :t)
                       || (select content || version from task where id = :t)
                  from assignment a where a.task_id = :t""").param("t", task).query(String.class).single();
    }
}
