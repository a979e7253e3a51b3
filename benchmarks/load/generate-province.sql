-- A province after five years of dondoc, for load tests at scale (issue 10): :n assignments (default 1,000,000)
-- on ~n/1.6 tasks from notices of ~20 tasks each, issued over :years years up to today, with long Vietnamese
-- texts, Zipf-distributed work over :agencies agencies, statuses that depend on age, progress reports,
-- extension requests and the periods of recurring tasks. Adds to whatever is in the database (ids continue after
-- the highest ones); meant for an empty scratch instance.
--
--   psql "$URL" -v n=1000000 -f benchmarks/load/generate-province.sql
--
-- Settings (psql -v): n (assignments, default 1000000), seed (default 20261208), agencies (default 150),
-- years (default 5), zipf (exponent, default 1.0: the biggest agency gets ~18 % of the work at 150 agencies),
-- today (YYYY-MM-DD, default today in Asia/Ho_Chi_Minh).
--
-- Deterministic: every choice is a hash of a row's key and the seed (hashint8extended), not random(), so the
-- same n, seed, agency directory and today give the same rows whatever plan or order PostgreSQL picks.
-- Runs in one transaction; the secondary indexes of the tables it fills are dropped and re-created from their
-- definitions (read from the catalog) in that transaction, which is much faster than maintaining the trigram
-- and full-text indexes row by row; as superuser, foreign keys are checked once at the end instead of row by row.
-- The tables are locked meanwhile: run it on an idle instance (then restart the app for comparable measurements).
-- Where the schema has confidence ratings (assignment.confidence …) they are filled; where it has task_generation
-- (the cache key of counts and dashboard figures) it is bumped.
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 1000000
\endif
\if :{?seed}
\else
  \set seed 20261208
\endif
\if :{?agencies}
\else
  \set agencies 150
\endif
\if :{?years}
\else
  \set years 5
\endif
\if :{?zipf}
\else
  \set zipf 1.0
\endif
\if :{?today}
\else
  select (now() at time zone 'Asia/Ho_Chi_Minh')::date as today \gset
\endif
\pset pager off
set client_min_messages = warning;
set work_mem = '256MB';
set maintenance_work_mem = '1GB';
set temp_buffers = '512MB';
set synchronous_commit = off;
-- modest CPU: at most one helper process for sorts and index builds
set max_parallel_workers_per_gather = 1;
set max_parallel_maintenance_workers = 1;
\timing on
\echo generating :n assignments over :years years up to :today, seed :seed

select coalesce((select max(id) from notice), 0) as bn, coalesce((select max(id) from task), 0) as bt,
       coalesce((select max(id) from assignment), 0) as ba, coalesce((select max(id) from assignment_event), 0) as be,
       coalesce((select max(id) from extension_request), 0) as bx, coalesce((select max(id) from occurrence), 0) as bo,
       clock_timestamp() as started \gset

begin;

-- ---------------------------------------------------------------- helpers (session-local, dropped at the end)
-- u(key, salt): a uniform number in [0, 1) from a row's key, fixed by the seed
select format($f$create function pg_temp.u(k bigint, s int) returns float8 language sql immutable parallel safe
  as 'select (hashint8extended(k, %s + s) & 9007199254740991)::float8 / 9007199254740992.0'$f$,
  (:seed)::bigint * 1000) \gexec
-- a weekend day moved to the next Monday
create function pg_temp.fwd(d date) returns date language sql immutable parallel safe
  as $$ select d + case extract(isodow from d)::int when 6 then 2 when 7 then 1 else 0 end $$;
create function pg_temp.fold(t text) returns text language sql stable parallel safe
  as $$ select replace(lower(unaccent(t)), 'đ', 'd') $$;
create function pg_temp.ts(d date, x float8, from_hour int, hours int) returns timestamptz language sql stable parallel safe
  as $$ select least((d + make_interval(hours => from_hour, secs => floor(x * hours * 3600)::int))::timestamp
                         at time zone 'Asia/Ho_Chi_Minh', now() - interval '1 minute') $$;

-- word lists: each is a function over x in [0, 1), the list a constant of the plan
create function pg_temp.w_action(x float8) returns text language sql immutable parallel safe as $$ select (array[
  'Chủ trì, phối hợp với các sở, ban, ngành và địa phương liên quan khẩn trương rà soát',
  'Tham mưu UBND tỉnh chỉ đạo thực hiện',
  'Tập trung chỉ đạo, đẩy nhanh tiến độ',
  'Rà soát, tổng hợp, đề xuất giải pháp đối với',
  'Đôn đốc, hướng dẫn các địa phương thực hiện',
  'Kiểm tra, đánh giá tình hình thực hiện',
  'Nghiên cứu, tham mưu ban hành kế hoạch về',
  'Tổ chức triển khai có hiệu quả',
  'Chỉ đạo các phòng chuyên môn và đơn vị trực thuộc thực hiện',
  'Hoàn thiện hồ sơ, thủ tục liên quan đến',
  'Xây dựng, trình UBND tỉnh phê duyệt đề án về',
  'Phối hợp với Văn phòng UBND tỉnh theo dõi, đôn đốc',
  'Báo cáo UBND tỉnh kết quả',
  'Tiếp thu ý kiến các thành viên dự họp, hoàn chỉnh dự thảo văn bản về',
  'Chủ động làm việc với các bộ, ngành Trung ương để tháo gỡ vướng mắc trong',
  'Tăng cường công tác thanh tra, kiểm tra']::text[])[1 + floor(x * 16)::int] $$;
