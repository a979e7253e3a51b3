package vn.dondoc.app.dashboard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.app.dashboard.Dashboard;
import vn.dondoc.app.dashboard.DashboardPeriod;
import vn.dondoc.app.dashboard.DashboardScope;
import vn.dondoc.app.dashboard.DashboardService;

/** The leadership dashboard's figures, the same as the home page shows. */
@RestController
@Tag(name = "Tổng quan")
class DashboardApi {

    private final DashboardService dashboards;
    private final Clock clock;

    DashboardApi(DashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @GetMapping("/api/v1/dashboard")
    @Operation(summary = "Số liệu tổng quan: các nhóm tiến độ (kèm truy vấn danh sách tương ứng), màu từng cơ quan,"
            + " tỷ lệ đúng hạn 12 kỳ hai tuần, tiến độ từng thông báo, các nhiệm vụ quá hạn lâu nhất",
            description = "scope=all|agency:ID|notice:ID (đơn vị: chỉ cơ quan mình); period=two_weeks|month|quarter|year"
                    + "|custom; from, to (yyyy-MM-dd) cho kỳ tùy chọn; kind = loại cơ quan; sort=rag|rate|overdue|name;"
                    + " notices_page: trang tiến độ thông báo (15 thông báo một trang, mới nhất trước)")
    Dashboard dashboard(@RequestParam(required = false) String scope,
                        @RequestParam(required = false) String period,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(required = false) String kind,
                        @RequestParam(required = false) String sort,
                        @RequestParam(name = "notices_page", defaultValue = "0") int noticesPage) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        return dashboards.dashboard(DashboardScope.parse(scope), DashboardPeriod.resolve(period, from, to, today), kind,
                sort, noticesPage);
    }
}
