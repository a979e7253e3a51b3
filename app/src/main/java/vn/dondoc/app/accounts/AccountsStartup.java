package vn.dondoc.app.accounts;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.dondoc.app.platform.DondocProperties;

/**
 * At startup. Outside demo mode, before the web server opens its port: accounts that still have the demo password
 * are disabled, then an enabled admin is made sure of ({@link InitialAccounts}). In demo mode, after the agencies
 * are seeded: the missing demo accounts are created and printed.
 */
@Component
@Order(20)
class AccountsStartup implements SmartInitializingSingleton, ApplicationRunner {

    private final DondocProperties props;
    private final DemoAccounts demo;
    private final DemoPasswordCheck demoPasswords;
    private final InitialAccounts initial;
    private final Environment env;

    AccountsStartup(DondocProperties props, DemoAccounts demo, DemoPasswordCheck demoPasswords, InitialAccounts initial,
                    Environment env) {
        this.props = props;
        this.demo = demo;
        this.demoPasswords = demoPasswords;
        this.initial = initial;
        this.env = env;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (props.demoEnabled()) {
            return;
        }
        demoPasswords.disableDemoPasswords();
        initial.ensureAdmin();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!props.demoEnabled()) {
            return;
        }
        var accounts = demo.seed();
        StringBuilder sb = new StringBuilder("\n=== dondoc đang chạy ở chế độ demo. Tài khoản demo (mật khẩu: ")
                .append(DemoAccounts.PASSWORD).append("):\n");
        for (UserAccount a : accounts) {
            sb.append(String.format("    %-18s %-20s %s%s%n", a.username(), a.role().label(),
                    a.agencyName() == null ? "" : a.agencyName(), a.enabled() ? "" : " (đã vô hiệu hóa)"));
        }
        String address = env.getProperty("server.address", "");
        sb.append("=== Cảnh báo: tài khoản demo dùng mật khẩu công khai; không mở cổng này ra mạng ngoài.\n")
                .append(switch (address) {
                    case "127.0.0.1", "localhost", "::1" ->
                            "=== Chỉ nghe trên " + address + "; đặt server.address (SERVER_ADDRESS) để mở ra mạng.\n";
                    case "", "0.0.0.0", "::" -> "=== Đang nghe trên mọi giao diện mạng (server.address).\n";
                    default -> "=== Đang nghe trên " + address + " (server.address).\n";
                })
                .append("=== Tắt chế độ demo: bỏ DONDOC_DEMO=true; lần khởi động sau, tài khoản còn mật khẩu demo bị vô hiệu hóa.\n");
        System.out.println(sb);
    }
}
