package vn.dondoc.app.tasks;

/** The timeliness rule as a SQL expression over {@code a} (assignment), parameters {@code :today} and {@code :dueSoon}. */
public final class TimelinessSql {

    private TimelinessSql() {
    }

    public static String expression() {
        return TaskRepository.TIMELINESS_SQL;
    }
}
