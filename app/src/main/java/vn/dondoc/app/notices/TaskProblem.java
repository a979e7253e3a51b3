package vn.dondoc.app.notices;

/**
 * What is wrong with one reviewed task, so the editor can show it next to that task.
 *
 * @param index   position of the task in the submitted list, from 0
 * @param ref     the task's ref as submitted, or null
 * @param message Vietnamese, e.g. "thiếu nội dung; thiếu cơ quan chủ trì"
 */
public record TaskProblem(int index, String ref, String message) {
}
