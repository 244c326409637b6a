package org.bastion.project;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.bastion.indicators.IndicatorDefinition;
import org.bastion.indicators.IndicatorFact;
import org.bastion.indicators.IndicatorPlace;
import org.bastion.indicators.IndicatorProvider;
import org.bastion.indicators.IndicatorRecord;
import org.bastion.indicators.IndicatorUnit;
import org.bastion.indicators.ReportSentence;
import org.bastion.indicators.Text;
import org.springframework.stereotype.Component;

/**
 * The registry's part of the assistance figures (帮扶成效): projects and cooperatives that a pairing
 * brought, counted on the day they started, once each, where their owner organization and village are.
 */
@Component
class AssistanceProjectIndicators implements IndicatorProvider {

	static final String PROJECTS = "assistance.projects";
	static final String COOPERATIVES = "assistance.cooperatives";
	/** The record type of the pairing a project belongs to (the pairing module's). */
	static final String PAIRING = "pairing";

	private final ProjectStore store;

	AssistanceProjectIndicators(ProjectStore store) {
		this.store = store;
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return List.of(
				IndicatorDefinition.count("project", 10, PROJECTS, Text.of("帮扶项目", "Assistance projects"), IndicatorUnit.COUNT,
						Text.of("结对帮扶落地的帮扶项目数：项目登记中属于某一结对、类别为帮扶项目、状态为实施中或已完成，且开始日期在统计期内的项目，每个项目计一次。",
								"Assistance projects landed through a pairing: registered projects of kind assistance that belong to a pairing, "
										+ "under way or completed, started in the period; each project once.")),
				IndicatorDefinition.count("project", 20, COOPERATIVES, Text.of("新成立专业合作社", "New professional cooperatives"),
						IndicatorUnit.COUNT,
						Text.of("结对帮扶新成立的专业合作社数：项目登记中属于某一结对、类别为新成立专业合作社、未取消且成立日期在统计期内的合作社。",
								"Professional cooperatives founded through a pairing: registered projects of kind cooperative that belong to a "
										+ "pairing, not planned or cancelled, founded in the period.")));
	}

	@Override
	public Stream<IndicatorFact> facts() {
		return facts(store.findAll(store.idsOfRecordType(PAIRING)));
	}

	@Override
	public Stream<IndicatorFact> factsOf(String recordType, Collection<Long> ids) {
		return Projects.RECORD_TYPE.equals(recordType) ? facts(store.findAll(List.copyOf(ids))) : Stream.empty();
	}

	@Override
	public List<ReportSentence> sentences() {
		return List.of(new ReportSentence("project", 10,
				Text.of("落地帮扶项目{assistance.projects}个，新成立专业合作社{assistance.cooperatives}个",
						"{assistance.projects} assistance projects landed and {assistance.cooperatives} professional cooperatives founded")));
	}

	private Stream<IndicatorFact> facts(List<ProjectView> projects) {
		return projects.stream().filter(AssistanceProjectIndicators::counted).map(p -> {
			IndicatorRecord label = new IndicatorRecord(Projects.RECORD_TYPE, p.id(), p.name(), p.description(), null, p.startsOn(), null,
					null, "/projects/" + p.id());
			return IndicatorFact.of(p.kind() == ProjectKind.COOPERATIVE ? COOPERATIVES : PROJECTS,
					IndicatorPlace.of(p.ownerOrganizationId(), p.villageCode()), p.startsOn(), p.startsOn(), label);
		});
	}

	/** A project of a pairing that has landed: an assistance project under way or completed, a cooperative founded. */
	static boolean counted(ProjectView p) {
		return PAIRING.equals(p.recordType()) && p.status().landed()
				&& (p.kind() == ProjectKind.ASSISTANCE || p.kind() == ProjectKind.COOPERATIVE);
	}
}
