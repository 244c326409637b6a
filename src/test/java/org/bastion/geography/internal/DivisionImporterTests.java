package org.bastion.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bastion.IntegrationTest;
import org.bastion.common.audit.AuditAction;
import org.bastion.common.audit.AuditEvent;
import org.bastion.geography.CommitteeKind;
import org.bastion.geography.DivisionImportReport;
import org.bastion.geography.DivisionLevel;
import org.bastion.geography.Divisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class DivisionImporterTests {

	@Autowired
	ImportDivisionsCommand command;
	@Autowired
	ApplicationEvents events;

	@Autowired
	DivisionImporter importer;
	@Autowired
	Divisions divisions;
	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	@Test
	void ninghuaHasSixteenTownshipsAndTwoHundredThirtyFiveVillageLevelCommittees() {
		assertThat(divisions.children("350424")).hasSize(16).extracting(d -> d.name()).contains("安乐镇", "翠江镇", "河龙乡");
		var villages = divisions.villagesUnder("350424");
		assertThat(villages).hasSize(235);
		assertThat(villages).filteredOn(d -> d.committeeKind() == CommitteeKind.RESIDENTS).hasSize(25);
		assertThat(villages).filteredOn(d -> d.committeeKind() == CommitteeKind.VILLAGE).hasSize(210);
	}

	@Test
	void reimportingTheBundledFilesChangesNothing() throws IOException {
		DivisionImportReport report = importer.importFrom(DivisionSource.classpath(BundledDivisions.LOCATION), "350424");
		assertThat(report.ok()).isTrue();
		assertThat(report.inserted()).isZero();
		assertThat(report.updated()).isZero();
		assertThat(report.unchanged()).isEqualTo(report.read()).isEqualTo(1 + 1 + 1 + 16 + 235);
	}

	@Test
	void importsANewProvinceAndASecondRunChangesNothing() throws IOException {
		write("provinces.csv", "code,name\n81,\"测试特别行政区\"\n");
		write("cities.csv", "code,name,provinceCode\n8101,\"测试市\",81\n");
		write("areas.csv", "code,name,cityCode,provinceCode\n810101,\"测试区\",8101,81\n");
		write("streets.csv", "code,name,areaCode,provinceCode,cityCode\n810101001,\"测试街道\",810101,81,8101\n");
		write("villages.csv", "code,name,streetCode,provinceCode,cityCode,areaCode\n"
				+ "810101001001,\"一号社区居委会\",810101001,81,8101,810101\n"
				+ "810101001201,\"二号村委会\",810101001,81,8101,810101\n");

		DivisionImportReport first = importer.importFrom(DivisionSource.folder(folder), "81");
		DivisionImportReport second = importer.importFrom(DivisionSource.folder(folder), "81");

		assertThat(first.inserted()).isEqualTo(6);
		assertThat(second.inserted()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(divisions.get("810101001001").committeeKind()).isEqualTo(CommitteeKind.RESIDENTS);
		assertThat(divisions.get("810101001201").committeeKind()).isEqualTo(CommitteeKind.VILLAGE);
		assertThat(divisions.get("810101001201").level()).isEqualTo(DivisionLevel.VILLAGE);
	}

	@Test
	void refusesTheWholeFileWhenACodeDoesNotStartWithItsParentsCode() throws IOException {
		write("provinces.csv", "code,name\n82,\"坏数据省\"\n");
		write("cities.csv", "code,name,provinceCode\n8201,\"好市\",82\n8302,\"前缀不符市\",82\n");
		write("areas.csv", "code,name,cityCode,provinceCode\n82011,\"短代码区\",8201,82\n");
		long before = jdbc.sql("select count(*) from division").query(Long.class).single();

		DivisionImportReport report = importer.importFrom(DivisionSource.folder(folder), "8");

		assertThat(report.ok()).isFalse();
		assertThat(report.errors()).extracting(e -> e.file() + ":" + e.line())
				.containsExactly("cities.csv:3", "areas.csv:2");
		assertThat(report.errors().get(0).message()).contains("前缀");
		assertThat(jdbc.sql("select count(*) from division").query(Long.class).single()).isEqualTo(before);
		assertThat(divisions.exists("82")).isFalse();
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}
	@Test
	void theImportCommandRecordsTheImportWithItsCountsAsTheOperatingSystemUser() throws Exception {
		write("provinces.csv", "code,name\n84,\"审计省\"\n");
		write("cities.csv", "code,name,provinceCode\n8401,\"审计市\",84\n");

		assertThat(command.run(List.of("--path", folder.toString(), "--code", "84"))).isZero();

		assertThat(events.stream(AuditEvent.class).filter(e -> e.action() == AuditAction.IMPORT)).singleElement()
			.satisfies(e -> {
				assertThat(e.entityType()).isEqualTo("division");
				assertThat(e.actor()).isEqualTo(System.getProperty("user.name"));
				assertThat(e.detail()).contains("prefix '84'").containsPattern("2 read, [02] inserted");
			});
	}

	@Test
	void aRefusedImportRecordsNothing() throws Exception {
		write("provinces.csv", "code,name\n85,\"坏省\"\n");
		write("cities.csv", "code,name,provinceCode\n8601,\"前缀不符市\",85\n");

		assertThat(command.run(List.of("--path", folder.toString(), "--code", "8"))).isEqualTo(1);

		assertThat(events.stream(AuditEvent.class)).isEmpty();
	}
}
