package vn.dondoc.app.tasks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dondoc.app.shared.DomainException;

/**
 * The task list's filter as URL parameters, the same for the page ({@code /tasks}), its exports and
 * {@code GET /api/v1/tasks}: {@code agency, role, state (open or a comma list), timeliness (comma list), notice,
 * q, deadline_from, deadline_to, completed_from, completed_to, confidence (comma list), sort, page, size}.
 * Bad values are refused with a Vietnamese message (400). {@link #of(TaskFilter)} writes a filter back as a
 * query string, so a figure elsewhere (the dashboard) can link to the list that makes it.
 */
public record TaskQuery(String agency, String role, String state, String timeliness, String notice, String q,
                        @BindParam("deadline_from") String deadlineFrom, @BindParam("deadline_to") String deadlineTo,
                        @BindParam("completed_from") String completedFrom,
                        @BindParam("completed_to") String completedTo, String confidence, String sort, String page,
                        String size) {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** The filter these parameters ask for; {@code defaultSize} when no size is given. */
    public TaskFilter toFilter(int defaultSize) {
        return new TaskFilter(number(agency, "agency"), parseRole(), parseStates(), set(timeliness, Timeliness.class, "timeliness"),
                number(notice, "notice"), q, date(deadlineFrom, "deadline_from"), date(deadlineTo, "deadline_to"),
                date(completedFrom, "completed_from"), date(completedTo, "completed_to"), confidences(),
                TaskSort.parse(sort), number(page, "page") == null ? 0 : number(page, "page").intValue(),
                number(size, "size") == null ? defaultSize : number(size, "size").intValue());
    }

    /** The parameters that make {@code f} (page and size left out), in a fixed order. */
    public static TaskQuery of(TaskFilter f) {
        return new TaskQuery(str(f.agencyId()), f.role() == null ? null : f.role().name(), states(f.statuses()),
                names(f.timeliness(), Timeliness::name), str(f.noticeId()), f.q(), str(f.deadlineFrom()),
                str(f.deadlineTo()), str(f.completedFrom()), str(f.completedTo()),
                names(f.confidence(), c -> c.name().toLowerCase(Locale.ROOT)),
                f.sort() == TaskSort.DEADLINE ? null : f.sort().param(), null, null);
    }

    /** {@code agency=…&state=…} without a leading "?", empty for no filter. */
    public String toQueryString() {
        String uri = builder("").encode().build().toUriString();
        return uri.startsWith("?") ? uri.substring(1) : uri;
    }

    /** {@code path?…}. */
    public String link(String path) {
        return builder(path).encode().build().toUriString();
    }

    public TaskQuery withPage(int p) {
        return new TaskQuery(agency, role, state, timeliness, notice, q, deadlineFrom, deadlineTo, completedFrom,
                completedTo, confidence, sort, p == 0 ? null : String.valueOf(p), size);
    }

    /** The same query in another timeliness bucket (null: every bucket). */
    public TaskQuery withTimeliness(Timeliness t) {
        return new TaskQuery(agency, role, state, t == null ? null : t.name(), notice, q, deadlineFrom, deadlineTo,
                completedFrom, completedTo, confidence, sort, null, size);
    }

    private UriComponentsBuilder builder(String path) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("agency", agency);
        params.put("role", role);
        params.put("state", state);
        params.put("timeliness", timeliness);
        params.put("notice", notice);
        params.put("q", q);
        params.put("deadline_from", deadlineFrom);
        params.put("deadline_to", deadlineTo);
        params.put("completed_from", completedFrom);
        params.put("completed_to", completedTo);
        params.put("confidence", confidence);
        params.put("sort", sort);
        params.put("page", page);
        params.put("size", size);
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                b.queryParam(name, value);
            }
        });
        return b;
    }

    private AssignmentRole parseRole() {
        if (blank(role)) {
            return null;
        }
        try {
            return AssignmentRole.valueOf(role.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid_role", "Vai trò \"" + role + "\" không hợp lệ (LEAD, SUPPORT).");
        }
    }

    private Set<AssignmentStatus> parseStates() {
        if (!blank(state) && state.trim().equalsIgnoreCase("open")) {
            return TaskFilter.openStatuses();
        }
        return set(state, AssignmentStatus.class, "state");
    }

    private static String states(Set<AssignmentStatus> s) {
        return s.equals(TaskFilter.openStatuses()) ? "open" : names(s, AssignmentStatus::name);
    }

    private Set<Confidence> confidences() {
        if (blank(confidence)) {
            return Set.of();
        }
        Set<Confidence> out = EnumSet.noneOf(Confidence.class);
        for (String part : confidence.split(",")) {
            Confidence c = Confidence.parse(part);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static <E extends Enum<E>> Set<E> set(String value, Class<E> type, String name) {
        if (blank(value)) {
            return Set.of();
        }
        Set<E> out = EnumSet.noneOf(type);
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(Enum.valueOf(type, part.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("invalid_" + name, "Giá trị \"" + part.trim() + "\" của " + name
                        + " không hợp lệ.");
            }
        }
        return out;
    }

    private static <E extends Enum<E>> String names(Set<E> values, Function<E, String> name) {
        return values.isEmpty() ? null : values.stream().sorted().map(name).collect(Collectors.joining(","));
    }

    private static Long number(String value, String name) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("invalid_" + name, "Giá trị \"" + value + "\" của " + name
                    + " phải là một số.");
        }
    }

    private static LocalDate date(String value, String name) {
        if (blank(value)) {
            return null;
        }
        String v = value.trim();
        try {
            return v.contains("/") ? LocalDate.parse(v, VN_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid_" + name, "Ngày \"" + value + "\" của " + name
                    + " không hợp lệ (dd/MM/yyyy hoặc yyyy-MM-dd).");
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
