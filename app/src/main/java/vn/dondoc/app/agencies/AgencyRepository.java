package vn.dondoc.app.agencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dondoc.extraction.text.VietnameseText;

/** Agencies and groups in table {@code agency}. */
@Repository
class AgencyRepository {

    private static final String SELECT = """
            select id, code, name, kind, short_name, aliases, is_group, member_spec, unspecified, active, version
              from agency""";

    private final JdbcClient jdbc;

    AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Agency> findAll() {
        return jdbc.sql(SELECT + " order by is_group, kind, name").query(this::map).list();
    }

    Optional<Agency> findById(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::map).optional();
    }

    Optional<Agency> findByCode(String code) {
        return jdbc.sql(SELECT + " where code = ?").param(code).query(this::map).optional();
    }

    List<Agency> search(String query, int limit) {
        String folded = "%" + VietnameseText.fold(query).replace("%", "") + "%";
        return jdbc.sql(SELECT + " where name_folded like ? or replace(unaccent(lower(aliases)), 'đ', 'd') like ? order by is_group, name limit ?")
                .params(folded, folded, limit).query(this::map).list();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from agency where code = ?").param(code).query(Integer.class).single() > 0;
    }

    long insert(AgencyDraft d) {
        return jdbc.sql("""
                insert into agency (code, name, kind, short_name, aliases, is_group, member_spec, unspecified,
                                    active, name_folded)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.code(), d.name(), d.kind(), d.shortName(), String.join("|", d.aliases()), d.group(),
                        d.memberSpec(), d.unspecified(), d.active(), VietnameseText.fold(d.name()))
                .query(Long.class).single();
    }

    boolean update(long id, int version, AgencyDraft d) {
        return jdbc.sql("""
                update agency set code = ?, name = ?, kind = ?, short_name = ?, aliases = ?, is_group = ?,
                       member_spec = ?, unspecified = ?, active = ?, name_folded = ?, version = version + 1,
                       updated_at = now()
                 where id = ? and version = ?""")
                .params(d.code(), d.name(), d.kind(), d.shortName(), String.join("|", d.aliases()), d.group(),
                        d.memberSpec(), d.unspecified(), d.active(), VietnameseText.fold(d.name()), id, version)
                .update() == 1;
    }

    boolean seedApplied(String seed) {
        return jdbc.sql("select count(*) from agency_seed where seed = ?").param(seed).query(Integer.class).single() > 0;
    }

    void markSeedApplied(String seed) {
        jdbc.sql("insert into agency_seed (seed) values (?) on conflict do nothing").param(seed).update();
    }

    private Agency map(ResultSet rs, int row) throws SQLException {
        String aliases = rs.getString("aliases");
        return new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                rs.getString("short_name"),
                aliases == null || aliases.isBlank() ? List.of() : Arrays.asList(aliases.split("\\|")),
                rs.getBoolean("is_group"), rs.getString("member_spec"), rs.getBoolean("unspecified"),
                rs.getBoolean("active"), rs.getInt("version"));
    }
}
