package vn.dondoc.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.app.demo.DemoData;
import vn.dondoc.app.support.DemoSeed;
import vn.dondoc.app.support.DemoUsers;
import vn.dondoc.app.support.DondocTest;

/**
 * The leader's home page on the demo data: every bucket has work, the colour table and the trend chart are
 * there, and each number opens the task list with exactly that many rows; an agency head sees only its agency.
 */
@DondocTest
class DashboardBrowserTest extends BrowserHarness {

    @Autowired
    DemoData demo;

    record Figure(String key, String href, long count) {
    }

    @Test
    void leaderSeesTheProvinceAndEveryNumberOpensItsList() {
        DemoSeed.once(demo);
        login("lanhdao", DemoUsers.PASSWORD);
        page.navigate(url("/"));
        assertThat(page.textContent("#scope-label")).isEqualTo("Toàn tỉnh");
        page.waitForSelector("#trend-chart[data-rendered=true] svg");
        screenshot("dashboard-leader");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("dashboard-leader-top.png")));
        Locator cards = page.locator("#buckets a.bucket-card");
        assertThat(cards.count()).isEqualTo(8);
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < cards.count(); i++) {
            Locator card = cards.nth(i);
            long count = Long.parseLong(card.locator(".bucket-count").textContent().trim());
            figures.add(new Figure(card.getAttribute("data-bucket"), card.getAttribute("href"), count));
        }
        assertThat(figures).allSatisfy(f -> assertThat(f.count()).as(f.key()).isPositive());
        assertThat(page.locator("#rag-table tbody tr").count()).isGreaterThan(3);
        assertThat(page.textContent("#rag-rule")).contains("Đỏ", "Vàng", "Xanh", "30 ngày");
        assertThat(page.locator("#trend-table tbody tr").count()).isEqualTo(12);
        assertThat(page.locator("#overdue-table tbody tr").count()).isPositive();
        assertThat(page.locator("#notices-table tbody tr").count()).isGreaterThanOrEqualTo(4);

        for (Figure f : figures) {
            page.navigate(url(f.href()));
            assertThat(page.textContent("#tasks-total").trim()).as(f.key()).isEqualTo("Tổng số: " + f.count());
            long rows = page.locator("#tasks-table tbody tr").count();
            assertThat(rows).as(f.key() + " rows on the first page").isEqualTo(Math.min(f.count(), 50));
        }

        page.navigate(url("/"));
        Locator firstAgency = page.locator("#rag-table tbody tr").first();
        String name = firstAgency.locator("a.agency-link").textContent();
        String overdue = firstAgency.locator("td").nth(4).textContent().trim();
        firstAgency.locator("td").nth(4).locator("a").click();
        page.waitForLoadState();
        assertThat(page.textContent("#tasks-total").trim()).isEqualTo("Tổng số: " + overdue);
        page.navigate(url("/"));
        page.locator("#rag-table a.agency-link").first().click();
        page.waitForLoadState();
        assertThat(page.textContent("#scope-label")).isEqualTo(name);
        assertThat(page.url()).contains("scope=agency");
        page.waitForSelector("#trend-chart[data-rendered=true] svg");
        screenshot("dashboard-agency");
    }

    @Test
    void periodAndScopeAreInTheUrl() {
        DemoSeed.once(demo);
        login("thuongtruc", DemoUsers.PASSWORD);
        page.navigate(url("/"));
        page.selectOption("#period", "two_weeks");
        page.click("#dashboard-filter button[type=submit]");
        page.waitForLoadState();
        assertThat(page.url()).contains("period=two_weeks");
        assertThat(page.locator("#period").inputValue()).isEqualTo("two_weeks");
        page.navigate(url("/?period=month&sort=name"));
        List<String> names = page.locator("#rag-table a.agency-link").allTextContents();
        assertThat(names).isNotEmpty();
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("#dashboard-filter").isVisible()).isFalse();
        page.pdf(new com.microsoft.playwright.Page.PdfOptions().setPath(SCREENSHOTS.resolve("dashboard-print.pdf"))
                .setLandscape(true).setFormat("A4"));
    }

    @Test
    void anAgencyHeadSeesOnlyItsAgency() {
        DemoSeed.once(demo);
        login("stc.lanhdao", DemoUsers.PASSWORD);
        page.navigate(url("/"));
        assertThat(page.textContent("#scope-label")).isEqualTo("Sở Tài chính");
        assertThat(page.locator("#scope").count()).isZero();
        assertThat(page.locator("#rag-table a.agency-link").allTextContents()).containsOnly("Sở Tài chính");
        screenshot("dashboard-agency-head");
        var response = page.navigate(url("/?scope=all"));
        assertThat(response.status()).isEqualTo(403);
    }
}