create function pg_temp.w_object(x float8) returns text language sql immutable parallel safe as $$ select (array[
  'việc triển khai chuyển đổi số trong các cơ quan hành chính nhà nước',
  'Kế hoạch chuyển đổi số và phát triển chính quyền số của tỉnh',
  'việc cung cấp dịch vụ công trực tuyến toàn trình',
  'việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  'hạ tầng số và nền tảng dữ liệu dùng chung của tỉnh',
  'việc rà soát, đơn giản hóa thủ tục hành chính',
  'việc nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số SIPAS',
  'việc giải quyết hồ sơ trễ hạn tại Trung tâm Phục vụ hành chính công',
  'tiến độ giải ngân vốn đầu tư công năm {year}',
  'hồ sơ quyết toán các dự án hoàn thành sử dụng vốn ngân sách nhà nước',
  'việc điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2026 – 2030',
  'các dự án chậm tiến độ, kéo dài nhiều năm',
  'công tác bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất',
  'công tác giải phóng mặt bằng dự án đường ven biển Dung Quất – Sa Huỳnh',
  'việc cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân',
  'việc xử lý vi phạm trong quản lý, sử dụng đất đai',
  'Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
  'việc phát triển sản phẩm OCOP gắn với du lịch nông thôn',
  'Chương trình mục tiêu quốc gia giảm nghèo bền vững',
  'công tác phòng, chống thiên tai và tìm kiếm cứu nạn',
  'việc khắc phục hậu quả mưa lũ và khôi phục sản xuất',
  'việc bảo đảm an toàn hồ đập trong mùa mưa bão',
  'dự toán ngân sách nhà nước năm {year}',
  'công tác thu ngân sách nhà nước và chống thất thu thuế',
  'việc thực hành tiết kiệm, chống lãng phí',
  'việc quản lý, sử dụng tài sản công và xử lý nhà, đất dôi dư sau sắp xếp',
  'việc xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo',
  'việc chi trả trợ cấp xã hội hằng tháng qua tài khoản',
  'công tác giải quyết việc làm cho lao động nông thôn',
  'việc sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương hai cấp',
  'việc tinh giản biên chế, cơ cấu lại đội ngũ cán bộ, công chức, viên chức',
  'việc kiện toàn tổ chức bộ máy các cơ quan chuyên môn',
  'việc sắp xếp, tổ chức lại mạng lưới trường lớp',
  'cơ sở vật chất, trang thiết bị dạy học cho năm học mới',
  'chất lượng khám, chữa bệnh tại trạm y tế xã, phường',
  'công tác phòng, chống dịch bệnh truyền nhiễm',
  'việc thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt',
  'việc kiểm tra các cơ sở có nguy cơ gây ô nhiễm môi trường',
  'công tác quản lý hoạt động khai thác khoáng sản, cát, sỏi lòng sông',
  'việc thu hút đầu tư vào Khu kinh tế Dung Quất và các khu công nghiệp',
  'việc tháo gỡ khó khăn, vướng mắc cho doanh nghiệp và nhà đầu tư',
  'việc nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
  'công tác bảo đảm trật tự, an toàn giao thông',
  'việc phát triển du lịch biển, đảo Lý Sơn',
  'công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
  'việc triển khai Đề án 06 về ứng dụng dữ liệu dân cư, định danh và xác thực điện tử',
  'việc ứng dụng trí tuệ nhân tạo và chuyển đổi số trong y tế, giáo dục',
  'việc xây dựng cơ sở dữ liệu chuyên ngành và kết nối, chia sẻ dữ liệu']::text[])[1 + floor(x * 48)::int] $$;
create function pg_temp.w_tail(x float8) returns text language sql immutable parallel safe as $$ select (array[
  'trên địa bàn tỉnh', 'trong năm {year}', 'trong quý {q} năm {year}', 'theo đúng quy định của pháp luật',
  'bảo đảm tiến độ, chất lượng và hiệu quả', 'tại các xã, phường, đặc khu', 'giai đoạn 2026 – 2030',
  'theo chỉ đạo của Chủ tịch UBND tỉnh tại cuộc họp', 'tại {place}', 'trước mùa mưa bão năm {year}',
  'theo kết luận của Thường trực Tỉnh ủy', 'gắn với trách nhiệm của người đứng đầu',
  'trong 6 tháng cuối năm {year}', 'theo Nghị quyết của HĐND tỉnh']::text[])[1 + floor(x * 14)::int] $$;
create function pg_temp.w_sentence(x float8) returns text language sql immutable parallel safe as $$ select (array[
  'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc vượt thẩm quyền, kịp thời báo cáo, đề xuất UBND tỉnh (qua Văn phòng UBND tỉnh) xem xét, chỉ đạo.',
  'Phân công lãnh đạo phụ trách, xác định rõ người, rõ việc, rõ thời gian, rõ trách nhiệm và rõ kết quả đối với {obj}.',
  'Phối hợp với Sở Tài chính cân đối, bố trí kinh phí thực hiện {obj} theo quy định.',
  'Kết quả thực hiện là căn cứ để đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của người đứng đầu cơ quan, đơn vị năm {year}.',
  'Tổng hợp báo cáo kết quả thực hiện, gửi Văn phòng UBND tỉnh trước ngày {date} để tổng hợp, báo cáo Chủ tịch UBND tỉnh.',
  'Công khai kết quả trên Cổng thông tin điện tử tỉnh và cập nhật đầy đủ trên Hệ thống theo dõi nhiệm vụ.',
  'Rà soát các văn bản quy phạm pháp luật liên quan đến {obj}, đề xuất sửa đổi, bổ sung những nội dung không còn phù hợp.',
  'Lồng ghép với việc thực hiện {obj} để tiết kiệm nguồn lực, tránh chồng chéo.',
  'Chủ động tổ chức kiểm tra thực tế tại {place}, làm rõ nguyên nhân chậm trễ và trách nhiệm của tập thể, cá nhân liên quan.',
  'Đánh giá tác động về kinh tế – xã hội, môi trường, quốc phòng – an ninh trước khi trình cấp có thẩm quyền quyết định.',
  'Tổ chức lấy ý kiến của các sở, ngành, địa phương và đối tượng chịu tác động; tổng hợp, tiếp thu, giải trình đầy đủ.',
  'Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý, theo dõi và báo cáo kết quả thực hiện.',
  'Đối với các nội dung đã quá hạn, yêu cầu báo cáo rõ nguyên nhân, đề xuất thời hạn hoàn thành cụ thể.',
  'Phấn đấu hoàn thành {pct}% chỉ tiêu kế hoạch năm {year}, trong đó tập trung vào các địa bàn còn nhiều khó khăn.',
  'Chỉ đạo {place} phối hợp chặt chẽ, tạo điều kiện thuận lợi cho các đơn vị trong quá trình triển khai.',
  'Xây dựng lộ trình cụ thể, chia thành từng giai đoạn, có chỉ tiêu định lượng để theo dõi, đánh giá.',
  'Tuyên truyền sâu rộng trong cán bộ, đảng viên và Nhân dân về mục đích, ý nghĩa của {obj}, tạo đồng thuận xã hội.',
  'Bảo đảm công khai, minh bạch, không để phát sinh khiếu kiện phức tạp, điểm nóng về an ninh, trật tự.',
  'Trường hợp cần thiết, tham mưu thành lập Tổ công tác liên ngành để kiểm tra, đôn đốc, xử lý dứt điểm.',
  'Định kỳ hằng tháng báo cáo tiến độ; báo cáo đột xuất khi có yêu cầu của Chủ tịch UBND tỉnh.',
  'Rút kinh nghiệm sâu sắc đối với các đơn vị chậm triển khai nhiệm vụ được giao tại Thông báo số {num}/TB-UBND.',
  'Tổng hợp nhu cầu kinh phí, đề xuất nguồn vốn và cơ chế hỗ trợ đối với {obj} giai đoạn 2026 – 2030.',
  'Chịu trách nhiệm trước UBND tỉnh, Chủ tịch UBND tỉnh nếu để chậm trễ, ảnh hưởng đến tiến độ chung của tỉnh.',
  'Nghiên cứu kinh nghiệm của các địa phương đã triển khai hiệu quả để vận dụng phù hợp với điều kiện thực tế của tỉnh.']::text[])[1 + floor(x * 24)::int] $$;
