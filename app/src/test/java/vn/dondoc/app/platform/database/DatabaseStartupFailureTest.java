package vn.dondoc.app.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import vn.dondoc.app.DondocApplication;

/** An unreachable external database stops startup with a clear Vietnamese message, not a stack trace. */
class DatabaseStartupFailureTest {

    @Test
    void unreachableDatabaseIsExplained() {
        SpringApplication app = new SpringApplication(DondocApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        Throwable t = catchThrowable(() -> app.run("--dondoc.db.url=jdbc:postgresql://127.0.0.1:1/khong_co",
                "--dondoc.db.user=x", "--spring.main.banner-mode=off", "--logging.level.root=OFF"));
        Throwable root = t;
        while (root != null && !(root instanceof DatabaseStartupException)) {
            root = root.getCause();
        }
        assertThat(root).isNotNull();
        assertThat(root.getMessage()).contains("Không kết nối được cơ sở dữ liệu", "DONDOC_DB_URL");

        var analysis = new DatabaseStartupFailureAnalyzer().analyze(t);
        assertThat(analysis.getDescription()).startsWith("dondoc không khởi động được:");
        assertThat(analysis.getAction()).contains("khởi động lại");
    }
}
