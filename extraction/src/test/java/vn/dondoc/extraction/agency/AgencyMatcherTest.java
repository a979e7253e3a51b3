package vn.dondoc.extraction.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyMatcherTest {

    static final CsvAgencyDirectory DIR = CsvAgencyDirectory.loadDefault();
    static final AgencyMatcher M = DIR.matcher();

    private static String code(String mention) {
        return M.match(mention).map(m -> m.entry().code()).orElse(null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            // OCR damage, sample 003
            "Sé Khoa hgc va Cong nghé; QNG-SO-KHCN",
            "S& KH&CN; QNG-SO-KHCN",
            "S6 Noi vy; QNG-SO-NOI-VU",
            "Sé Noi vu; QNG-SO-NOI-VU",
            "S¢ Tai chinh; QNG-SO-TAI-CHINH",
            "Céng an tinh; QNG-CONG-AN",
            "Cong an tinh; QNG-CONG-AN",
            "Vin phong UBND tinh; QNG-VP-UBND",
            "Vian phong Tinh 0y; QNG-VP-TU",
            "Sở Gido duc va Pao tao; QNG-SO-GDDT",
            "Sé Van hoa, Thé thao va Du lich; QNG-SO-VHTTDL",
            "Cac sé, ban, nganh, dia phuong; GRP-SBN-DP",
            "Céc S¢, ban, nganh, dia phuong; GRP-SBN-DP",
            "cac So, ban, nganh, dia phuong; GRP-SBN-DP",
            "UBND cac xa, phuong, ddc khu; GRP-UBND-XA",
            "UBND cac phuong, xa, ddc khu; GRP-UBND-PHUONG-XA",
            "cac co quan lién quan; GRP-LQ-CQ",
            "cac co quan, don vi lién quan; GRP-LQ-CQ-DV",
            "cac co quan, don vi, dia phuong lién quan; GRP-LQ-CQ-DV-DP",
            // abbreviations, case, prefixes, suffixes
            "SỞ TÀI CHÍNH; QNG-SO-TAI-CHINH",
            "So Tai chinh; QNG-SO-TAI-CHINH",
            "Giao Sở Tài chính; QNG-SO-TAI-CHINH",
            "đồng chí Giám đốc Sở Tài chính; QNG-SO-TAI-CHINH",
            "Sở Tài chính tỉnh Quảng Ngãi; QNG-SO-TAI-CHINH",
            "Sở Tài chánh; QNG-SO-TAI-CHINH",
            "Sở KH&CN; QNG-SO-KHCN",
            "Sở KHCN; QNG-SO-KHCN",
            "Sở Khoa học & Công nghệ; QNG-SO-KHCN",
            "So Khoa hoc va Cong nghe tinh Quang Ngai; QNG-SO-KHCN",
            "Sở GD&ĐT; QNG-SO-GDDT",
            "Sở VH,TT&DL; QNG-SO-VHTTDL",
            "Sở NN&MT; QNG-SO-NN-MT",
            "Sở Tài nguyên và Môi trường; QNG-SO-NN-MT",
            "Văn phòng UBND tỉnh; QNG-VP-UBND",
            "Chánh Văn phòng UBND tỉnh; QNG-VP-UBND",
            "Công an tỉnh Quảng Ngãi; QNG-CONG-AN",
            "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi; QNG-BQL-KKT-DQ",
            "Liên hiệp các Hội KH&KT tỉnh; QNG-LHH-KHKT",
            "Ủy ban MTTQ Việt Nam tỉnh; QNG-MTTQ",
            "UBND tỉnh Điện Biên; TT-DIEN-BIEN",
            "UBND TP Hồ Chí Minh; TT-HO-CHI-MINH",
            "UBND xã Bình Sơn; QNG-XA-BINH-SON",
            "xã Tịnh Khê; QNG-XA-TINH-KHE",
            "Đặc khu Lý Sơn; QNG-DK-LY-SON",
            "UBND xã Ba Tơ; QNG-XA-BA-TOW",
            "UBND xã Ba Tô; QNG-XA-BA-TOO",
            "UBND các xã, phường, đặc khu; GRP-UBND-XA",
            "Các Sở; GRP-SO",
            "các sở, ban, ngành; GRP-SBN",
            "Bộ KH&CN; TW-BO-KHOA-HOC-VA-CONG-NGHE",
            "EVN; TW-EVN",
            "Tập đoàn Dầu khí Việt Nam; TW-PVN",
            "các cơ quan; GRP-CAC-CO-QUAN",
            "Công an; QNG-CONG-AN",
            "Các bộ, ngành, địa phương; GRP-BO-NGANH-DP",
            "các Bộ, cơ quan; GRP-BO-NGANH",
            "Người đứng đầu các sở, ban, ngành; GRP-SBN",
            "Sở Khoa học và Công nghệ chủ trì; QNG-SO-KHCN",
            "Chủ tịch UBND xã Tịnh Khê; QNG-XA-TINH-KHE",
            "Trưởng Ban Quản lý KKT Dung Quất; QNG-BQL-KKT-DQ",
            "UBND tỉnh Kon Tum; TT-QUANG-NGAI",
            "Ủy ban nhân dân tỉnh Bình Định; TT-GIA-LAI",
            "UBND tỉnh; TT-QUANG-NGAI",
            "Sở Thông tin và Truyền thông; QNG-SO-KHCN",
            "**Sở Tư pháp**; QNG-SO-TU-PHAP",
            "S0 Cong Thuong; QNG-SO-CONG-THUONG",
    })
    void resolves(String mention, String expected) {
        assertThat(code(mention)).as(mention + " " + M.match(mention)).isEqualTo(expected);
    }

    @Test
    void sovsBo() {
        assertThat(code("Sở Tài chính")).isEqualTo("QNG-SO-TAI-CHINH");
        assertThat(code("Bộ Tài chính")).isEqualTo("TW-BO-TAI-CHINH");
        assertThat(code("Bo Tai chinh")).isEqualTo("TW-BO-TAI-CHINH");
        assertThat(code("Sở Y tế")).isEqualTo("QNG-SO-Y-TE");
        assertThat(code("Bộ Y tế")).isEqualTo("TW-BO-Y-TE");
        assertThat(code("Bộ Tài chánh")).isEqualTo("TW-BO-TAI-CHINH");
        assertThat(code("Ban Tài chính")).isNull();
        assertThat(code("Sở Quốc phòng")).isNull();
    }

    @Test
    void exactScoresOneAndPrefixesSlightlyLess() {
        assertThat(M.match("Sở Tài chính").orElseThrow().score()).isEqualTo(1.0);
        assertThat(M.match("so tai chinh").orElseThrow().score()).isEqualTo(1.0);
        assertThat(M.match("UBND tỉnh Điện Biên").orElseThrow().score()).isEqualTo(1.0);
        assertThat(M.match("Giao Sở Tài chính").orElseThrow().score()).isEqualTo(0.98);
        double ocr = M.match("S¢ Tai chinh").orElseThrow().score();
        assertThat(ocr).isBetween(M.threshold(), 1.0);
        double fuzzy = M.match("Sé Khoa hgc va Cong nghé").orElseThrow().score();
        assertThat(fuzzy).isBetween(M.threshold(), 0.95);
    }

    @Test
    void namesThatFoldAlikeAreFlaggedWithoutDiacritics() {
        AgencyMatcher.Match m = M.match("UBND xa Ba To").orElseThrow();
        assertThat(m.entry().code()).isIn("QNG-XA-BA-TOW", "QNG-XA-BA-TOO");
        assertThat(m.score()).isEqualTo(0.90);
        assertThat(M.match("UBND xã Sơn Hạ").orElseThrow().entry().code()).isEqualTo("QNG-XA-SON-HAJ");
        assertThat(M.match("xã Sơn Hà").orElseThrow().entry().code()).isEqualTo("QNG-XA-SON-HAF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chủ đầu tư", "các nhà thầu", "Nguyễn Văn A", "Hội đồng thẩm định", "Sở Du lịch",
            "Sở", "Ủy ban", "Bộ Chính trị", "Ban Chỉ đạo tỉnh", "Trung tâm IOC", "", "   ", "123", "**",
            "Sở Khoa học", "Bộ", "tỉnh", "Văn phòng", "Thành phố Đà Lạt",
            "Bệnh viện Nhi Trung ương", "Sở Lao động", "các doanh nghiệp", "UBND huyện Bình Sơn", "Bình Sơn",
            "Sở Giao thông", "Chính phủ", "sinh mới", "hướng dẫn Ủy ban nhân dân", "trình", "Quốc hội", "Tập đoàn VNPT", "Gia Lai"})
    void unrelatedOrNearMissStaysUnresolved(String mention) {
        assertThat(M.match(mention)).as(mention + " " + M.match(mention)).isEmpty();
    }

    @Test
    void groupExpansion() {
        List<AgencyEntry> so = DIR.membersOf("GRP-SO");
        assertThat(so).hasSize(12).allMatch(e -> e.name().startsWith("Sở "));
        List<AgencyEntry> xa = DIR.membersOf("GRP-UBND-XA");
        assertThat(xa).hasSize(96).allMatch(e -> e.kind().equals("XA_PHUONG_DAC_KHU"));
        List<AgencyEntry> all = DIR.membersOf("GRP-SBN-DP");
        assertThat(all).extracting(AgencyEntry::code)
                .contains("QNG-SO-KHCN", "QNG-CONG-AN", "QNG-VP-UBND", "QNG-THANH-TRA", "QNG-XA-TINH-KHE")
                .doesNotContain("TW-BO-TAI-CHINH", "QNG-VNPT", "TT-QUANG-NGAI");
        assertThat(DIR.membersOf("GRP-SBN")).extracting(AgencyEntry::kind).doesNotContain("XA_PHUONG_DAC_KHU");
        assertThat(DIR.membersOf("GRP-UBND-TINH")).hasSize(34);
        assertThat(DIR.membersOf("GRP-BO-NGANH-DP")).extracting(AgencyEntry::kind)
                .containsOnly("BO_NGANH_TW", "CQ_THUOC_CHINH_PHU", "TINH_THANH");
        assertThat(DIR.membersOf("GRP-LQ-CQ-DV")).isEmpty();
        AgencyEntry unspecified = M.byCode("GRP-LQ-CQ-DV").orElseThrow();
        assertThat(unspecified.unspecified()).isTrue();
        assertThat(unspecified.kind()).isEqualTo(AgencyEntry.KIND_GROUP_UNSPECIFIED);
        assertThat(DIR.resolve("các cơ quan, đơn vị liên quan").orElseThrow().group()).isTrue();
        assertThat(M.membersOf(M.byCode("QNG-SO-KHCN").orElseThrow())).isEmpty();
    }

    @Test
    void resolveGivesTheApiRecord() {
        var m = DIR.resolve("S¢ Tai chinh").orElseThrow();
        assertThat(m.code()).isEqualTo("QNG-SO-TAI-CHINH");
        assertThat(m.name()).isEqualTo("Sở Tài chính");
        assertThat(m.kind()).isEqualTo("SO_BAN_NGANH");
        assertThat(m.group()).isFalse();
        assertThat(DIR.resolve("Chủ đầu tư")).isEqualTo(Optional.empty());
    }

    @Test
    void administrativeLevelIsPartOfTheHead() {
        assertThat(code("UBND phường Kon Tum")).isEqualTo("QNG-PHUONG-KON-TUM");
        assertThat(code("UBND tỉnh Kon Tum")).isEqualTo("TT-QUANG-NGAI");
        assertThat(code("UBND tinh Kon Tum")).isEqualTo("TT-QUANG-NGAI");
        assertThat(code("UBND thành phố Kon Tum")).isNull();
    }

    @Test
    void matcherWorksOverEntriesFromAnywhere() {
        AgencyMatcher small = new AgencyMatcher(List.of(
                AgencyEntry.agency("A", "Sở Tài chính", "SO_BAN_NGANH", "", List.of()),
                AgencyEntry.agency("B", "Bộ Tài chính", "BO_NGANH_TW", "", List.of())));
        assertThat(small.match("S¢ Tai chinh").orElseThrow().entry().code()).isEqualTo("A");
        assertThat(small.match("Bo Tai chinh").orElseThrow().entry().code()).isEqualTo("B");
    }
}