create function pg_temp.w_note(x float8) returns text language sql immutable parallel safe as $$ select (array[
  'Đơn vị đã giao phòng chuyên môn chủ trì tham mưu triển khai thực hiện.',
  'Đến nay đã hoàn thành khoảng {pct}% khối lượng công việc.',
  'Đã ban hành Kế hoạch số {num}/KH-{abbr} để triển khai thực hiện.',
  'Đang phối hợp với các đơn vị liên quan để thống nhất phương án, dự kiến hoàn thành trước ngày {date}.',
  'Đã tổ chức họp triển khai, phân công nhiệm vụ cụ thể cho từng bộ phận.',
  'Đã có Văn bản số {num}/BC-{abbr} báo cáo kết quả thực hiện gửi Văn phòng UBND tỉnh.',
  'Khó khăn: nguồn kinh phí chưa được bố trí; đề nghị Sở Tài chính xem xét, tham mưu bố trí.',
  'Hồ sơ đang được hoàn thiện theo ý kiến góp ý của các sở, ngành.',
  'Đã kiểm tra thực tế tại {place}; kết quả kiểm tra được tổng hợp trong báo cáo kèm theo.',
  'Nội dung nhiệm vụ đã được lồng ghép vào kế hoạch công tác năm {year} của đơn vị.',
  'Đang chờ ý kiến thẩm định của cơ quan chuyên môn cấp trên.',
  'Vướng mắc về mặt bằng, hồ sơ pháp lý; đơn vị đang phối hợp với địa phương để giải quyết.',
  'Đã hoàn thành dự thảo, đang lấy ý kiến các cơ quan, đơn vị liên quan.',
  'Tiến độ chậm so với yêu cầu do thời tiết mưa kéo dài; đơn vị đã có giải pháp khắc phục.',
  'Số liệu đã được cập nhật đầy đủ trên hệ thống.',
  'Đơn vị cam kết hoàn thành đúng thời hạn được giao.',
  'Đã làm việc với các bộ, ngành Trung ương; đang chờ văn bản hướng dẫn.',
  'Tỷ lệ giải ngân đạt {pct}% kế hoạch vốn được giao.',
  'Đã tổ chức tập huấn cho cán bộ, công chức cấp xã về nội dung liên quan.',
  'Đề nghị UBND tỉnh cho phép kéo dài thời gian thực hiện đến ngày {date}.']::text[])[1 + floor(x * 20)::int] $$;
create function pg_temp.w_done(x float8) returns text language sql immutable parallel safe as $$ select (array[
  'Đơn vị đã hoàn thành nhiệm vụ; kết quả tại Báo cáo số {num}/BC-{abbr} ngày {date}.',
  'Đã ban hành Quyết định số {num}/QĐ-{abbr} và tổ chức triển khai; đề nghị Văn phòng UBND tỉnh xác nhận hoàn thành.',
  'Hoàn thành nhiệm vụ được giao; hồ sơ, tài liệu liên quan gửi kèm theo.',
  'Đã trình UBND tỉnh tại Tờ trình số {num}/TTr-{abbr}; nhiệm vụ hoàn thành.',
  'Đã tổ chức thực hiện xong, đạt {pct}% chỉ tiêu đề ra.',
  'Kết quả thực hiện đã được báo cáo tại cuộc họp giao ban; đề nghị xác nhận hoàn thành.',
  'Đã hoàn thành việc kiểm tra tại {place}, xử lý dứt điểm các tồn tại, hạn chế.',
  'Nhiệm vụ đã hoàn thành theo đúng nội dung chỉ đạo tại Thông báo kết luận.']::text[])[1 + floor(x * 8)::int] $$;
create function pg_temp.w_reason(x float8) returns text language sql immutable parallel safe as $$ select (array[
  'Khối lượng công việc lớn, cần thêm thời gian lấy ý kiến các sở, ngành và địa phương.',
  'Chờ hướng dẫn của bộ, ngành Trung ương.',
  'Vướng mắc về mặt bằng, hồ sơ pháp lý chưa được giải quyết dứt điểm.',
  'Nguồn kinh phí chưa được bố trí kịp thời.',
  'Ảnh hưởng của mưa lũ kéo dài làm chậm tiến độ thi công.',
  'Cần thêm thời gian để thẩm định, hoàn thiện hồ sơ trình cấp có thẩm quyền.']::text[])[1 + floor(x * 6)::int] $$;
create function pg_temp.w_product(x float8) returns text language sql immutable parallel safe as $$ select (array[
  'Báo cáo kết quả thực hiện', 'Kế hoạch triển khai', 'Tờ trình, dự thảo Quyết định của UBND tỉnh', 'Đề án',
  'Văn bản hướng dẫn', 'Báo cáo đánh giá', 'Dự thảo Nghị quyết trình HĐND tỉnh', 'Quyết định phê duyệt']::text[])[1 + floor(x * 8)::int] $$;
create function pg_temp.w_abbr(x float8) returns text language sql immutable parallel safe as $$ select (array[
  'STC', 'SXD', 'SNNMT', 'SYT', 'SGDĐT', 'SNV', 'UBND', 'CAT', 'STP', 'SCT']::text[])[1 + floor(x * 10)::int] $$;
