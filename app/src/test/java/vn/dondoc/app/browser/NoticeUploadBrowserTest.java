package vn.dondoc.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.dondoc.app.notices.NoticeApiTest;
import vn.dondoc.app.support.DemoUsers;
import vn.dondoc.app.support.DondocTest;

/** The secretariat uploads a notice in the browser and sees it extracted, with its tasks. */
@DondocTest
class NoticeUploadBrowserTest extends BrowserHarness {

    @Test
    void secretariatUploadsANoticeAndSeesItsTasks() throws Exception {
        Path file = Files.createTempFile("thong-bao-", ".txt");
        Files.writeString(file, NoticeApiTest.NOTICE.formatted("987"), StandardCharsets.UTF_8);

        login("thuongtruc", DemoUsers.PASSWORD);
        page.navigate(url("/notices"));
        page.setInputFiles("#files", file);
        page.click("#upload-form button[type=submit]");
        var row = page.locator("#notice-rows tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(file.getFileName().toString()));
        assertThat(row.locator(".badge").first()).hasText("Chờ rà soát",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        screenshot("notices-list");

        row.locator("a").first().click();
        assertThat(page.locator("#task-list > .task-card")).hasCount(3);
        assertThat(page.locator("#task-list .agency-chip[data-name=\"Sở Tài chính\"]").first()).isVisible();
        screenshot("notice-detail");

        page.onDialog(d -> d.accept());
        page.click("#review-issue");
        assertThat(page.locator("#issued")).containsText("3");
        assertThat(page.locator("#issue-form")).hasCount(0);

        // the agency sees its own assignment on its task list, and nothing of other agencies
        context.clearCookies();
        login("stc.chuyenvien", DemoUsers.PASSWORD);
        page.navigate(url("/tasks?q=bo tri kinh phi thuc hien"));
        assertThat(page.locator("#tasks-table")).containsText("tham mưu bố trí kinh phí");
        for (String agency : page.locator("#tasks-table tbody tr td:nth-child(3)").allTextContents()) {
            org.assertj.core.api.Assertions.assertThat(agency).isEqualTo("Sở Tài chính");
        }
        screenshot("tasks-agency");
    }

    @Test
    void filesDroppedOnTheUploadFormAreUploaded() {
        login("thuongtruc", DemoUsers.PASSWORD);
        page.navigate(url("/notices"));
        String text = NoticeApiTest.NOTICE.formatted("654");
        var transfer = page.evaluateHandle("text => { const dt = new DataTransfer();"
                + " dt.items.add(new File([text], 'keo-tha-654.txt', {type: 'text/plain'})); return dt; }", text);
        page.dispatchEvent("#upload-form", "drop", java.util.Map.of("dataTransfer", transfer));
        var row = page.locator("#notice-rows tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("keo-tha-654.txt"));
        assertThat(row.locator(".badge").first()).hasText("Chờ rà soát",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
    }
}
