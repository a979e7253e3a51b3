package vn.dondoc.app.notices;

import java.util.List;

/**
 * An agency name of a task under review, with what issuing would make of it.
 *
 * @param name        the name as stored in the task (what the secretariat sees and edits)
 * @param resolved    issuing finds it in the directory
 * @param canonical   the directory's name it resolves to, or null
 * @param uncertain   resolved by a loose match (worth a look)
 * @param group       a group: issuing gives each member its own assignment
 * @param unspecified a group such as "các cơ quan liên quan": no assignment, a note for the lead
 * @param members     names of the group's member agencies
 */
public record ReviewAgency(String name, boolean resolved, String canonical, boolean uncertain, boolean group,
                           boolean unspecified, List<String> members) {

    public ReviewAgency {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** The directory's name differs from the written one (shown beside it). */
    public boolean renamed() {
        return canonical != null && !canonical.equals(name);
    }

    /** Member names for a tooltip. */
    public String memberList() {
        return String.join(", ", members);
    }
}