create function pg_temp.w_person(x float8, y float8) returns text language sql immutable parallel safe as $$ select
  (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ']::text[])[1 + floor(x * 10)::int] || ' ' ||
  (array['Văn', 'Thị', 'Đức', 'Minh', 'Hữu', 'Thanh', 'Quốc', 'Ngọc']::text[])[1 + floor(y * 8)::int] || ' ' ||
  (array['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hạnh', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phong', 'Sơn', 'Tâm', 'Thắng',
         'Tuấn', 'Vân']::text[])[1 + floor(x * 160)::int % 16] $$;
-- places: the communes and wards of the directory (any province), else a few fixed ones
select format('create function pg_temp.w_place(x float8) returns text language sql immutable parallel safe as %L',
              format('select (%L::text[])[1 + floor(x * %s)::int]', array_agg(p order by p), count(*)))
  from (select regexp_replace(name, '^(Ủy ban nhân dân|UBND) ', '') as p from agency
         where kind = 'XA_PHUONG_DAC_KHU' and not is_group and active
        union all select unnest(array['xã Bình Sơn', 'phường Cẩm Thành', 'đặc khu Lý Sơn', 'xã Ba Tơ'])
         where not exists (select 1 from agency where kind = 'XA_PHUONG_DAC_KHU')) x \gexec
create function pg_temp.fill(t text, obj text, yr int, place text, d date, pct int, num int, abbr text)
  returns text language sql immutable parallel safe as $$
  select replace(replace(replace(replace(replace(replace(replace(replace(t,
         '{obj}', obj), '{year}', yr::text), '{q}', (array['I', 'II', 'III', 'IV'])[1 + num % 4]), '{place}', place),
         '{date}', to_char(d, 'DD/MM/YYYY')), '{pct}', pct::text), '{num}', num::text), '{abbr}', abbr) $$;

-- ---------------------------------------------------------------- agencies and their Zipf weights
-- rank 1 gets the most work: provincial departments first (finance, agriculture and environment, construction on
-- top), then provincial bodies, public service units, communes and wards, party and mass organisations.
create temp table ag on commit drop as
select (row_number() over (order by tier, top, md5(code || ':' || :'seed'), id))::int as rank, id, name_folded
  from (select a.id, a.code, a.name_folded,
               case a.kind when 'SO_BAN_NGANH' then 1 when 'CO_QUAN_TINH' then 2 when 'DON_VI_SU_NGHIEP' then 3
                           when 'XA_PHUONG_DAC_KHU' then 4 when 'DANG_DOAN_THE' then 5 when 'DOANH_NGHIEP' then 6
                           else 9 end as tier,
               coalesce(array_position(array['QNG-SO-TAI-CHINH', 'QNG-SO-NN-MT', 'QNG-SO-XAY-DUNG', 'QNG-VP-UBND',
                                             'QNG-SO-NOI-VU']::text[], a.code::text), 99) as top
          from agency a where not a.is_group and a.active and not a.unspecified) x
 order by 1 limit :agencies;
-- 10,000 buckets of equal probability, each naming an agency: rank r gets a share 1/r^zipf
create temp table zb on commit drop as
with w as (select rank, id, 1.0 / power(rank, :zipf) as w from ag),
     c as materialized (select rank, id, sum(w) over (order by rank) / sum(w) over () as hi from w)
select b, (select id from c where c.hi > (b + 0.5) / 10000.0 order by rank limit 1) as agency_id
  from generate_series(0, 9999) b;
create unique index on zb (b);
analyze zb;

-- ---------------------------------------------------------------- plan: tasks (with their number of agencies)
-- and notices (with their number of tasks), cut so that there are exactly :n assignments
create temp table tp on commit drop as
with c as (select k, pg_temp.u(k, 1) as x from generate_series(1, (:n / 1.5)::int + 1000) k),
     m as (select k, case when x < 0.60 then 1 when x < 0.85 then 2 when x < 0.95 then 3 when x < 0.985 then 4
                          else 5 end as m from c),
     s as (select k, m, sum(m) over (order by k) as cum from m)
select k, (m - greatest(cum - :n, 0))::int as m from s where cum - m < :n;
select count(*) as ntasks from tp \gset
create temp table np on commit drop as
with c as (select i, least(60, 3 + floor(-ln(1 - pg_temp.u(i, 2)) * 17))::int as c
             from generate_series(1, :ntasks / 10 + 10) i),
     s as (select i, c, sum(c) over (order by i) as cum from c)
select i, (c - greatest(cum - :ntasks, 0))::int as c, (cum - c + 1)::int as first_k from s where cum - c < :ntasks;
select count(*) as nnotices from np \gset
-- issue dates evenly over the years, weekdays only, in id order
create temp table nd on commit drop as
select i, c, first_k, issued,
       (row_number() over (partition by extract(year from issued) order by i) * 3 - floor(pg_temp.u(i, 4) * 3))::int as num
  from (select i, c, first_k,
               least(:'today'::date, pg_temp.fwd(:'today'::date - (:years * 365 + :years / 4)
                     + floor((i - pg_temp.u(i, 3)) / :nnotices * (:years * 365 + :years / 4))::int)) as issued
          from np) x;
-- tasks: S standing (no deadline), N without deadline, R recurring (P1M/P3M/P2W), D with a deadline
create temp table gt on commit drop as
select k, i, issued, pos, m, kind, rec, dur,
       case when kind in ('D', 'R') then pg_temp.fwd(case when pg_temp.u(k, 12) < 0.25
                                                      then (date_trunc('month', issued + dur) + interval '1 month - 1 day')::date
                                                      else issued + dur end) end as dl
  from (select tp.k, nd.i, nd.issued, (tp.k - nd.first_k + 1)::int as pos, tp.m, x.kind,
               case when x.kind = 'R' then (array['P1M', 'P1M', 'P1M', 'P1M', 'P1M', 'P1M', 'P1M', 'P3M', 'P3M', 'P2W'])
                                             [1 + floor(pg_temp.u(tp.k, 13) * 10)::int] end as rec,
               case x.kind when 'R' then (array[180, 270, 365, 365])[1 + floor(pg_temp.u(tp.k, 11) * 4)::int]
                           when 'D' then (array[7, 10, 14, 15, 15, 20, 30, 30, 30, 30, 45, 45, 60, 60, 60, 90, 90, 120,
                                                180, 180, 270, 365])[1 + floor(pg_temp.u(tp.k, 11) * 22)::int] end as dur
          from nd cross join lateral generate_series(nd.first_k, nd.first_k + nd.c - 1) t(k) join tp on tp.k = t.k
          cross join lateral (select case when pg_temp.u(tp.k, 10) < 0.05 then 'S' when pg_temp.u(tp.k, 10) < 0.12 then 'N'
                                          when pg_temp.u(tp.k, 10) < 0.15 then 'R' else 'D' end as kind) x) y;
create unique index on gt (k);
analyze gt;

-- ---------------------------------------------------------------- assignments
-- the agencies of a task: draws from the Zipf buckets, first m distinct ones (the first is the lead)
create temp table ga0 on commit drop as
select k, agency_id, (row_number() over (partition by k order by c) - 1)::int as idx
  from (select distinct on (g.k, z.agency_id) g.k, z.agency_id, c
          from gt g cross join lateral generate_series(0, g.m + 8) c
          join zb z on z.b = floor(pg_temp.u(g.k * 16 + c, 20) * 10000)::int
         order by g.k, z.agency_id, c) d;
-- every assignment with its story: extension, outcome (on time 70 % / late 30 % around the deadline, stuck
-- work that never finishes, declined / suspended / cancelled), acknowledgement and confirmation delays,
-- reports. q = k * 8 + idx is the key of its choices.
create temp table ga on commit drop as
select s4.*,
       case when status in ('DONE', 'AWAITING_CONFIRMATION') then done_day end as completed_on,
       case when status in ('DONE', 'AWAITING_CONFIRMATION') then 100
            when status = 'ASSIGNED' or nrep = 0 then 0 else p end as percent,
       case when status in ('DONE', 'AWAITING_CONFIRMATION') then pg_temp.ts(done_day, pg_temp.u(q, 52), 8, 9)
            when nrep > 0 then pg_temp.ts(start_day + floor(span * nrep / (nrep + 1.0))::int, pg_temp.u(q * 32 + nrep, 60), 7, 10)
       end as last_report_at
  from (select s3.*,
               case when status = 'ASSIGNED' then 0
                    when status = 'IN_PROGRESS' then 1 + floor(pg_temp.u(q, 50) * case when kind = 'S' then least(12, span / 60.0)
                                                                                       else least(4, span / 45.0) end)::int
                    when status in ('DONE', 'AWAITING_CONFIRMATION') then floor(pg_temp.u(q, 50) * least(1.5, span / 45.0))::int
                    when status = 'DECLINED' then 0
                    else floor(pg_temp.u(q, 50) * 2)::int end as nrep,
               case when dl_eff is not null
                    then least(95, greatest(5, round(least(1.0, (:'today'::date - issued)::numeric / greatest(dl_eff - issued, 1))
                                                     * (0.4 + 0.6 * pg_temp.u(q, 51)) * 20) * 5))::int
                    else (2 + floor(pg_temp.u(q, 51) * 17))::int * 5 end as p
          from (select s2.*, greatest(end_day - start_day, 0) as span
                  from (select s1.*,
                               case when status in ('DONE', 'AWAITING_CONFIRMATION') then done_day
                                    when status in ('DECLINED', 'SUSPENDED', 'CANCELLED')
                                    then least(:'today'::date, issued + 5 + floor(pg_temp.u(q, 53) * 120)::int)
                                    else :'today'::date end as end_day,
                               case when ext then case when status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CONFIRMATION')
                                                            and req_day >= :'today'::date - 14 and pg_temp.u(q, 44) < 0.6
                                                       then 'PENDING' when approved then 'APPROVED' else 'REJECTED' end
                               end as ext_status
                          from (select s0.*,
                                       case when special is not null then special
                                            when done_day + conf_lag <= :'today'::date then 'DONE'
                                            when done_day <= :'today'::date then 'AWAITING_CONFIRMATION'
                                            when never_ack or issued + ack_lag >= :'today'::date then 'ASSIGNED'
                                            else 'IN_PROGRESS' end as status,
                                       issued + case when never_ack then 0 else ack_lag end as start_day
                                  from (select b.*,
                                               case when done0 is null then null
                                                    else pg_temp.fwd(greatest(done0, issued + 1,
                                                                              case when ext then req_day + 1 end)) end as done_day
                                          from (select a.*,
                                                       case when special is not null or stuck then null
                                                            when kind = 'S' then case when pg_temp.u(q, 33) < 0.05
                                                                                      then issued + 30 + floor(pg_temp.u(q, 38) * 700)::int end
                                                            when dl_eff is null then issued + 10 + floor(-ln(1 - pg_temp.u(q, 33)) * 60)::int
                                                            when not late then dl_eff - floor((dl_eff - issued) * 0.6 * pg_temp.u(q, 33) ^ 2)::int
                                                            else dl_eff + 1 + floor(-ln(1 - pg_temp.u(q, 33)) * 25)::int end as done0
                                                  from (select x.*,
                                                               case when ext and approved then req_deadline else dl end as dl_eff
                                                          from (select e.k, e.idx, e.k * 8 + e.idx as q, e.agency_id, g.issued, g.kind,
                                                                       g.rec, g.dl, g.m,
                                                                       case when pg_temp.u(e.k * 8 + e.idx, 31) < 0.010 then 'DECLINED'
                                                                            when pg_temp.u(e.k * 8 + e.idx, 31) < 0.025 then 'SUSPENDED'
                                                                            when pg_temp.u(e.k * 8 + e.idx, 31) < 0.040 then 'CANCELLED' end as special,
                                                                       pg_temp.u(e.k * 8 + e.idx, 31) between 0.040 and 0.070 as stuck,
                                                                       pg_temp.u(e.k * 8 + e.idx, 32) >= 0.70 as late,
                                                                       floor(-ln(1 - pg_temp.u(e.k * 8 + e.idx, 34)) * 4)::int as ack_lag,
                                                                       pg_temp.u(e.k * 8 + e.idx, 35) < 0.04 as never_ack,
                                                                       floor(-ln(1 - pg_temp.u(e.k * 8 + e.idx, 36)) * 8)::int
                                                                         + case when pg_temp.u(e.k * 8 + e.idx, 37) < 0.01
                                                                                then 60 + floor(pg_temp.u(e.k * 8 + e.idx, 39) * 300)::int
                                                                                else 0 end as conf_lag,
                                                                       g.dl is not null and pg_temp.u(e.k * 8 + e.idx, 31) >= 0.040
                                                                         and pg_temp.u(e.k * 8 + e.idx, 40) < 0.03
                                                                         and g.issued + floor((g.dl - g.issued) * (0.5 + 0.4 * pg_temp.u(e.k * 8 + e.idx, 41)))::int
                                                                             <= :'today'::date as ext,
                                                                       g.issued + floor((g.dl - g.issued) * (0.5 + 0.4 * pg_temp.u(e.k * 8 + e.idx, 41)))::int as req_day,
                                                                       pg_temp.fwd(g.dl + 15 + floor(pg_temp.u(e.k * 8 + e.idx, 42) * 76)::int) as req_deadline,
                                                                       pg_temp.u(e.k * 8 + e.idx, 43) < 0.75 as approved
                                                                  from ga0 e join gt g using (k)
                                                                 where e.idx < g.m offset 0) x offset 0) a offset 0) b offset 0) s0 offset 0) s1 offset 0) s2
                                                                  offset 0) s3 offset 0) s4;
analyze ga;

-- ---------------------------------------------------------------- events: reports, confirmation, extensions
create temp table ge0 on commit drop as
select q, 'REPORT_PROGRESS'::text as action, r, pg_temp.ts(start_day + floor(span * r / (nrep + 1.0))::int,
                                                            pg_temp.u(q * 32 + r, 60), 7, 10) as at,
       case when status in ('DONE', 'AWAITING_CONFIRMATION') then least(95, greatest(5, round(20.0 * r / (nrep + 1)) * 5))
            else greatest(5, round(percent / 5.0 * r / nrep) * 5) end::int as percent,
       'IN_PROGRESS'::text as from_status, 'IN_PROGRESS'::text as to_status, null::date as old_deadline, null::date as new_deadline
  from ga cross join lateral generate_series(1, nrep) r
union all
select q, 'REPORT_COMPLETION', 0, last_report_at, 100, 'IN_PROGRESS', 'AWAITING_CONFIRMATION', null, null
  from ga where status in ('DONE', 'AWAITING_CONFIRMATION')
union all
select q, 'CONFIRM', 0, least(greatest(pg_temp.ts(done_day + conf_lag, pg_temp.u(q, 54), 8, 9), last_report_at + interval '1 hour'), now()),
       null, 'AWAITING_CONFIRMATION', 'DONE', null, null
  from ga where status = 'DONE'
union all
select q, 'REQUEST_EXTENSION', 0, pg_temp.ts(req_day, pg_temp.u(q, 55), 8, 9), null, 'IN_PROGRESS', 'IN_PROGRESS', dl, req_deadline
  from ga where ext
union all
select q, case when ext_status = 'APPROVED' then 'APPROVE_EXTENSION' else 'REJECT_EXTENSION' end, 0,
       pg_temp.ts(least(:'today'::date, req_day + 1 + floor(pg_temp.u(q, 56) * 6)::int), pg_temp.u(q, 57), 8, 9), null, null,
       null, case when ext_status = 'APPROVED' then dl end, case when ext_status = 'APPROVED' then req_deadline end
  from ga where ext and ext_status <> 'PENDING';
create temp table ge on commit drop as
select (row_number() over (order by at, q, action, r))::bigint as e, * from ge0;
drop table ge0;
analyze ge;
select count(*) as nevents from ge \gset

-- ---------------------------------------------------------------- the tables: indexes off, rows in, indexes on
create temp table saved_idx on commit drop as
select c.relname::text as tbl, i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
  from pg_index i join pg_class c on c.oid = i.indrelid
 where c.relnamespace = current_schema()::regnamespace
   and c.relname in ('notice', 'task', 'assignment', 'assignment_event', 'extension_request', 'occurrence')
   and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid);
