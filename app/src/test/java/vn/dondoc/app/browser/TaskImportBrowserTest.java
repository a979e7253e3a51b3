package vn.dondoc.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.dondoc.app.support.DemoUsers;
import vn.dondoc.app.support.DondocTest;
import vn.dondoc.app.tasks.exchange.TaskImportBrowserFiles;

/**
 * The secretariat imports a task list from Excel in the browser: a file with a bad row is reported row by
 * row and nothing is imported; with "bỏ qua các dòng lỗi" the good rows are imported and listed.
 */
@DondocTest
class TaskImportBrowserTest extends BrowserHarness {

    @Test
    void secretariatImportsAnExcelTaskList() throws Exception {
        String marker = "trinhduyet" + System.nanoTime();
        Path file = Files.createTempFile("nhiem-vu-", ".xlsx");
        Files.write(file, TaskImportBrowserFiles.oneBadRow(marker));

        login("thuongtruc", DemoUsers.PASSWORD);
        page.navigate(url("/tasks"));
        page.click("#import-link");
        assertThat(page.locator("#template-link")).isVisible();

        page.setInputFiles("#import-file", file);
        page.click("#import-form button[type=submit]");
        assertThat(page.locator("#import-nothing")).containsText("Chưa nhập nhiệm vụ nào");
        assertThat(page.locator("#import-issues tbody tr")).hasCount(1);
        assertThat(page.locator("#import-issues")).containsText("Sở Không Tồn Tại");
        screenshot("tasks-import-report");

        page.setInputFiles("#import-file", file);
        page.check("#skip-invalid");
        page.click("#import-form button[type=submit]");
        assertThat(page.locator("#import-done")).containsText("Đã nhập 2 nhiệm vụ");
        screenshot("tasks-import-done");

        page.click("#import-done a");
        page.fill("#task-filter input[name=q]", marker);
        page.click("#task-filter button[type=submit]");
        assertThat(page.locator("#tasks-table tbody tr")).hasCount(3);
        assertThat(page.locator("#tasks-table")).containsText("Thông báo 99/TB-UBND");
        screenshot("tasks-imported-list");
    }
}
