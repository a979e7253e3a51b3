package vn.dondoc.app.dashboard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.dondoc.app.tasks.AgencyFigures;

/**
 * The agency colour of the leadership view (DOMAIN.md "Agency colour"), configurable and written on the page:
 * red when any assignment is more than {@code redOverdueDays} days overdue or the period's on-time rate is below
 * {@code redRatePercent}; amber when anything is overdue or at risk; green otherwise.
 */
@Component
public class RagRule {

    /** Colours, worst first. */
    public enum Rag { RED, AMBER, GREEN }

    private final int redOverdueDays;
    private final int redRatePercent;

    RagRule(@Value("${dondoc.dashboard.red-overdue-days:30}") int redOverdueDays,
            @Value("${dondoc.dashboard.red-rate-percent:50}") int redRatePercent) {
        this.redOverdueDays = redOverdueDays;
        this.redRatePercent = redRatePercent;
    }

    public int redOverdueDays() {
        return redOverdueDays;
    }

    public int redRatePercent() {
        return redRatePercent;
    }

    public Rag of(AgencyFigures f) {
        Double rate = f.onTimeRate();
        if (f.longOverdue() > 0 || (rate != null && rate * 100 < redRatePercent)) {
            return Rag.RED;
        }
        if (f.overdue() > 0 || f.atRisk() > 0) {
            return Rag.AMBER;
        }
        return Rag.GREEN;
    }
}
