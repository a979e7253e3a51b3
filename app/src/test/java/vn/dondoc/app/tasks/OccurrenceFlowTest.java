package vn.dondoc.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.shared.VnDates;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.support.Web;

/**
 * Recurring tasks: occurrences generated from the assignment's start (with an explicit "today"), fulfilled by the
 * head's reports on time or late, overdue when missed, shown on the task page, in the inbox and in the API, and
 * hidden from other agencies.
 */
@DondocTest
class OccurrenceFlowTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TaskService tasks;

    @Autowired
    AgencyService agencies;

    @Autowired
    OccurrenceService occurrences;

    @Autowired
    JdbcClient jdbc;

    TaskFixture fx;

    final LocalDate today = LocalDate.now(VnDates.ZONE);

    @BeforeEach
    void setUp() {
        fx = new TaskFixture(mvc, tasks, agencies);
    }

    /** A recurring task led by the agency; returns its lead assignment id, started on {@code start} with no occurrences yet. */
    long recurring(String recurrence, String agency, LocalDate deadline, LocalDate start) throws Exception {
        long task = tasks.issue(null, List.of(new NewTask("R.1", "Báo cáo định kỳ tình hình thực hiện chuyển đổi số.",
                deadline, deadline == null ? "định kỳ" : "trước ngày " + deadline, recurrence, false, null,
                List.of(fx.agency(agency)), List.of()))).get(0);
        long a = fx.assignment(task, agency);
        jdbc.sql("update assignment set assigned_at = ? where id = ?")
                .params(Timestamp.from(start.atTime(LocalTime.of(9, 0)).atZone(VnDates.ZONE).toInstant()), a).update();
        jdbc.sql("delete from occurrence where assignment_id = ?").param(a).update();
        return a;
    }

    long taskOf(long assignmentId) {
        return jdbc.sql("select task_id from assignment where id = ?").param(assignmentId).query(Long.class).single();
    }

    List<LocalDate> dues(long a) {
        return occurrences.list(a, today).stream().map(Occurrence::dueOn).toList();
    }

    JsonNode api(String user, long a) throws Exception {
        return fx.get(user, "/api/v1/assignments/" + a + "/occurrences");
    }

    List<String> judgements(long a) throws Exception {
        List<String> out = new ArrayList<>();
        api("stc.lanhdao", a).forEach(o -> out.add(o.get("judgement").asString()));
        return out;
    }

    void report(String user, long a) throws Exception {
        var r = fx.post(user, "/api/v1/assignments/" + a + "/reports",
                "{\"version\":" + fx.version(taskOf(a), a) + ",\"text\":\"Đã báo cáo kỳ này\",\"percent\":20}");
        assertThat(r).hasStatus(200);
    }

    @Test
    void twoWeeklyFromTheStartAndGeneratingAgainAddsNothing() throws Exception {
        long a = recurring("P2W", "Sở Nội vụ", null, LocalDate.parse("2026-01-05"));
        assertThat(occurrences.generateForAssignment(a, LocalDate.parse("2026-02-10"))).isEqualTo(3);
        assertThat(occurrences.list(a, today)).extracting(Occurrence::dueOn).containsExactly(
                LocalDate.parse("2026-01-19"), LocalDate.parse("2026-02-02"), LocalDate.parse("2026-02-16"));
        assertThat(occurrences.list(a, today)).extracting(Occurrence::periodStart).containsExactly(
                LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-19"), LocalDate.parse("2026-02-02"));
        assertThat(occurrences.generateForAssignment(a, LocalDate.parse("2026-02-10"))).isZero();
        assertThat(dues(a)).hasSize(3);
    }

    @Test
    void monthlyFromTheEndOfJanuary() throws Exception {
        long a = recurring("P1M", "Sở Nội vụ", null, LocalDate.parse("2026-01-31"));
        occurrences.generateForAssignment(a, LocalDate.parse("2026-04-15"));
        assertThat(dues(a)).containsExactly(LocalDate.parse("2026-02-28"), LocalDate.parse("2026-03-31"),
                LocalDate.parse("2026-04-30"));
        long leap = recurring("P1M", "Sở Nội vụ", null, LocalDate.parse("2028-01-31"));
        occurrences.generateForAssignment(leap, LocalDate.parse("2028-02-01"));
        assertThat(dues(leap)).containsExactly(LocalDate.parse("2028-02-29"));
    }

    @Test
    void stopsAtTheDeadline() throws Exception {
        long a = recurring("P2W", "Sở Nội vụ", LocalDate.parse("2026-02-05"), LocalDate.parse("2026-01-01"));
        occurrences.generateForAssignment(a, LocalDate.parse("2026-12-31"));
        assertThat(dues(a)).containsExactly(LocalDate.parse("2026-01-15"), LocalDate.parse("2026-01-29"),
                LocalDate.parse("2026-02-05"));
    }

    @Test
    void issuingARecurringTaskGeneratesItsFirstOccurrenceAndTheDailyJobIsIdempotent() throws Exception {
        long task = tasks.issue(null, List.of(new NewTask("R.2", "Báo cáo tháng về cải cách hành chính.", null,
                "hằng tháng", "P1M", true, null, List.of(fx.agency("Sở Nội vụ")), List.of()))).get(0);
        long a = fx.assignment(task, "Sở Nội vụ");
        assertThat(dues(a)).containsExactly(today.plusMonths(1));
        occurrences.generate(today);
        assertThat(occurrences.generate(today)).isZero();
        assertThat(dues(a)).hasSize(1);
    }

    @Test
    void settingOrDroppingARecurrenceOnEditReschedules() throws Exception {
        long task = fx.task("Nhiệm vụ được bổ sung định kỳ báo cáo.", null);
        long a = fx.assignment(task, "Sở Tài chính");
        assertThat(dues(a)).isEmpty();
        String edit = "{\"content\":\"Nhiệm vụ được bổ sung định kỳ báo cáo.\",\"recurrence\":%s,\"version\":%d}";
        var r = mvc.patch().uri("/api/v1/tasks/" + task).header("Authorization", ApiClient.bearer(mvc, "thuongtruc"))
                .contentType("application/json").content(edit.formatted("\"P2W\"", 0)).exchange();
        assertThat(r).hasStatus(200);
        assertThat(dues(a)).containsExactly(today.plusDays(14));
        r = mvc.patch().uri("/api/v1/tasks/" + task).header("Authorization", ApiClient.bearer(mvc, "thuongtruc"))
                .contentType("application/json").content(edit.formatted("null", 1)).exchange();
        assertThat(r).hasStatus(200);
        assertThat(dues(a)).isEmpty();
    }

    @Test
    void nonRecurringTasksGetNoOccurrences() throws Exception {
        long task = fx.task("Nhiệm vụ không định kỳ.", today.plusDays(30));
        long a = fx.assignment(task, "Sở Tài chính");
        assertThat(occurrences.generateForAssignment(a, today)).isZero();
        assertThat(api("stc.lanhdao", a)).isEmpty();
    }

    @Test
    void aReportFulfilsTheEarliestOpenOccurrenceOnTimeAndDraftsDoNot() throws Exception {
        long a = recurring("P2W", "Sở Tài chính", null, today.minusDays(3));
        occurrences.generateForAssignment(a, today);
        assertThat(judgements(a)).containsExactly("UPCOMING");

        report("stc.chuyenvien", a);
        assertThat(judgements(a)).containsExactly("UPCOMING");

        report("stc.lanhdao", a);
        JsonNode o = api("stc.lanhdao", a).get(0);
        assertThat(o.get("judgement").asString()).isEqualTo("ON_TIME");
        assertThat(o.get("reportEventId").isNull()).isFalse();
        assertThat(o.get("dueOn").asString()).isEqualTo(today.plusDays(11).toString());
    }

    @Test
    void aMissedOccurrenceIsOverdueAndAReportAfterItsDueDateIsLate() throws Exception {
        long a = recurring("P2W", "Sở Tài chính", null, today.minusDays(20));
        occurrences.generateForAssignment(a, today);
        assertThat(judgements(a)).containsExactly("OVERDUE", "UPCOMING");

        JsonNode inbox = fx.get("stc.lanhdao", "/api/v1/inbox");
        List<Long> listed = new ArrayList<>();
        inbox.get("sections").forEach(s -> {
            if (s.get("code").asString().equals(Inbox.RECURRING)) {
                s.get("items").forEach(i -> listed.add(i.get("assignmentId").asLong()));
            }
        });
        assertThat(listed).contains(a);

        var page = mvc.get().uri("/tasks/" + taskOf(a)).session(Web.session(mvc, "stc.lanhdao")).exchange();
        assertThat(page).hasStatus(200);
        assertThat(page.getResponse().getContentAsString()).contains("Kỳ báo cáo", "data-judgement=\"OVERDUE\"");

        report("stc.lanhdao", a);
        assertThat(judgements(a)).containsExactly("LATE", "UPCOMING");
        report("stc.lanhdao", a);
        assertThat(judgements(a)).containsExactly("LATE", "ON_TIME");
    }

    @Test
    void anotherAgencyCannotReadTheOccurrences() throws Exception {
        long a = recurring("P1M", "Sở Tài chính", null, today.minusDays(2));
        occurrences.generateForAssignment(a, today);
        var r = mvc.get().uri("/api/v1/assignments/" + a + "/occurrences")
                .header("Authorization", ApiClient.bearer(mvc, "snv.lanhdao")).exchange();
        assertThat(r).hasStatus(404);
        assertThat(fx.get("thuongtruc", "/api/v1/assignments/" + a + "/occurrences")).hasSize(1);
    }
}