select format('drop index %s', name) from saved_idx \gexec
-- foreign keys are checked once at the end (below) instead of row by row, when that is allowed (superuser) and
-- safe: replica mode skips triggers, so only when these tables have none of the app's own except the one that
-- bumps task_generation (the cache key of counts and dashboard figures), which is bumped below instead
select (select rolsuper from pg_roles where rolname = current_user)
       and not exists (select 1 from pg_trigger tg join pg_proc p on p.oid = tg.tgfoid
                        where not tg.tgisinternal and p.proname <> 'bump_task_generation'
                          and tg.tgrelid in ('notice'::regclass, 'task'::regclass, 'assignment'::regclass,
                                             'assignment_event'::regclass, 'extension_request'::regclass,
                                             'occurrence'::regclass)) as bulk \gset
\if :bulk
  set local session_replication_role = replica;
\endif

insert into notice (id, status, file_name, media_type, file_size, file_sha256, progress_done, progress_total, ocr,
                    number, issuer, issued_date, meeting_date, chair, title, task_count, uploaded_at, extracted_at)
select :bn + i, 'ISSUED', 'TB-' || num || '-UBND-' || extract(year from issued) || '.pdf', 'application/pdf',
       60000 + floor(pg_temp.u(i, 5) * 1500000)::int,
       encode(sha256(convert_to('dondoc-province-' || :'seed' || '-' || i, 'UTF8')), 'hex'), c, c,
       pg_temp.u(i, 6) < 0.15, num || '/TB-UBND', 'Ủy ban nhân dân tỉnh', issued,
       issued - 1 - floor(pg_temp.u(i, 7) * 6)::int, chair,
       'Kết luận của ' || chair || ' tại cuộc họp ' ||
       (array['nghe báo cáo tình hình thực hiện ', 'về ', 'giải quyết khó khăn, vướng mắc trong ',
              'kiểm điểm tiến độ ', 'bàn giải pháp đẩy nhanh '])[1 + floor(pg_temp.u(i, 8) * 5)::int] ||
       regexp_replace(pg_temp.w_object(pg_temp.u(i, 9)), '\{year\}', extract(year from issued)::text), c,
       pg_temp.ts(issued, pg_temp.u(i, 14), 8, 9), pg_temp.ts(issued, pg_temp.u(i, 14), 8, 9) + interval '3 minutes'
  from (select nd.*, (array['Chủ tịch UBND tỉnh', 'Phó Chủ tịch Thường trực UBND tỉnh', 'Phó Chủ tịch UBND tỉnh',
                            'Phó Chủ tịch UBND tỉnh'])[1 + floor(pg_temp.u(i, 15) * 4)::int] || ' ' ||
               pg_temp.w_person(pg_temp.u(i % 7, 16), pg_temp.u(i % 7, 17)) as chair from nd) x;

