package vn.dondoc.app.tasks.web;

import java.util.Map;

/**
 * What the user typed into a refused form, shown again next to the message so nothing is lost. {@code target}
 * names the form (e.g. "a12-REPORT_PROGRESS", "edit", "comment").
 */
public record FormEcho(String target, Map<String, String> values, String error) {

    static final FormEcho NONE = new FormEcho("", Map.of(), null);

    public boolean is(String form) {
        return target.equals(form);
    }

    public String value(String form, String field) {
        return is(form) ? values.getOrDefault(field, "") : "";
    }

    public String error(String form) {
        return is(form) ? error : null;
    }
}
