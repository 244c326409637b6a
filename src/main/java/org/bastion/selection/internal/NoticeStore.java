package org.bastion.selection.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeSql;
import org.bastion.people.EducationLevel;
import org.bastion.selection.internal.Reserve.Candidate;
import org.bastion.selection.internal.Reserve.Notice;
import org.bastion.selection.internal.Reserve.Objection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of public notices, their entries as published, and objections. */
@Repository
class NoticeStore {

	private final JdbcClient jdbc;

	NoticeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// notices

	long insertNotice(Notice n) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into reserve_notice (round_id, title, starts_on, ends_on, published_by, published_at, issued_by, supervision_phone)
				values (:round, :title, :starts, :ends, :by, :at, :issuer, :phone)""")
			.param("round", n.roundId()).param("title", n.title()).param("starts", n.startsOn())
			.param("ends", n.endsOn()).param("by", n.publishedBy()).param("at", n.publishedAt())
			.param("issuer", n.issuedBy()).param("phone", n.supervisionPhone()).update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Notice> notice(long id) {
		return jdbc.sql("select * from reserve_notice where id = :id").param("id", id).query(ReserveRows.NOTICE).optional();
	}

	/** Notices that have started by {@code today} and still list someone on notice, or ended within 30 days. */
	List<Notice> publicNotices(LocalDate today) {
		return jdbc.sql("""
				select n.* from reserve_notice n where n.starts_on <= :today
				  and (n.ends_on >= :since or exists (select 1 from reserve_candidate c where c.notice_id = n.id and c.state = 'IN_NOTICE'))
				order by n.starts_on desc, n.id desc""")
			.param("today", today).param("since", today.minusDays(30)).query(ReserveRows.NOTICE).list();
	}

	List<Notice> notices(DataScope scope) {
		ScopeSql.Condition s = ScopeSql.of(scope).divisions("r.division_code").organizations("r.organization_id").condition();
		return jdbc.sql("select n.* from reserve_notice n join reserve_round r on r.id = n.round_id where " + s.where()
				+ " order by n.starts_on desc, n.id desc").params(s.params()).query(ReserveRows.NOTICE).list();
	}

	void insertNoticeEntry(long noticeId, Reserve.NoticeEntry e) {
		jdbc.sql("""
				insert into reserve_notice_entry (notice_id, candidate_id, name, village_name, age, education, proposed_role)
				values (:notice, :candidate, :name, :village, :age, :education, :role)""")
			.param("notice", noticeId).param("candidate", e.candidateId()).param("name", e.name())
			.param("village", e.villageName()).param("age", e.age()).param("education", e.education().name())
			.param("role", e.proposedRole()).update();
	}

	/** The entries as published, in the order the candidates were recommended. */
	List<Reserve.NoticeEntry> noticeEntries(long noticeId) {
		return jdbc.sql("""
				select candidate_id, name, village_name, age, education, proposed_role from reserve_notice_entry
				where notice_id = :n order by candidate_id""")
			.param("n", noticeId)
			.query((rs, n) -> new Reserve.NoticeEntry(rs.getLong("candidate_id"), rs.getString("name"),
					rs.getString("village_name"), rs.getInt("age"),
					EducationLevel.valueOf(rs.getString("education")), rs.getString("proposed_role")))
			.list();
	}

	List<Candidate> candidatesOfNotice(long noticeId) {
		return jdbc.sql("select * from reserve_candidate where notice_id = :n order by id").param("n", noticeId)
			.query(ReserveRows.CANDIDATE).list();
	}

	// objections

	long insertObjection(long candidateId, String text, String contact, String addressHash, LocalDateTime at) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into reserve_objection (candidate_id, body, contact, address_hash, filed_at, status)
				values (:c, :text, :contact, :hash, :at, 'OPEN')""")
			.param("c", candidateId).param("text", text).param("contact", contact).param("hash", addressHash)
			.param("at", at).update(key, "id");
		return key.getKey().longValue();
	}

	int objectionsFrom(String addressHash, LocalDateTime since) {
		return jdbc.sql("select count(*) from reserve_objection where address_hash = :h and filed_at >= :since")
			.param("h", addressHash).param("since", since).query(Integer.class).single();
	}

	Optional<Objection> objection(long id) {
		return jdbc.sql("select * from reserve_objection where id = :id").param("id", id).query(ReserveRows.OBJECTION).optional();
	}

	List<Objection> objections(long candidateId) {
		return jdbc.sql("select * from reserve_objection where candidate_id = :c order by filed_at, id")
			.param("c", candidateId).query(ReserveRows.OBJECTION).list();
	}

	List<Objection> openObjections(DataScope scope) {
		ScopeSql.Condition s = ScopeSql.of(scope).divisions("c.village_code").organizations("r.organization_id").condition();
		return jdbc.sql("select o.* from reserve_objection o join reserve_candidate c on c.id = o.candidate_id"
				+ " join reserve_round r on r.id = c.round_id where o.status = 'OPEN' and " + s.where()
				+ " order by o.filed_at").params(s.params()).query(ReserveRows.OBJECTION).list();
	}

	boolean answerObjection(long id, String status, String answer, String by, LocalDateTime at) {
		return jdbc.sql("""
				update reserve_objection set status = :status, answer = :answer, answered_by = :by, answered_at = :at
				where id = :id and status = 'OPEN'""")
			.param("status", status).param("answer", answer).param("by", by).param("at", at).param("id", id)
			.update() == 1;
	}
}