-- task texts: an opening sentence and 1-13 more (a few hundred to ~2,500 characters), placeholders filled per task;
-- search_text as the app computes it (folded content, then the folded names of the task's agencies)
insert into task (id, notice_id, ref, content, deadline_text, original_deadline, recurrence, standing, product,
                  created_at, search_text)
select :bt + k, :bn + i, pos::text, content,
       case kind when 'S' then 'Thường xuyên'
                 when 'N' then (array['Khẩn trương thực hiện', 'Trong thời gian sớm nhất', 'Theo tiến độ dự án'])
                                 [1 + floor(pg_temp.u(k, 24) * 3)::int]
                 when 'R' then case rec when 'P2W' then 'Định kỳ 2 tuần' when 'P1M' then 'Hằng tháng' else 'Hằng quý' end
                               || ', đến ngày ' || to_char(dl, 'DD/MM/YYYY')
                 else (array['Trước ngày ', 'Hoàn thành trước ngày ', 'Chậm nhất ngày ', 'Báo cáo UBND tỉnh trước ngày '])
                        [1 + floor(pg_temp.u(k, 24) * 4)::int] || to_char(dl, 'DD/MM/YYYY') end,
       dl, rec, kind = 'S', case when pg_temp.u(k, 25) < 0.4 then pg_temp.w_product(pg_temp.u(k, 26)) end,
       pg_temp.ts(issued, pg_temp.u(k, 30), 8, 9),
       pg_temp.fold(content) || ' ' || coalesce(names, '')
  from (select g.*, pg_temp.fill(pg_temp.w_action(pg_temp.u(k, 21)) || ' ' || obj || ' ' || pg_temp.w_tail(pg_temp.u(k, 22))
                                 || '.' || coalesce(more, ''),
                                 obj, extract(year from issued)::int, pg_temp.w_place(pg_temp.u(k, 27)),
                                 coalesce(dl, issued + 30) - 5, (14 + floor(pg_temp.u(k, 28) * 17))::int * 5,
                                 (100 + floor(pg_temp.u(k, 29) * 3900))::int, '') as content
          from (select g.*, regexp_replace(pg_temp.w_object(pg_temp.u(k, 23)), '^việc ', '') as obj,
                       (select string_agg(' ' || pg_temp.w_sentence(pg_temp.u(g.k * 16 + s, 101)), '' order by s)
                          from generate_series(1, 1 + floor(12 * pg_temp.u(g.k, 100) ^ 2.4)::int) s) as more
                  from gt g offset 0) g offset 0) t
  left join (select e.k, string_agg(distinct a.name_folded, ' ') as names
               from ga e join agency a on a.id = e.agency_id group by e.k) n using (k)
 order by k;

insert into assignment (id, task_id, agency_id, role, status, deadline, completed_on, progress_percent, last_report_at,
                        assigned_at, standing)
select :ba + j, :bt + k, agency_id, case when idx = 0 then 'LEAD' else 'SUPPORT' end, status,
       case when ext_status = 'APPROVED' then req_deadline else dl end, completed_on, percent, last_report_at,
       pg_temp.ts(issued, pg_temp.u(k, 30), 8, 9), kind = 'S'
  from (select row_number() over (order by k, idx) as j, * from ga) x
 order by j;
-- map from a generated assignment's key to its id, for the rows that point at assignments
create temp table gid on commit drop as
select q, :ba + row_number() over (order by k, idx) as id from ga;
create unique index on gid (q);
analyze gid;

insert into assignment_event (id, assignment_id, action, from_status, to_status, text, percent, created_at,
                              old_deadline, new_deadline, search_text)
select :be + e, id, action, from_status, to_status, text, percent, at, old_deadline, new_deadline, pg_temp.fold(text)
  from (select ge.*, gid.id,
               case ge.action
                 when 'REPORT_PROGRESS' then fill_note
                 when 'REPORT_COMPLETION' then pg_temp.fill(pg_temp.w_done(pg_temp.u(ge.q, 62)), '', y, place, at::date, 100, num, abbr)
                                               || case when pg_temp.u(ge.q, 63) < 0.5 then ' ' || fill_note else '' end
                 when 'REQUEST_EXTENSION' then pg_temp.w_reason(pg_temp.u(ge.q, 64))
                 when 'APPROVE_EXTENSION' then 'Gia hạn đến ' || to_char(ge.new_deadline, 'DD/MM/YYYY')
                 when 'REJECT_EXTENSION' then 'Không đồng ý gia hạn; đề nghị đơn vị khẩn trương hoàn thành nhiệm vụ.'
               end as text
          from ge join gid using (q)
          cross join lateral (select extract(year from ge.at)::int as y, pg_temp.w_place(pg_temp.u(ge.q, 65)) as place,
                                     (100 + floor(pg_temp.u(ge.e, 66) * 3900))::int as num,
                                     pg_temp.w_abbr(pg_temp.u(ge.q, 67)) as abbr) v
          -- 1-3 sentences of a report
          cross join lateral (select case when ge.action in ('REPORT_PROGRESS', 'REPORT_COMPLETION') then pg_temp.fill(
                                       pg_temp.w_note(pg_temp.u(ge.q * 64 + ge.r * 4, 102))
                                       || case when c >= 1 then ' ' || pg_temp.w_note(pg_temp.u(ge.q * 64 + ge.r * 4 + 1, 102)) else '' end
                                       || case when c >= 2 then ' ' || pg_temp.w_note(pg_temp.u(ge.q * 64 + ge.r * 4 + 2, 102)) else '' end,
                                       '', v.y, v.place, ge.at::date + 20, coalesce(ge.percent, 100), v.num, v.abbr) end as fill_note
                                from (select floor(3 * pg_temp.u(ge.q * 64 + ge.r, 103))::int as c offset 0) cc) nt offset 0) x
 order by e;

insert into extension_request (id, assignment_id, current_deadline, requested_deadline, reason, status, requested_at,
                               decided_at, decision_note)
select :bx + row_number() over (order by r.e), r.id, r.old_deadline, r.new_deadline, r.text, g.ext_status, r.created_at,
       d.created_at, d.text
  from (select ge.e, ge.q, gid.id, ev.old_deadline, ev.new_deadline, ev.text, ev.created_at
          from ge join gid using (q) join assignment_event ev on ev.id = :be + ge.e
         where ge.action = 'REQUEST_EXTENSION') r
  join ga g on g.q = r.q
  left join (select ge.q, ev.text, ev.created_at from ge join assignment_event ev on ev.id = :be + ge.e
              where ge.action in ('APPROVE_EXTENSION', 'REJECT_EXTENSION')) d on d.q = r.q;

-- periods of recurring assignments, as the occurrences job would have made them while the work was open: most
-- reported on time, some late, some missed; the current period reported in part
insert into occurrence (id, assignment_id, seq, period_start, due_on, reported_at)
select :bo + row_number() over (order by id, seq), id, seq, period_start, due_on,
       case when due_on <= :'today'::date then
              case when x < 0.75 then pg_temp.ts(greatest(period_start, due_on - floor(pg_temp.u(key, 72) * 10)::int), pg_temp.u(key, 73), 8, 9)
                   when x < 0.88 and due_on + 20 <= :'today'::date then pg_temp.ts(due_on + 1 + floor(pg_temp.u(key, 72) * 20)::int, pg_temp.u(key, 73), 8, 9)
              end
            when x < 0.4 and period_start < :'today'::date
            then pg_temp.ts(period_start + floor(pg_temp.u(key, 72) * (:'today'::date - period_start))::int, pg_temp.u(key, 73), 8, 9)
       end
  from (select gid.id, p.k + 1 as seq, p.period_start, p.due_on, gid.id * 1000 + p.k as key, pg_temp.u(gid.id * 1000 + p.k, 71) as x
          from ga join gid using (q)
          cross join lateral (select k, (ga.issued + k * per)::date as period_start,
                                     least((ga.issued + (k + 1) * per)::date, coalesce(dl_now, 'infinity')) as due_on
                                from (select case ga.rec when 'P2W' then interval '14 days' when 'P1M' then interval '1 month'
                                                         else interval '3 months' end as per,
                                             case when ga.ext_status = 'APPROVED' then ga.req_deadline else ga.dl end as dl_now) pp,
                                     generate_series(0, 40) k
                               where (ga.issued + k * per)::date <= case when ga.status in ('DONE', 'AWAITING_CONFIRMATION')
                                                                         then ga.done_day else :'today'::date end
                                 and (dl_now is null or (ga.issued + k * per)::date < dl_now)) p
         where ga.rec is not null and ga.status not in ('DECLINED', 'CANCELLED')) o;

-- confidence ratings (only where the schema has them: assignment.confidence, and the rating of each report on
-- assignment_event): 60 % of open work with a report carries the rating of its latest report, red and amber with
-- a reason; worse when overdue or close to the deadline; a completion report awaiting confirmation is green
create temp table gconf on commit drop as
select gid.id as assignment_id, :be + ge.e as event_id, ga.last_report_at as rated_at, r.rating,
       case r.rating when 'RED' then (array['Chưa được bố trí kinh phí thực hiện; không thể hoàn thành đúng thời hạn, đề nghị xem xét gia hạn.',
                                             'Vướng mắc về mặt bằng chưa được tháo gỡ; không kịp hoàn thành theo thời hạn được giao.',
                                             'Chờ ý kiến của bộ, ngành Trung ương; đề nghị UBND tỉnh cho phép điều chỉnh thời hạn.'])
                                       [1 + floor(pg_temp.u(ga.q, 82) * 3)::int]
                     when 'AMBER' then (array['Còn chờ ý kiến thẩm định của các sở, ngành; có nguy cơ chậm nếu không có ý kiến trong tháng.',
                                               'Khối lượng công việc lớn, đơn vị đang tập trung nhân lực để bảo đảm tiến độ.',
                                               'Thời tiết mưa kéo dài ảnh hưởng tiến độ thi công; đơn vị theo dõi sát.'])
                                         [1 + floor(pg_temp.u(ga.q, 82) * 3)::int] end as note
  from ga join gid using (q)
  join ge on ge.q = ga.q and ((ga.status = 'IN_PROGRESS' and ge.action = 'REPORT_PROGRESS' and ge.r = ga.nrep)
                              or (ga.status = 'AWAITING_CONFIRMATION' and ge.action = 'REPORT_COMPLETION'))
  cross join lateral (select pg_temp.u(ga.q, 81) as x,
                             coalesce((case when ga.ext_status = 'APPROVED' then ga.req_deadline else ga.dl end)
                                      - :'today'::date, 100000) as left_days) d
  cross join lateral (select case when ga.status = 'AWAITING_CONFIRMATION' then 'GREEN'
                                  when d.left_days < 0 then case when x < 0.5 then 'RED' when x < 0.85 then 'AMBER' else 'GREEN' end
                                  when d.left_days < 14 then case when x < 0.2 then 'RED' when x < 0.5 then 'AMBER' else 'GREEN' end
                                  else case when x < 0.08 then 'RED' when x < 0.3 then 'AMBER' else 'GREEN' end end as rating) r
 where ga.status in ('IN_PROGRESS', 'AWAITING_CONFIRMATION') and pg_temp.u(ga.q, 80) < 0.6;
do $$
declare
  has text[] := array(select table_name || '.' || column_name from information_schema.columns
                       where table_schema = current_schema() and table_name in ('assignment', 'assignment_event')
                         and column_name in ('confidence', 'confidence_note', 'confidence_at'));
begin
  if 'assignment.confidence' = any (has) then
    execute 'update assignment a set confidence = c.rating'
         || case when 'assignment.confidence_note' = any (has) then ', confidence_note = c.note' else '' end
         || case when 'assignment.confidence_at' = any (has) then ', confidence_at = c.rated_at' else '' end
         || ' from gconf c where a.id = c.assignment_id';
    raise notice 'assignment.confidence: % rated', (select count(*) from gconf);
  end if;
  if 'assignment_event.confidence' = any (has) then
    execute 'update assignment_event e set confidence = c.rating'
         || case when 'assignment_event.confidence_note' = any (has) then ', confidence_note = c.note' else '' end
         || ' from gconf c where e.id = c.event_id';
  end if;
end $$;

\echo re-creating indexes
select def from saved_idx \gexec

set local session_replication_role = origin;
-- the foreign keys of the new rows
select set_config('dondoc.gen_orphans', count(*)::text, true) from (
  select 1 from task t where t.id > :bt and t.notice_id is not null
                         and not exists (select 1 from notice n where n.id = t.notice_id)
  union all
  select 1 from assignment a where a.id > :ba and (not exists (select 1 from task t where t.id = a.task_id)
                                                   or not exists (select 1 from agency g where g.id = a.agency_id))
  union all
  select 1 from assignment_event e where e.id > :be and not exists (select 1 from assignment a where a.id = e.assignment_id)
  union all
  select 1 from extension_request x where x.id > :bx and not exists (select 1 from assignment a where a.id = x.assignment_id)
  union all
  select 1 from occurrence o where o.id > :bo and not exists (select 1 from assignment a where a.id = o.assignment_id)) x
\g /dev/null
do $$
begin
  if current_setting('dondoc.gen_orphans')::bigint > 0 then
    raise exception '% generated rows point at missing rows', current_setting('dondoc.gen_orphans');
  end if;
end $$;

-- cached counts and dashboard figures are stale now
do $$
begin
  if to_regclass('task_generation') is not null then
    update task_generation set n = n + 1;
  end if;
end $$;

select setval(pg_get_serial_sequence('notice', 'id'), greatest(max(id), 1)) from notice \g /dev/null
select setval(pg_get_serial_sequence('task', 'id'), greatest(max(id), 1)) from task \g /dev/null
select setval(pg_get_serial_sequence('assignment', 'id'), greatest(max(id), 1)) from assignment \g /dev/null
select setval(pg_get_serial_sequence('assignment_event', 'id'), greatest(max(id), 1)) from assignment_event \g /dev/null
select setval(pg_get_serial_sequence('extension_request', 'id'), greatest(max(id), 1)) from extension_request \g /dev/null
select setval(pg_get_serial_sequence('occurrence', 'id'), greatest(max(id), 1)) from occurrence \g /dev/null
commit;

\echo vacuum analyze
vacuum (analyze) notice, task, assignment, assignment_event, extension_request, occurrence;

\echo
\echo ==== generated
select :nnotices as notices, :ntasks as tasks, :n as assignments, :nevents as events,
       (select count(*) from extension_request where id > :bx) as extension_requests,
       (select count(*) from occurrence where id > :bo) as occurrences,
       date_trunc('second', clock_timestamp() - :'started'::timestamptz) as took;
