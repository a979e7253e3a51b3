package vn.dondoc.app.accounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dondoc.app.platform.DondocProperties;

/** At startup: demo accounts in demo mode (printed), else the initial admin when there is no user. */
@Component
@Order(20)
class AccountsStartup implements ApplicationRunner {

    private final DondocProperties props;
    private final DemoAccounts demo;
    private final InitialAccounts initial;

    AccountsStartup(DondocProperties props, DemoAccounts demo, InitialAccounts initial) {
        this.props = props;
        this.demo = demo;
        this.initial = initial;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!props.demoEnabled()) {
            initial.createAdminIfNoUser();
            return;
        }
        var accounts = demo.seed();
        StringBuilder sb = new StringBuilder("\n=== dondoc đang chạy ở chế độ demo. Tài khoản demo (mật khẩu: ")
                .append(DemoAccounts.PASSWORD).append("):\n");
        for (UserAccount a : accounts) {
            sb.append(String.format("    %-18s %-20s %s%n", a.username(), a.role().label(),
                    a.agencyName() == null ? "" : a.agencyName()));
        }
        sb.append("=== Cảnh báo: tài khoản demo dùng mật khẩu công khai; không mở cổng này ra mạng ngoài.\n")
                .append("=== Tắt chế độ demo: DONDOC_DEMO=false (hoặc dùng cơ sở dữ liệu ngoài).\n");
        System.out.println(sb);
    }
}
