package vn.dondoc.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.app.accounts.AccountService;
import vn.dondoc.app.accounts.RunAs;
import vn.dondoc.app.agencies.AgencyService;
import vn.dondoc.app.support.DemoUsers;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.tasks.NewTask;
import vn.dondoc.app.tasks.TaskService;

/**
 * An assignment's life in the browser: the officer drafts a progress report with an evidence file, the head
 * approves it and reports completion, the secretariat confirms; the task then shows "Hoàn thành đúng hạn"; an
 * overdue one shows "Quá hạn" and the head asks for an extension the leader approves.
 */
@DondocTest
class AssignmentBrowserTest extends BrowserHarness {

    @Autowired
    TaskService tasks;
    @Autowired
    AgencyService agencies;
    @Autowired
    AccountService accounts;

    long issue(String content, LocalDate deadline) {
        long stc = agencies.all().stream().filter(a -> a.name().equals("Sở Tài chính")).findFirst().orElseThrow().id();
        return RunAs.user(RunAs.of(accounts.findByUsername("thuongtruc").orElseThrow()), () -> tasks.issue(null,
                List.of(new NewTask("III.2", content, deadline, "trước ngày " + deadline, null, false,
                        "Báo cáo UBND tỉnh", List.of(stc), List.of())))).get(0);
    }

    void signOut() {
        page.click("form[action='/logout'] button");
        page.waitForLoadState();
    }

    @Test
    void officerDraftsHeadCompletesSecretariatConfirms() {
        long task = issue("Xây dựng bảng theo dõi giải ngân kinh phí khoa học và công nghệ theo từng nhiệm vụ.",
                LocalDate.now().plusDays(20));

        login("stc.chuyenvien", DemoUsers.PASSWORD);
        page.navigate(url("/inbox"));
        assertThat(page.textContent("#inbox")).contains("Nhiệm vụ mới giao", "Xây dựng bảng theo dõi giải ngân");
        screenshot("assignment-0-officer-inbox");
        page.locator("#inbox-new a").filter(new Locator.FilterOptions().setHasText("Xây dựng bảng theo dõi giải ngân")).first().click();
        page.waitForLoadState();
        page.click("details[data-action=REPORT_PROGRESS] summary");
        Locator form = page.locator("details[data-action=REPORT_PROGRESS] form");
        form.locator("textarea[name=text]").fill("Đã lập mẫu bảng theo dõi, đang thu thập số liệu của 12 nhiệm vụ.");
        form.locator("input[name=percent]").fill("40");
        form.locator("input[type=file]").setInputFiles(new FilePayload("bang-theo-doi.pdf", "application/pdf",
                vn.dondoc.app.demo.DemoDataPdf.sample()));
        form.locator("button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.textContent(".draft")).contains("Đã lập mẫu bảng theo dõi", "bang-theo-doi.pdf");
        screenshot("assignment-1-officer-draft");
        signOut();

        login("stc.lanhdao", DemoUsers.PASSWORD);
        page.navigate(url("/tasks/" + task));
        page.click(".draft button:has-text('Duyệt và gửi')");
        page.waitForLoadState();
        assertThat(page.textContent(".assignment .status")).isEqualTo("Đang thực hiện");
        assertThat(page.textContent(".timeline")).contains("bang-theo-doi.pdf", "Tỷ lệ hoàn thành: 40%");
        page.click("details[data-action=REPORT_COMPLETION] summary");
        Locator done = page.locator("details[data-action=REPORT_COMPLETION] form");
        done.locator("textarea[name=text]").fill("Đã hoàn thành bảng theo dõi, cập nhật hằng tuần trên hệ thống.");
        done.locator("button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.textContent(".assignment .status")).isEqualTo("Chờ xác nhận");
        screenshot("assignment-2-head-completion");
        signOut();

        login("thuongtruc", DemoUsers.PASSWORD);
        page.navigate(url("/inbox"));
        assertThat(page.textContent("#inbox-awaiting_confirmation")).contains("Xây dựng bảng theo dõi giải ngân");
        page.navigate(url("/tasks/" + task));
        page.click("details[data-action=CONFIRM] summary");
        page.click("details[data-action=CONFIRM] button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent(".assignment .status")).isEqualTo("Hoàn thành");
        assertThat(page.textContent(".assignment .timeliness")).isEqualTo("Hoàn thành đúng hạn");
        screenshot("assignment-3-confirmed");
    }

    @Test
    void overdueTaskGetsAnExtension() {
        long task = issue("Công bố danh mục dữ liệu dùng chung của ngành tài chính.", LocalDate.now().minusDays(4));
        login("stc.lanhdao", DemoUsers.PASSWORD);
        page.navigate(url("/tasks/" + task));
        assertThat(page.textContent(".assignment .timeliness")).isEqualTo("Quá hạn");
        assertThat(page.textContent(".assignment")).contains("Quá hạn 4 ngày");
        page.click("details:has(form[action$='/extension']) summary");
        page.fill("form[action$='/extension'] input[name=deadline]", LocalDate.now().plusDays(14).toString());
        page.click("form[action$='/extension'] button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent("#form-error")).contains("Cần nêu lý do");
        assertThat(page.inputValue("form[action$='/extension'] input[name=deadline]")).isEqualTo(LocalDate.now().plusDays(14).toString());
        page.fill("form[action$='/extension'] textarea[name=reason]", "Chờ Bộ Tài chính hướng dẫn danh mục.");
        page.click("form[action$='/extension'] button[type=submit]");
        page.waitForLoadState();
        assertThat(page.textContent(".assignment")).contains("Đang xin gia hạn");
        signOut();

        login("lanhdao", DemoUsers.PASSWORD);
        page.navigate(url("/tasks/" + task));
        page.click("button:has-text('Duyệt gia hạn')");
        page.waitForLoadState();
        assertThat(page.textContent(".assignment .timeliness")).isEqualTo("Trong hạn");
        screenshot("assignment-4-extension-approved");
    }
}
