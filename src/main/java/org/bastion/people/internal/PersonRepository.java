package org.bastion.people.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.bastion.common.Gender;
import org.bastion.common.PageRequest;
import org.bastion.common.PageResult;
import org.bastion.common.scope.DataScope;
import org.bastion.common.scope.ScopeSql;
import org.bastion.organization.DepartmentKind;
import org.bastion.people.CadreRank;
import org.bastion.people.EducationLevel;
import org.bastion.people.PartyStatus;
import org.bastion.people.PersonData;
import org.bastion.people.PersonTag;
import org.bastion.people.internal.PersonQueryBuilder.Where;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Persons in SQL. The only class that reads or writes {@code id_number} and {@code mobile}: it
 * stores them encrypted by {@link PersonalDataCipher} beside their keyed hashes
 * ({@code id_number_hash}, {@code mobile_hash}), which serve uniqueness and exact lookups, and
 * decrypts them as it reads. Reads that serve a caller take a {@link DataScope} and apply it in
 * their SQL ({@link PersonQueryBuilder}).
 */
@Repository
public class PersonRepository {

	private static final String COLUMNS = "p.id, p.version, p.name, p.gender, p.ethnicity, p.birth_date, p.id_number, "
			+ "p.mobile, p.education, p.household_division_code, p.organization_id, p.joined_party_on, p.party_status, "
			+ "p.cadre_rank, p.workplace, p.department_kind";
	private static final String INSERT = "insert into person (name, gender, ethnicity, birth_date, id_number, mobile, "
			+ "education, household_division_code, organization_id, joined_party_on, party_status, cadre_rank, workplace, "
			+ "department_kind, id_number_hash, mobile_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final PersonalDataCipher cipher;
	private final ListCounts counts;

	/** Without the totals kept: every count is counted (a repository made by hand, e.g. with another cipher). */
	PersonRepository(JdbcClient jdbc, JdbcTemplate template, PersonalDataCipher cipher) {
		this(jdbc, template, cipher, new ListCounts());
	}

	@org.springframework.beans.factory.annotation.Autowired
	PersonRepository(JdbcClient jdbc, JdbcTemplate template, PersonalDataCipher cipher, ListCounts counts) {
		this.counts = counts;
		this.jdbc = jdbc;
		this.template = template;
		this.cipher = cipher;
	}

	public long insert(PersonData data) {
		counts.changed();
		KeyHolder keys = new GeneratedKeyHolder();
		template.update(con -> {
			PreparedStatement ps = con.prepareStatement(INSERT, new String[] {"id"});
			bind(ps, data);
			return ps;
		}, keys);
		long id = keys.getKeyAs(Number.class).longValue();
		insertTags(Map.of(id, data.tags()));
		return id;
	}

