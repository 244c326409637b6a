package org.bastion.funds;

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
 * The ledger's part of the assistance figures: assistance funds delivered through pairings (帮扶资金),
 * summed over the entries paid in the period, where the payee (and the village) is and, second, the payer.
 */
@Component
class AssistanceFundIndicators implements IndicatorProvider {

	static final String FUNDS = "assistance.funds_yuan";
	/** The record type of the pairing an entry belongs to (the pairing module's). */
	static final String PAIRING = "pairing";

	private final FundStore store;

	AssistanceFundIndicators(FundStore store) {
		this.store = store;
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return List.of(IndicatorDefinition.sum("funds", 10, FUNDS, Text.of("帮扶资金", "Assistance funds"), IndicatorUnit.YUAN,
				Text.of("通过结对帮扶到位的资金：资金台账中类别为帮扶资金、属于某一结对、付款日期在统计期内的各笔金额之和（元）。",
						"Assistance funds delivered through pairings: the sum of the ledger entries of kind assistance that belong to a "
								+ "pairing and were paid in the period (yuan).")));
	}

	@Override
	public Stream<IndicatorFact> facts() {
		return facts(store.findAll(store.idsOf(FundKind.ASSISTANCE, PAIRING)));
	}

	@Override
	public Stream<IndicatorFact> factsOf(String recordType, Collection<Long> ids) {
		return Funds.RECORD_TYPE.equals(recordType) ? facts(store.findAll(List.copyOf(ids))) : Stream.empty();
	}

	@Override
	public List<ReportSentence> sentences() {
		return List.of(new ReportSentence("funds", 10, Text.of("协调帮扶资金{assistance.funds_yuan}元",
				"{assistance.funds_yuan} yuan of assistance funds delivered")));
	}

	private Stream<IndicatorFact> facts(List<FundEntryView> entries) {
		return entries.stream().filter(AssistanceFundIndicators::counted).map(e -> {
			IndicatorRecord label = new IndicatorRecord(Funds.RECORD_TYPE, e.id(), e.purpose(), e.note(), e.payeeName(), e.paidOn(), null,
					e.amountYuan(), "/funds/" + e.id());
			IndicatorPlace first = e.payeeOrganizationId() != null || e.villageCode() != null
					? IndicatorPlace.of(e.payeeOrganizationId(), e.villageCode()) : IndicatorPlace.organization(e.payerOrganizationId());
			IndicatorFact fact = IndicatorFact.of(FUNDS, first, e.paidOn(), e.paidOn(), label).withAmount(e.amountYuan());
			return e.payerOrganizationId() != null && e.payeeOrganizationId() != null
					? fact.alsoIn(IndicatorPlace.organization(e.payerOrganizationId())) : fact;
		});
	}

	static boolean counted(FundEntryView e) {
		return e.kind() == FundKind.ASSISTANCE && PAIRING.equals(e.recordType());
	}
}
