package db.migration;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The typed counters of visit and help records become records of their own, so that the figures stay
 * what they were: a visit's funds an assistance entry of the ledger (payer the pairing's left
 * organization, payee its right one, belonging to the pairing), each counted project and cooperative a
 * project of the registry in the helped village, each counted household a record of a household
 * brought into work whose household was never named. V59 then drops the counters. The funds and projects
 * of a visit of a pairing with no organization on either side are left out (the registry and the ledger
 * scope their records by organization); none exists in practice, as they were only typed on help
 * records of organization pairings.
 */
public class V58__records_from_typed_visit_counters extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection db = context.getConnection();
		try (Statement select = db.createStatement();
				ResultSet v = select.executeQuery("""
						select v.id, v.pairing_id, v.visited_on, v.content, v.funds_yuan, v.projects, v.cooperatives, v.households_employed,
						  p.left_organization_id, p.right_organization_id, p.right_division
						from pairing_visit v join pairing p on p.id = v.pairing_id
						where v.funds_yuan > 0 or v.projects > 0 or v.cooperatives > 0 or v.households_employed > 0
						order by v.id""");
				PreparedStatement fund = db.prepareStatement("""
						insert into fund_entry (kind, amount_yuan, purpose, payer_organization_id, payee_organization_id, paid_on,
						  village_code, record_type, record_id, note) values ('ASSISTANCE', ?, '帮扶资金', ?, ?, ?, ?, 'pairing', ?, ?)""");
				PreparedStatement project = db.prepareStatement("""
						insert into project (kind, name, village_code, owner_organization_id, starts_on, status, record_type, record_id,
						  description) values (?, ?, ?, ?, ?, 'UNDER_WAY', 'pairing', ?, ?)""");
				PreparedStatement work = db.prepareStatement("""
						insert into pairing_household_work (pairing_id, household_id, way, started_on, note)
						values (?, null, 'EMPLOYMENT', ?, ?)""")) {
			while (v.next()) {
				long visit = v.getLong("id");
				long pairing = v.getLong("pairing_id");
				Date on = v.getDate("visited_on");
				Long left = (Long) nullable(v.getObject("left_organization_id"));
				Long right = (Long) nullable(v.getObject("right_organization_id"));
				String division = v.getString("right_division");
				String village = division != null && division.length() == 12 ? division : null;
				String from = "由帮扶记录 #" + visit + " 迁移";
				BigDecimal funds = v.getBigDecimal("funds_yuan");
				for (int i = 0; i < v.getInt("households_employed"); i++) {
					work.setLong(1, pairing);
					work.setDate(2, on);
					work.setString(3, from + "，未指明户");
					work.executeUpdate();
				}
				if (left == null && right == null) {
					continue;
				}
				if (funds != null && funds.signum() > 0) {
					fund.setBigDecimal(1, funds);
					setLong(fund, 2, left);
					setLong(fund, 3, right);
					fund.setDate(4, on);
					fund.setString(5, village);
					fund.setLong(6, pairing);
					fund.setString(7, truncate(from + "：" + v.getString("content"), 1000));
					fund.executeUpdate();
				}
				long owner = right != null ? right : left;
				projects(project, "ASSISTANCE", "帮扶项目", v.getInt("projects"), visit, village, owner, on, pairing, from);
				projects(project, "COOPERATIVE", "新成立专业合作社", v.getInt("cooperatives"), visit, village, owner, on, pairing, from);
			}
		}
	}

	private static void projects(PreparedStatement insert, String kind, String name, int count, long visit, String village, long owner,
			Date on, long pairing, String from) throws Exception {
		for (int i = 1; i <= count; i++) {
			insert.setString(1, kind);
			insert.setString(2, name + "（帮扶记录 #" + visit + " 第 " + i + " 个）");
			insert.setString(3, village);
			insert.setLong(4, owner);
			insert.setDate(5, on);
			insert.setLong(6, pairing);
			insert.setString(7, from);
			insert.executeUpdate();
		}
	}

	private static Object nullable(Object value) {
		return value == null ? null : ((Number) value).longValue();
	}

	private static void setLong(PreparedStatement s, int index, Long value) throws Exception {
		if (value == null) {
			s.setNull(index, Types.BIGINT);
		}
		else {
			s.setLong(index, value);
		}
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
