package vn.dondoc.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.dondoc.app.accounts.Navigation;
import vn.dondoc.app.accounts.NewUser;
import vn.dondoc.app.accounts.Role;
import vn.dondoc.app.accounts.AccountService;
import vn.dondoc.app.support.DemoUsers;
import vn.dondoc.app.support.DondocTest;

/** First user flows in a real browser: each demo role logs in and sees its menu; login throttling. */
@DondocTest
class LoginBrowserTest extends BrowserHarness {

    static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    @Autowired
    MessageSource messages;

    @Autowired
    AccountService accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static List<DemoUsers.Demo> demos() {
        return DemoUsers.ONE_PER_ROLE;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    void eachRoleLogsInAndSeesItsMenu(DemoUsers.Demo demo) {
        login(demo.username(), DemoUsers.PASSWORD);
        assertThat(page).hasURL(url("/"));
        List<String> menu = page.locator("#main-menu a").allTextContents().stream().map(String::trim).toList();
        List<String> expected = Navigation.visibleTo(Role.valueOf(demo.role())).stream()
                .map(i -> messages.getMessage(i.key(), null, VI)).toList();
        assertThat(menu).containsExactlyElementsOf(expected);
        assertThat(page.locator("#my-role")).hasText(Role.valueOf(demo.role()).label());
        screenshot("menu-" + demo.role().toLowerCase());

        page.click("text=" + messages.getMessage("nav.logout", null, VI));
        assertThat(page.locator("body")).containsText(messages.getMessage("login.loggedOut", null, VI));
    }

    @Test
    void threeWrongPasswordsAreThrottledWithTheSameVietnameseMessageForUnknownUsers() {
        accounts.create(new NewUser("trinh.duyet", "Người thử trình duyệt", null, Role.LEADER, null, "mat-khau-dung-1"));
        String bad = messages.getMessage("login.error.bad", null, VI);
        try {
            login("trinh.duyet", "sai-1");
            assertThat(page.locator("#login-error")).hasText(bad);
            login("khong.ton.tai", "sai-1");
            assertThat(page.locator("#login-error")).hasText(bad);
            login("trinh.duyet", "sai-2");
            login("trinh.duyet", "sai-3");
            // the third failure starts a delay of 1 s, doubling with every further failure
            assertThat(page.locator("#login-error"))
                    .hasText(messages.getMessage("login.error.throttled", new Object[] {"1 giây"}, VI));
            screenshot("login-throttled");

            // five more failures a moment ago (32 s): the right password waits too, as an unknown username does
            jdbc.sql("""
                    insert into login_failure (username, address, failed_at)
                    select u, '127.0.0.1', now() from unnest(array['trinh.duyet', 'khong.ton.tai']) u,
                           generate_series(1, 5)""").update();
            jdbc.sql("insert into login_failure (username, address, failed_at) values ('khong.ton.tai', '127.0.0.1', now())")
                    .update();
            java.util.regex.Pattern throttled = java.util.regex.Pattern.compile(
                    "Bạn đã nhập sai nhiều lần\\. Vui lòng thử lại sau \\d+ giây\\.");
            login("trinh.duyet", "mat-khau-dung-1");
            assertThat(page.locator("#login-error")).hasText(throttled);
            assertThat(page.url()).contains("/login");
            login("khong.ton.tai", "mat-khau-dung-1");
            assertThat(page.locator("#login-error")).hasText(throttled);
        } finally {
            // the browser's address is 127.0.0.1 for every test of this run: leave no failures behind
            jdbc.sql("delete from login_failure where username in ('trinh.duyet', 'khong.ton.tai')").update();
        }
    }

    @Test
    void adminManagesUsersInTheBrowser() {
        login("admin", DemoUsers.PASSWORD);
        page.navigate(url("/admin/users"));
        page.fill("#nu-username", "trinhduyet.moi");
        page.fill("#nu-fullName", "Phan Văn Mới");
        page.selectOption("#f-role", "AGENCY_OFFICER");
        page.selectOption("#f-agency", new com.microsoft.playwright.options.SelectOption().setLabel("Sở Nội vụ"));
        page.fill("#nu-password", "mat-khau-moi-1");
        page.click("#new-user button[type=submit]");
        assertThat(page.locator("#users-table")).containsText("trinhduyet.moi");
        screenshot("admin-users");
    }
}
