package vn.dondoc.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.dondoc.app.notices.ReviewNotice;
import vn.dondoc.app.support.DemoUsers;
import vn.dondoc.app.support.DondocTest;

/**
 * The secretariat reviews an uploaded notice in the browser — picks a lead agency by typing without
 * diacritics, changes a deadline, splits a task, deletes one, corrects the header — saves, issues, and
 * finds the tasks in the task list. Markup typed into a task stays text.
 */
@DondocTest
class NoticeReviewBrowserTest extends BrowserHarness {

    static final String XSS = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

    Locator cards() {
        return page.locator("#task-list > .task-card");
    }

    Locator card(String text) {
        return cards().filter(new Locator.FilterOptions().setHasText(text));
    }

    void pick(Locator card, String field, String typed, String name) {
        Locator picker = card.locator(".agency-picker[data-field=" + field + "]");
        picker.locator(".picker-input").fill(typed);
        picker.locator(".picker-option").filter(new Locator.FilterOptions()
                .setHas(page.getByText(name, new com.microsoft.playwright.Page.GetByTextOptions().setExact(true))))
                .first().click();
        assertThat(picker.locator(".agency-chip[data-name=\"" + name + "\"]")).isVisible();
    }

    @Test
    void secretariatReviewsAndIssuesANotice() throws Exception {
        String number = ReviewNotice.uniqueNumber();
        Path file = Files.createTempFile("ra-soat-", ".txt");
        Files.writeString(file, ReviewNotice.TEXT.formatted(number), StandardCharsets.UTF_8);

        login("thuongtruc", DemoUsers.PASSWORD);
        page.navigate(url("/notices"));
        page.setInputFiles("#files", file);
        page.click("#upload-form button[type=submit]");
        var row = page.locator("#notice-rows tr").filter(new Locator.FilterOptions()
                .setHasText(file.getFileName().toString()));
        assertThat(row.locator(".badge").first()).hasText("Chờ rà soát",
                new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        row.locator("a").first().click();
        page.waitForURL(Pattern.compile("/notices/\\d+$"));
        assertThat(cards().first()).isVisible();
        long id = Long.parseLong(page.url().replaceAll(".*/notices/(\\d+).*", "$1"));
        int extracted = cards().count();

        // the first task is selected and its passage highlighted in the original text
        assertThat(page.locator("#notice-text mark")).containsText("1. Sở Khoa học và Công nghệ chủ trì");
        Locator internal = card("chuẩn hóa quy trình");
        internal.locator(".task-content").click();
        assertThat(internal).hasClass(Pattern.compile("\\bactive\\b"));
        assertThat(page.locator("#notice-text mark")).containsText("2. Giao Sở Nội vụ chủ trì");

        // lead agency: drop Sở Nội vụ (the card now warns), pick Sở Tài chính typed without diacritics
        Locator lead = internal.locator(".agency-picker[data-field=lead]");
        lead.locator(".agency-chip[data-name=\"Sở Nội vụ\"] .chip-remove").click();
        assertThat(internal.locator("[data-check=noLead]")).isVisible();
        pick(internal, "lead", "so tai chinh", "Sở Tài chính");
        assertThat(internal.locator("[data-check=noLead]")).isHidden();
        // a group as support shows its members
        pick(internal, "support", "cac so", "Các Sở");
        assertThat(internal.locator(".agency-chip[data-name=\"Các Sở\"] summary")).containsText("Nhóm ·");

        // the group item: whatever the extraction made of its lead, the communes' committees lead it
        Locator update = card("cập nhật dữ liệu chuyên ngành");
        if (update.locator(".chip-unresolved").count() > 0) {
            assertThat(update.locator("[data-check=unresolved]")).isVisible();
        }
        for (Locator chip : update.locator(".agency-picker[data-field=lead] .chip-remove").all()) {
            chip.click();
        }
        pick(update, "lead", "uy ban nhan dan cac xa", "Ủy ban nhân dân các xã, phường, đặc khu");

        // deadline of the plan; markup typed into its content
        Locator plan = card("xây dựng Kế hoạch triển khai");
        plan.locator(".task-deadline").fill("2027-01-15");
        String planText = plan.locator(".task-content").inputValue();
        plan.locator(".task-content").fill(planText + " " + XSS);

        // delete the standing security task
        card("an ninh, an toàn thông tin").locator("[data-action=delete]").click();
        assertThat(cards()).hasCount(extracted - 1);

        // split the internal-procedures task where its reporting duty starts
        Locator area = internal.locator(".task-content");
        int at = area.inputValue().indexOf("báo cáo kết quả");
        area.evaluate("(el, at) => { el.focus(); el.setSelectionRange(at, at); }", at);
        internal.locator("[data-action=split]").click();
        assertThat(cards()).hasCount(extracted);
        Locator second = internal.locator("xpath=following-sibling::article[1]");
        assertThat(second.locator(".task-content")).hasValue(Pattern.compile("^báo cáo kết quả định kỳ hằng quý"));
        assertThat(area).hasValue(Pattern.compile("thủ tục hành chính trên nền tảng số;$"));
        assertThat(second.locator(".task-ref")).hasValue("2#2");
        assertThat(second.locator(".agency-chip[data-name=\"Sở Tài chính\"]")).isVisible();

        // header
        page.fill("#review-header [name=title]", "Kết luận về triển khai nền tảng số dùng chung của tỉnh");
        assertThat(page.locator("#review-dirty")).isVisible();

        page.click("#review-save");
        assertThat(page.locator("#review-message")).hasText("Đã lưu.");
        assertThat(page.locator("#review-dirty")).isHidden();
        assertThat(cards()).hasCount(extracted);
        assertThat(card("xây dựng Kế hoạch triển khai").locator(".task-deadline")).hasValue("2027-01-15");
        org.assertj.core.api.Assertions.assertThat(card("xây dựng Kế hoạch triển khai").locator(".task-content").inputValue())
                .endsWith(" " + XSS);
        assertThat(page.locator(".chip-unresolved")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        card("xây dựng Kế hoạch triển khai").locator(".task-content").click();
        page.evaluate("() => window.scrollTo(0, 0)");
        screenshot("notice-review");

        // issue: the page becomes read-only with the created tasks
        page.onDialog(d -> d.accept());
        page.click("#review-issue");
        assertThat(page.locator("#issued")).containsText(String.valueOf(extracted));
        assertThat(page.locator("#notice-status")).hasText("Đã ban hành");
        assertThat(page.locator("#review-editor")).hasCount(0);
        assertThat(page.locator("#issued-tasks-table tbody tr")).hasCount(extracted);
        assertThat(page.locator("#issued-tasks-table")).containsText(XSS);
        screenshot("notice-issued");

        page.click("#issued-tasks-link");
        assertThat(page).hasURL(Pattern.compile("/tasks\\?notice=" + id + "$"));
        page.navigate(url("/tasks?notice=" + id + "&q=chuan hoa quy trinh"));
        assertThat(page.locator("#tasks-table")).containsText("Sở Tài chính");
        page.navigate(url("/tasks?notice=" + id + "&q=ke hoach trien khai nen tang"));
        assertThat(page.locator("#tasks-table")).containsText("<script>window.__xss=1</script>");
        assertThat(page.locator("#tasks-table")).containsText("15/01/2027");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void aStaleSaveKeepsWhatTheUserTyped() throws Exception {
        String number = ReviewNotice.uniqueNumber();
        Path file = Files.createTempFile("xung-dot-", ".txt");
        Files.writeString(file, ReviewNotice.TEXT.formatted(number), StandardCharsets.UTF_8);
        page.onDialog(d -> d.accept());
        login("thuongtruc", DemoUsers.PASSWORD);
        page.navigate(url("/notices"));
        page.setInputFiles("#files", file);
        page.click("#upload-form button[type=submit]");
        var row = page.locator("#notice-rows tr").filter(new Locator.FilterOptions()
                .setHasText(file.getFileName().toString()));
        assertThat(row.locator(".badge").first()).hasText("Chờ rà soát",
                new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        row.locator("a").first().click();

        // the same notice open in a second tab saves first
        var other = context.newPage();
        other.navigate(page.url());
        other.fill("#review-header [name=chair]", "Lê Thị Hoa (tab khác)");
        other.click("#review-save");
        assertThat(other.locator("#review-message")).hasText("Đã lưu.");

        page.fill("#review-header [name=chair]", "Lê Thị Hoa");
        Locator first = cards().first();
        first.locator(".task-content").fill("Nội dung tôi vừa gõ");
        page.click("#review-save");
        assertThat(page.locator("#review-message")).containsText("vừa được người khác sửa");
        assertThat(first.locator(".task-content")).hasValue("Nội dung tôi vừa gõ");
        assertThat(page.locator("#review-header [name=chair]")).hasValue("Lê Thị Hoa");
        assertThat(page.locator("#review-dirty")).isVisible();

        // merge the first two items (contents joined, agencies united, missing fields taken from the second),
        // add a blank task (flagged until filled), then start over
        page.reload();
        int count = cards().count();
        Locator merged = cards().first();
        merged.locator("[data-action=merge]").click();
        assertThat(cards()).hasCount(count - 1);
        assertThat(merged.locator(".task-content")).hasValue(Pattern.compile("31/12/2026\\. Giao Sở Nội vụ chủ trì"));
        assertThat(merged.locator(".agency-picker[data-field=lead] .agency-chip")).hasCount(2);
        assertThat(merged.locator(".agency-picker[data-field=lead] .agency-chip[data-name=\"Sở Nội vụ\"]")).isVisible();
        assertThat(merged.locator(".task-deadline")).hasValue("2026-12-31");
        assertThat(merged.locator(".task-recurrence")).hasValue("P3M");
        page.click("#review-add");
        assertThat(cards()).hasCount(count);
        assertThat(cards().last().locator("[data-check=emptyContent]")).isVisible();
        assertThat(cards().last().locator("[data-check=noLead]")).isVisible();

        // an invalid task: the message stands next to it, nothing is lost
        page.reload();
        first = cards().first();
        first.locator(".task-content").fill("");
        first.locator(".agency-picker[data-field=lead] .picker-input").fill("Ban không có thật");
        first.locator(".agency-picker[data-field=lead] .picker-input").press("Enter");
        assertThat(first.locator(".chip-unresolved")).containsText("Ban không có thật");
        assertThat(first.locator("[data-check=unresolved]")).isVisible();
        page.click("#review-save");
        assertThat(first.locator(".task-error")).containsText("Thiếu nội dung");
        assertThat(first.locator(".chip-unresolved")).isVisible();
        screenshot("notice-review-invalid");
    }
}
