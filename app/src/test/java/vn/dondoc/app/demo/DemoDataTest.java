package vn.dondoc.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dondoc.app.support.DondocTest;

/**
 * The demo data: the notices are imported, all but one issued, and their assignments cover every state and
 * timeliness bucket relative to today, with reports, evidence, extensions, drafts and sent-back work.
 */
@DondocTest
class DemoDataTest {

    @Autowired
    DemoData demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void demoCoversEveryStateAndBucket() {
        long started = System.nanoTime();
        List<Long> notices = vn.dondoc.app.support.DemoSeed.once(demo);
        System.out.printf("Dữ liệu mẫu: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(notices).hasSize(5);
        List<String> statuses = jdbc.sql("select status from notice where id in (:ids) order by id").param("ids", notices)
                .query(String.class).list();
        assertThat(statuses).containsExactly("ISSUED", "ISSUED", "ISSUED", "ISSUED", "REVIEW");
        String scope = " from assignment a join task t on t.id = a.task_id where t.notice_id in (:ids)";
        Set<String> states = Set.copyOf(jdbc.sql("select distinct a.status" + scope).param("ids", notices).query(String.class).list());
        assertThat(states).contains("ASSIGNED", "IN_PROGRESS", "AWAITING_CONFIRMATION", "DONE", "DECLINED", "SUSPENDED", "CANCELLED");
        Set<String> buckets = jdbc.sql("select distinct " + vn.dondoc.app.tasks.TimelinessSql.expression() + scope)
                .param("ids", notices).param("today", java.sql.Date.valueOf(java.time.LocalDate.now()))
                .param("dueSoon", 3).query(String.class).list().stream().collect(Collectors.toSet());
        assertThat(buckets).contains("ON_TIME", "DUE_SOON", "OVERDUE", "STANDING", "DONE_ON_TIME", "DONE_LATE");
        assertThat(count("select count(*) from extension_request r join assignment a on a.id = r.assignment_id join task t on t.id = a.task_id"
                + " where t.notice_id in (:ids) and r.status = 'PENDING'", notices)).isPositive();
        assertThat(count("select count(*) from extension_request r join assignment a on a.id = r.assignment_id join task t on t.id = a.task_id"
                + " where t.notice_id in (:ids) and r.status = 'APPROVED'", notices)).isPositive();
        assertThat(count("select count(*) from assignment_event e join assignment a on a.id = e.assignment_id join task t on t.id = a.task_id"
                + " where t.notice_id in (:ids) and e.draft_status = 'PENDING'", notices)).isPositive();
        assertThat(count("select count(*)" + scope + " and a.sent_back", notices)).isPositive();
        assertThat(count("select count(*) from evidence_file f join assignment a on a.id = f.assignment_id join task t on t.id = a.task_id"
                + " where t.notice_id in (:ids)", notices)).isPositive();
        assertThat(count("select count(*) from assignment_event e join assignment a on a.id = e.assignment_id join task t on t.id = a.task_id"
                + " where t.notice_id in (:ids) and e.created_at > now()", notices)).isZero();
        var sections = vn.dondoc.app.accounts.RunAs.user(vn.dondoc.app.accounts.RunAs.of(accounts.findByUsername("thuongtruc")
                .orElseThrow()), () -> inbox.mine().sections());
        assertThat(sections).filteredOn(s -> s.count() > 0).extracting(vn.dondoc.app.tasks.Inbox.Section::code)
                .contains("awaiting_confirmation", "extensions", "declined", "silent");
    }

    @Autowired
    vn.dondoc.app.tasks.InboxService inbox;
    @Autowired
    vn.dondoc.app.accounts.AccountService accounts;

    long count(String sql, List<Long> ids) {
        return jdbc.sql(sql).param("ids", ids).query(Long.class).single();
    }
}
