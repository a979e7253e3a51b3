package vn.dondoc.app.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users in table {@code app_user}. */
@Repository
class UserRepository {

    private static final String SELECT = """
            select u.id, u.username, u.full_name, u.email, u.role, u.agency_id, a.name as agency_name,
                   u.enabled, u.mail_enabled, u.last_login_at, u.version, u.password_hash,
                   u.password_checked
              from app_user u left join agency a on a.id = u.agency_id
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A user row with its secrets, for authentication only; {@code passwordChecked}: the password is known not to
     * be the demo password.
     */
    record StoredUser(UserAccount account, String passwordHash, boolean passwordChecked) {
    }

    List<UserAccount> findAll() {
        return jdbc.sql(SELECT + " order by u.role, a.name nulls first, u.username").query(this::map).list()
                .stream().map(StoredUser::account).toList();
    }

    Optional<StoredUser> findById(long id) {
        return jdbc.sql(SELECT + " where u.id = ?").param(id).query(this::map).optional();
    }

    Optional<StoredUser> findByUsername(String username) {
        return jdbc.sql(SELECT + " where lower(u.username) = lower(?)").param(username).query(this::map).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(?)").param(username)
                .query(Integer.class).single() > 0;
    }

    long insert(String username, String fullName, String email, Role role, Long agencyId, String hash,
                boolean passwordChecked) {
        return jdbc.sql("""
                insert into app_user (username, full_name, email, role, agency_id, password_hash, password_checked)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(username, fullName, email, role.name(), agencyId, hash, passwordChecked).query(Long.class).single();
    }

    /** Updates when {@code version} is still current; returns false when someone changed it meanwhile. */
    boolean update(long id, int version, String fullName, String email, Role role, Long agencyId) {
        return jdbc.sql("""
                update app_user set full_name = ?, email = ?, role = ?, agency_id = ?, version = version + 1,
                       updated_at = now()
                 where id = ? and version = ?""")
                .params(fullName, email, role.name(), agencyId, id, version).update() == 1;
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = ?, version = version + 1, updated_at = now() where id = ?")
                .params(enabled, id).update();
    }

    void setMailEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set mail_enabled = ?, updated_at = now() where id = ?").params(enabled, id).update();
    }

    void setPassword(long id, String hash, boolean passwordChecked) {
        jdbc.sql("""
                update app_user set password_hash = ?, password_checked = ?, version = version + 1, updated_at = now() where id = ?""").params(hash, passwordChecked, id).update();
    }

    /** Enabled users whose password has not been checked against the demo password yet. */
    List<StoredUser> enabledUnchecked() {
        return jdbc.sql(SELECT + " where u.enabled and not u.password_checked order by u.id").query(this::map).list();
    }

    void markPasswordChecked(long id) {
        jdbc.sql("update app_user set password_checked = true where id = ?").param(id).update();
    }

    void recordSuccess(long id, Instant at) {
        jdbc.sql("update app_user set last_login_at = ? where id = ?")
                .params(Timestamp.from(at), id).update();
    }

    /** Ids of the enabled admins, locked for the rest of the transaction. */
    List<Long> lockEnabledAdmins() {
        return jdbc.sql("select id from app_user where role = 'ADMIN' and enabled for update").query(Long.class).list();
    }

    boolean anyEnabledAdmin() {
        return jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled").query(Long.class).single() > 0;
    }

    /** The admin account to enable again when no admin is enabled: {@code admin} if it is one, else the oldest. */
    Optional<Long> adminToRestore() {
        return jdbc.sql("select id from app_user where role = 'ADMIN' order by lower(username) = 'admin' desc, id limit 1")
                .query(Long.class).optional();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private StoredUser map(ResultSet rs, int row) throws SQLException {
        Timestamp last = rs.getTimestamp("last_login_at");
        long agency = rs.getLong("agency_id");
        Long agencyId = rs.wasNull() ? null : agency;
        UserAccount a = new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), agencyId, rs.getString("agency_name"),
                rs.getBoolean("enabled"), rs.getBoolean("mail_enabled"), last == null ? null : last.toInstant(),
                rs.getInt("version"));
        return new StoredUser(a, rs.getString("password_hash"), rs.getBoolean("password_checked"));
    }
}