	/**
	 * Inserts all persons in JDBC batches, encrypting as it binds; returns the new ids by ID number,
	 * read from the generated keys rather than looked up again.
	 */
	public Map<String, Long> insertAll(List<PersonData> persons) {
		counts.changed();
		Map<String, Long> ids = new HashMap<>();
		for (int from = 0; from < persons.size(); from += CHUNK) {
			List<PersonData> chunk = persons.subList(from, Math.min(from + CHUNK, persons.size()));
			KeyHolder keys = new GeneratedKeyHolder();
			template.batchUpdate(con -> con.prepareStatement(INSERT, new String[] {"id"}), new BatchPreparedStatementSetter() {
				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					bind(ps, chunk.get(i));
				}

				@Override
				public int getBatchSize() {
					return chunk.size();
				}
			}, keys);
			List<Map<String, Object>> generated = keys.getKeyList();
			Map<Long, Set<PersonTag>> tags = new HashMap<>();
			for (int i = 0; i < chunk.size(); i++) {
				long id = ((Number) generated.get(i).values().iterator().next()).longValue();
				ids.put(chunk.get(i).idNumber(), id);
				if (!chunk.get(i).tags().isEmpty()) {
					tags.put(id, chunk.get(i).tags());
				}
			}
			insertTags(tags);
		}
		return ids;
	}

	/** Returns false when the version is stale or the person is gone. */
	public boolean update(long id, long version, PersonData d) {
		counts.changed();
		int rows = jdbc.sql("""
				update person set name = ?, gender = ?, ethnicity = ?, birth_date = ?, id_number = ?, mobile = ?,
				education = ?, household_division_code = ?, organization_id = ?, joined_party_on = ?, party_status = ?,
				cadre_rank = ?, workplace = ?, department_kind = ?, id_number_hash = ?, mobile_hash = ?,
				version = version + 1, updated_at = current_timestamp where id = ? and version = ?""")
			.params(d.name(), d.gender().name(), d.ethnicity(), d.birthDate(), cipher.encrypt(d.idNumber()),
					cipher.encrypt(d.mobile()), name(d.education()), d.householdDivisionCode(), d.organizationId(),
					d.joinedPartyOn(), name(d.partyStatus()), name(d.cadreRank()), d.workplace(), name(d.departmentKind()),
					cipher.hash(d.idNumber()), cipher.hash(d.mobile()), id, version)
			.update();
		if (rows == 0) {
			return false;
		}
		jdbc.sql("delete from person_tag where person_id = ?").param(id).update();
		insertTags(Map.of(id, d.tags()));
		return true;
	}

	/** The person, whatever the caller's scope: for the module's own checks. */
	public Optional<Person> find(long id) {
		return find(id, DataScope.everything());
	}

	/** The person if in scope. */
	public Optional<Person> find(long id, DataScope scope) {
		return findAll(List.of(id), scope).values().stream().findFirst();
	}

	public boolean exists(long id) {
		return jdbc.sql("select count(*) from person where id = ?").param(id).query(Long.class).single() > 0;
	}

	public Map<Long, Person> findAll(Collection<Long> ids) {
		return findAll(ids, DataScope.everything());
	}

	/** Those of these persons that are in scope, by id. */
	public Map<Long, Person> findAll(Collection<Long> ids, DataScope scope) {
		Map<Long, Person> found = new LinkedHashMap<>();
		ScopeSql.Condition inScope = PersonQueryBuilder.inScope(scope);
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<Long> chunk = all.subList(from, Math.min(from + CHUNK, all.size()));
			withTags(jdbc.sql("select " + COLUMNS + " from person p where p.id in (:ids)" + inScope.and() + " order by p.id")
				.param("ids", chunk).params(inScope.params()).query(this::map).list()).forEach(p -> found.put(p.id(), p));
		}
		return found;
	}

	/** Whether another person (not {@code exceptId}) holds this ID number; compares keyed hashes. */
	public boolean idNumberTaken(String idNumber, Long exceptId) {
		return jdbc.sql("select count(*) from person where id_number_hash = ? and id <> ?").param(cipher.hash(idNumber))
			.param(exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
	}

	/** Which of these person ids exist. */
	public Set<Long> existing(Collection<Long> ids) {
		Set<Long> found = new HashSet<>();
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += CHUNK) {
			found.addAll(jdbc.sql("select id from person where id in (:ids)")
				.param("ids", all.subList(from, Math.min(from + CHUNK, all.size()))).query(Long.class).list());
		}
		return found;
	}

	/** Person ids by ID number, for those of these numbers that are held; looked up by keyed hash. */
	public Map<String, Long> idsByIdNumber(Collection<String> idNumbers) {
		return idsByIdNumber(idNumbers, DataScope.everything());
	}

	/** As {@link #idsByIdNumber(Collection)}, for the persons in scope only. */
	public Map<String, Long> idsByIdNumber(Collection<String> idNumbers, DataScope scope) {
		Map<String, String> numberOfHash = new HashMap<>();
		idNumbers.forEach(n -> numberOfHash.put(cipher.hash(n), n));
		Map<String, Long> ids = new HashMap<>();
		ScopeSql.Condition inScope = PersonQueryBuilder.inScope(scope);
		List<String> all = List.copyOf(numberOfHash.keySet());
		for (int from = 0; from < all.size(); from += CHUNK) {
			jdbc.sql("select p.id, p.id_number_hash from person p where p.id_number_hash in (:hashes)" + inScope.and())
				.param("hashes", all.subList(from, Math.min(from + CHUNK, all.size()))).params(inScope.params())
				.query((rs, row) -> Map.entry(numberOfHash.get(rs.getString("id_number_hash")), rs.getLong("id"))).list()
				.forEach(e -> ids.put(e.getKey(), e.getValue()));
		}
		return ids;
	}

	public PageResult<Person> search(PersonQuery query, List<Long> organizationIds, DataScope scope, PageRequest page) {
		Where where = PersonQueryBuilder.where(query, organizationIds, scope, cipher);
		long total = total(where);
		List<Person> items = withTags(where
			.bind(jdbc.sql("select " + COLUMNS + " from person p" + where.sql() + " order by p.name, p.id limit :limit offset :offset"))
			.param("limit", page.size()).param("offset", page.offset()).query(this::map).list());
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** How many persons match, in scope. */
	public long count(PersonQuery query, DataScope scope) {
		Where where = PersonQueryBuilder.where(query, null, scope, cipher);
		return total(where);
	}

	/** The count of a search, kept for a few seconds ({@link ListCounts}). */
	private long total(Where where) {
		String sql = "select count(*) from person p" + where.sql();
		return counts.count(sql + new java.util.TreeMap<>(where.params()),
				() -> where.bind(jdbc.sql(sql)).query(Long.class).single());
	}

	/** Hands every matching person in scope to the consumer in id order, a chunk at a time, for exports. */
	public void forEachMatching(PersonQuery query, List<Long> organizationIds, DataScope scope, Consumer<List<Person>> consumer) {
		Where where = PersonQueryBuilder.where(query, organizationIds, scope, cipher);
		long after = 0;
		while (true) {
			String sql = "select " + COLUMNS + " from person p" + where.sql() + (where.sql().isEmpty() ? " where" : " and")
					+ " p.id > :after order by p.id limit " + CHUNK;
			List<Person> chunk = withTags(where.bind(jdbc.sql(sql)).param("after", after).query(this::map).list());
			if (chunk.isEmpty()) {
				return;
			}
			consumer.accept(chunk);
			after = chunk.get(chunk.size() - 1).id();
		}
	}

	public List<Person> members(long organizationId, DataScope scope) {
		ScopeSql.Condition inScope = PersonQueryBuilder.inScope(scope);
		return withTags(jdbc.sql("select " + COLUMNS + " from person p where p.organization_id = :organization"
				+ inScope.and() + " order by p.name, p.id")
			.param("organization", organizationId).params(inScope.params()).query(this::map).list());
	}

	/** Members of these organizations, whatever the caller's scope: for the tree's own checks. */
	public long countMembersIn(Collection<Long> organizationIds) {
		return countMembersIn(organizationIds, DataScope.everything());
	}

	public long countMembersIn(Collection<Long> organizationIds, DataScope scope) {
		if (organizationIds.isEmpty()) {
			return 0;
		}
		ScopeSql.Condition inScope = PersonQueryBuilder.inScope(scope);
		return jdbc.sql("select count(*) from person p where p.organization_id in (:ids)" + inScope.and())
			.param("ids", organizationIds).params(inScope.params()).query(Long.class).single();
	}

	public long moveMembers(long fromOrganizationId, long toOrganizationId) {
		counts.changed();
		return jdbc.sql("update person set organization_id = ?, version = version + 1, updated_at = current_timestamp "
				+ "where organization_id = ?").params(toOrganizationId, fromOrganizationId).update();
	}

	public List<Person> cadres(CadreRank rank, DataScope scope) {
		ScopeSql.Condition inScope = PersonQueryBuilder.inScope(scope);
		String sql = "select " + COLUMNS + " from person p where p.cadre_rank " + (rank == null ? "is not null" : "= :rank")
				+ inScope.and() + " order by p.name, p.id";
		JdbcClient.StatementSpec spec = jdbc.sql(sql).params(inScope.params());
		if (rank != null) {
			spec = spec.param("rank", rank.name());
		}
		return withTags(spec.query(this::map).list());
	}

	/**
	 * Seals with the current key every ID number and phone that is not yet sealed with it: rows
	 * stored in plain text before V11, and rows sealed with a retired key after a rotation. Works a
	 * chunk of rows at a time, in id order; returns how many rows it sealed anew.
	 */
	public int resealStale() {
		counts.changed();
		String current = "v" + cipher.currentVersion() + ":%";
		int sealed = 0;
		long after = 0;
		while (true) {
			List<Object[]> rows = new ArrayList<>();
			List<Long> seen = jdbc.sql("select id, id_number, mobile from person where id > :after and (id_number_hash is null "
					+ "or id_number not like :current or (mobile is not null and mobile not like :current)) order by id limit "
					+ CHUNK)
				.param("after", after).param("current", current)
				.query((rs, row) -> {
					String id = open(rs.getString("id_number"));
					String mobile = open(rs.getString("mobile"));
					rows.add(new Object[] {cipher.encrypt(id), cipher.hash(id), cipher.encrypt(mobile), cipher.hash(mobile),
							rs.getLong("id")});
					return rs.getLong("id");
				}).list();
			if (seen.isEmpty()) {
				return sealed;
			}
			template.batchUpdate("update person set id_number = ?, id_number_hash = ?, mobile = ?, mobile_hash = ? where id = ?",
					rows);
			sealed += rows.size();
			after = seen.get(seen.size() - 1);
		}
	}

	/** A stored value in plain text: decrypted if sealed (with any configured key), as it is if not. */
	private String open(String stored) {
		return PersonalDataCipher.isSealed(stored) ? cipher.decrypt(stored) : stored;
	}

	private List<Person> withTags(List<Person> persons) {
		if (persons.isEmpty()) {
			return persons;
		}
		Map<Long, Set<PersonTag>> tags = new HashMap<>();
		jdbc.sql("select person_id, tag from person_tag where person_id in (:ids)")
			.param("ids", persons.stream().map(Person::id).toList())
			.query((rs, row) -> tags.computeIfAbsent(rs.getLong("person_id"), k -> EnumSet.noneOf(PersonTag.class))
				.add(PersonTag.valueOf(rs.getString("tag"))))
			.list();
		return persons.stream().map(p -> {
			PersonData d = p.data();
			Set<PersonTag> own = tags.getOrDefault(p.id(), Set.of());
			return new Person(p.id(), p.version(), new PersonData(d.name(), d.gender(), d.ethnicity(), d.birthDate(),
					d.idNumber(), d.mobile(), d.education(), d.householdDivisionCode(), d.organizationId(),
					d.joinedPartyOn(), d.partyStatus(), d.cadreRank(), d.workplace(), d.departmentKind(), own));
		}).toList();
	}

	private void insertTags(Map<Long, Set<PersonTag>> tags) {
		List<Object[]> rows = new ArrayList<>();
		tags.forEach((id, set) -> set.forEach(tag -> rows.add(new Object[] {id, tag.name()})));
		if (!rows.isEmpty()) {
			template.batchUpdate("insert into person_tag (person_id, tag) values (?, ?)", rows);
		}
	}

	private void bind(PreparedStatement ps, PersonData d) throws SQLException {
		ps.setString(1, d.name());
		ps.setString(2, d.gender().name());
		ps.setString(3, d.ethnicity());
		ps.setDate(4, Date.valueOf(d.birthDate()));
		ps.setString(5, cipher.encrypt(d.idNumber()));
		ps.setString(6, cipher.encrypt(d.mobile()));
		ps.setString(7, name(d.education()));
		ps.setString(8, d.householdDivisionCode());
		if (d.organizationId() == null) {
			ps.setNull(9, Types.BIGINT);
		}
		else {
			ps.setLong(9, d.organizationId());
		}
		ps.setDate(10, d.joinedPartyOn() == null ? null : Date.valueOf(d.joinedPartyOn()));
		ps.setString(11, name(d.partyStatus()));
		ps.setString(12, name(d.cadreRank()));
		ps.setString(13, d.workplace());
		ps.setString(14, name(d.departmentKind()));
		ps.setString(15, cipher.hash(d.idNumber()));
		ps.setString(16, cipher.hash(d.mobile()));
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	private Person map(ResultSet rs, int row) throws SQLException {
		Date joined = rs.getDate("joined_party_on");
		Long organization = rs.getObject("organization_id", Long.class);
		return new Person(rs.getLong("id"), rs.getLong("version"), new PersonData(rs.getString("name"),
				Gender.valueOf(rs.getString("gender")), rs.getString("ethnicity"), rs.getDate("birth_date").toLocalDate(),
				cipher.decrypt(rs.getString("id_number")), cipher.decrypt(rs.getString("mobile")), enumOf(EducationLevel.class, rs.getString("education")),
				rs.getString("household_division_code"), organization,
				joined == null ? null : joined.toLocalDate(), enumOf(PartyStatus.class, rs.getString("party_status")),
				enumOf(CadreRank.class, rs.getString("cadre_rank")), rs.getString("workplace"),
				enumOf(DepartmentKind.class, rs.getString("department_kind")), Set.of()));
	}
}
