package vn.dondoc.app.tasks;

import java.util.Locale;
import vn.dondoc.app.shared.DomainException;

/** Orders of the task list and its exports; {@code param} is the value of {@code sort=} in URLs. */
public enum TaskSort {
    DEADLINE("deadline"),
    DEADLINE_DESC("deadline_desc"),
    NEWEST("newest"),
    AGENCY("agency"),
    NOTICE("notice");

    private final String param;

    TaskSort(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** The sort a URL asks for; blank means by deadline, an unknown value is refused (400). */
    public static TaskSort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEADLINE;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (TaskSort s : values()) {
            if (s.param.equals(v) || s.name().toLowerCase(Locale.ROOT).equals(v)) {
                return s;
            }
        }
        throw DomainException.invalid("invalid_sort", "Cách sắp xếp \"" + value
                + "\" không hợp lệ (deadline, deadline_desc, newest, agency, notice).");
    }
}
