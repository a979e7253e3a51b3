package vn.dondoc.app.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dondoc.app.support.ApiClient;
import vn.dondoc.app.support.DondocTest;

/** The database directory: seeded, resolves written mentions, expands groups, edited by admins. */
@DondocTest
@Tag("smoke")
class AgencyDirectoryTest {

    @Autowired
    AgencyService agencies;

    @Autowired
    AgencyLookup lookup;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void resolvesMentionsAsTheyAreWritten() {
        assertThat(lookup.resolve("Sở Tài chính").orElseThrow().name()).isEqualTo("Sở Tài chính");
        assertThat(lookup.resolve("So Tai chinh").orElseThrow().name()).isEqualTo("Sở Tài chính");
        assertThat(lookup.resolve("S¢ Tai chinh").orElseThrow().name()).isEqualTo("Sở Tài chính");
        assertThat(lookup.resolve("Sở KH&CN").orElseThrow().name()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(lookup.resolve("Bộ Tài chính").orElseThrow().name()).isEqualTo("Bộ Tài chính");
        assertThat(lookup.resolve("Công ty TNHH Ánh Dương")).isEmpty();
    }

    @Test
    void groupsExpandToTheirMembers() {
        var match = lookup.resolve("UBND các xã, phường, đặc khu").orElseThrow();
        assertThat(match.group()).isTrue();
        Agency group = agencies.findByCode(match.code()).orElseThrow();
        List<Agency> members = agencies.members(group);
        assertThat(members).isNotEmpty().allMatch(a -> a.kind().equals("XA_PHUONG_DAC_KHU"));

        var related = lookup.resolve("các cơ quan, đơn vị liên quan").orElseThrow();
        assertThat(agencies.members(agencies.findByCode(related.code()).orElseThrow())).isEmpty();
    }

    @Test
    void resolveEndpointAnswersInJson() throws Exception {
        var r = mvc.get().uri("/api/v1/agencies/resolve").param("mention", "Cong an tinh")
                .header("Authorization", ApiClient.bearer(mvc, "stc.chuyenvien")).exchange();
        assertThat(r).hasStatus(200);
        assertThat(r.getResponse().getContentAsString()).contains("Công an tỉnh");
        var none = mvc.get().uri("/api/v1/agencies/resolve").param("mention", "xyz không có")
                .header("Authorization", ApiClient.bearer(mvc, "stc.chuyenvien")).exchange();
        assertThat(none).hasStatus(404);
    }

    @Test
    void adminEditsAnAgencyAndAStaleEditIsRefused() {
        Agency created = agencies.create(new AgencyDraft("TEST-SO-MOI", "Sở Thử nghiệm", "SO_BAN_NGANH", "STN",
                List.of("Sở TN"), false, null, false, true));
        assertThat(lookup.resolve("So Thu nghiem").orElseThrow().code()).isEqualTo("TEST-SO-MOI");

        var admin = user(users.loadUserByUsername("admin"));
        var saved = mvc.post().uri("/admin/agencies/" + created.id()).with(admin).with(csrf())
                .param("code", "TEST-SO-MOI").param("name", "Sở Thử nghiệm mới").param("kind", "SO_BAN_NGANH")
                .param("aliases", "Sở TN\nSTNM").param("active", "true")
                .param("version", String.valueOf(created.version())).exchange();
        assertThat(saved).hasStatus(302);
        assertThat(agencies.find(created.id()).orElseThrow().name()).isEqualTo("Sở Thử nghiệm mới");
        assertThat(lookup.resolve("STNM").orElseThrow().code()).isEqualTo("TEST-SO-MOI");

        var stale = mvc.post().uri("/admin/agencies/" + created.id()).with(admin).with(csrf())
                .param("code", "TEST-SO-MOI").param("name", "Tên cũ").param("kind", "SO_BAN_NGANH")
                .param("version", String.valueOf(created.version())).exchange();
        assertThat(stale).hasStatus(200);
        assertThat(stale).bodyText().contains("vừa được người khác sửa");
        assertThat(agencies.find(created.id()).orElseThrow().name()).isEqualTo("Sở Thử nghiệm mới");
    }

    @Test
    void duplicateCodeIsAConflict() throws Exception {
        var r = mvc.post().uri("/api/v1/admin/agencies").header("Authorization", ApiClient.bearer(mvc, "admin"))
                .contentType("application/json")
                .content("{\"code\":\"TEST-TRUNG\",\"name\":\"Ban Thử\",\"kind\":\"SO_BAN_NGANH\",\"active\":true}").exchange();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        var dup = mvc.post().uri("/api/v1/admin/agencies").header("Authorization", ApiClient.bearer(mvc, "admin"))
                .contentType("application/json")
                .content("{\"code\":\"TEST-TRUNG\",\"name\":\"Ban Thử 2\",\"kind\":\"SO_BAN_NGANH\",\"active\":true}").exchange();
        assertThat(dup).hasStatus(409);
        assertThat(dup.getResponse().getContentAsString()).contains("đã tồn tại");
    }
}
