package vn.dondoc.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import vn.dondoc.app.DondocApplication;
import vn.dondoc.app.shared.DomainException;
import vn.dondoc.app.support.DemoUsers;

/**
 * Demo mode only when asked for, on 127.0.0.1; a later start without it disables every account that still has the
 * demo password, leaves the others alone and ends with a usable admin. Starts the whole app on its embedded
 * PostgreSQL three times (own data directories, never {@code DONDOC_DB_URL}).
 */
class DemoModeStartupTest {

    @TempDir
    Path dir;

    @Test
    void demoOnlyWhenAskedAndALaterStartDisablesTheDemoPassword() throws Exception {
        // No flag, fresh data directory: no demo accounts, only the initial admin; no address forced
        try (var ctx = start(dir.resolve("plain"), "--dondoc.admin-password=Khoi-tao-2026")) {
            assertThat(enabledByUsername(ctx)).containsExactly(Map.entry("admin", true));
            assertThat(ctx.getEnvironment().getProperty("server.address")).isNull();
            assertThat(login(ctx, "admin", "Khoi-tao-2026")).isTrue();
        }

        Path data = dir.resolve("demo");
        // Demo on: the twelve demo accounts, listening on 127.0.0.1 only
        try (var ctx = start(data, "--dondoc.demo=true", "--dondoc.demo-data=false")) {
            assertThat(ctx.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            assertThat(boundAddress(ctx)).isEqualTo(InetAddress.getByName("127.0.0.1"));
            AccountService accounts = ctx.getBean(AccountService.class);
            assertThat(accounts.list()).hasSize(12).allMatch(UserAccount::enabled);
            long agency = accounts.findByUsername("stc.chuyenvien").orElseThrow().agencyId();
            accounts.create(new NewUser("stc.that", "Nguyễn Văn Thật", null, Role.AGENCY_OFFICER, agency, "mat-khau-rieng-1"));
            // an admin gave a new account the demo password while in demo mode
            accounts.create(new NewUser("stc.moi", "Lê Văn Mới", null, Role.AGENCY_OFFICER, agency, DemoUsers.PASSWORD));
        }

        // Same data, no flag: the thirteen accounts with the demo password disabled (data kept), stc.that left,
        // admin enabled again with the initial admin password
        try (var ctx = start(data, "--dondoc.admin-password=Quan-tri-2026")) {
            assertThat(ctx.getEnvironment().getProperty("server.address")).isNull();
            Map<String, Boolean> enabled = enabledByUsername(ctx);
            assertThat(enabled).hasSize(14);
            assertThat(enabled.entrySet()).filteredOn(Map.Entry::getValue).extracting(Map.Entry::getKey)
                    .containsExactlyInAnyOrder("admin", "stc.that");
            assertThat(login(ctx, "admin", "Quan-tri-2026")).isTrue();
            assertThat(login(ctx, "stc.that", "mat-khau-rieng-1")).isTrue();
            assertThatThrownBy(() -> login(ctx, "thuongtruc", DemoUsers.PASSWORD)).isInstanceOf(DisabledException.class);
            assertThatThrownBy(() -> login(ctx, "admin", DemoUsers.PASSWORD)).isNotInstanceOf(DisabledException.class);

            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            assertThat(count(jdbc, "select count(*) from audit_entry where entity = 'user' and action = 'DISABLE_DEMO_PASSWORD'"))
                    .isEqualTo(13);
            assertThat(count(jdbc, "select count(*) from audit_entry where entity = 'user' and action = 'RESTORE_ADMIN'"))
                    .isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from app_user where enabled and not password_checked")).isZero();

            // Enabled again only after a password reset, and never with the demo password
            AccountService accounts = ctx.getBean(AccountService.class);
            long id = accounts.findByUsername("thuongtruc").orElseThrow().id();
            assertThatThrownBy(() -> accounts.setEnabled(id, true)).isInstanceOf(DomainException.class)
                    .hasMessageContaining("mật khẩu demo");
            assertThatThrownBy(() -> accounts.resetPassword(id, DemoUsers.PASSWORD)).isInstanceOf(DomainException.class)
                    .hasMessageContaining("mật khẩu demo công khai");
            String password = accounts.resetPassword(id, null);
            assertThat(accounts.setEnabled(id, true).enabled()).isTrue();
            assertThat(login(ctx, "thuongtruc", password)).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--dondoc.data-dir=" + data, "--dondoc.db.url=", "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.vn.dondoc=INFO"));
        all.addAll(List.of(args));
        return new SpringApplication(DondocApplication.class).run(all.toArray(String[]::new));
    }

    private static Map<String, Boolean> enabledByUsername(ConfigurableApplicationContext ctx) {
        return ctx.getBean(AccountService.class).list().stream()
                .collect(Collectors.toMap(UserAccount::username, UserAccount::enabled));
    }

    private static boolean login(ConfigurableApplicationContext ctx, String username, String password) {
        return ctx.getBean(AuthenticationManager.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)).isAuthenticated();
    }

    private static InetAddress boundAddress(ConfigurableApplicationContext ctx) {
        var server = (TomcatWebServer) ((WebServerApplicationContext) ctx).getWebServer();
        return (InetAddress) server.getTomcat().getConnector().getProperty("address");
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
