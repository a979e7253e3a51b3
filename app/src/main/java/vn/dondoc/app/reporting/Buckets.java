package vn.dondoc.app.reporting;

import java.util.List;
import java.util.Map;
import vn.dondoc.app.tasks.Timeliness;

/**
 * The reporting buckets of VN government reports (DOMAIN.md) over the timeliness of the tasks module: done on
 * time / late, in progress within / past the deadline, standing; declined, suspended and cancelled work is
 * shown apart as not judged, so the buckets add up to the task list's total.
 */
enum Buckets {
    DONE_ON_TIME("Đã hoàn thành đúng hạn", Timeliness.DONE_ON_TIME),
    DONE_LATE("Đã hoàn thành quá hạn", Timeliness.DONE_LATE),
    OPEN_ON_TIME("Đang thực hiện trong hạn", Timeliness.ON_TIME, Timeliness.DUE_SOON, Timeliness.NO_DEADLINE),
    OPEN_OVERDUE("Đang thực hiện quá hạn", Timeliness.OVERDUE),
    STANDING("Nhiệm vụ thường xuyên", Timeliness.STANDING),
    NOT_JUDGED("Không tính (từ chối, tạm hoãn, hủy)", Timeliness.NOT_APPLICABLE);

    private final String label;
    private final List<Timeliness> members;

    Buckets(String label, Timeliness... members) {
        this.label = label;
        this.members = List.of(members);
    }

    String label() {
        return label;
    }

    List<Timeliness> members() {
        return members;
    }

    long count(Map<Timeliness, Long> counts) {
        return ProgressData.sum(counts, members.toArray(Timeliness[]::new));
    }
}
