package org.bastion.indicators.internal;

import java.util.List;

import org.bastion.common.Command;
import org.bastion.common.Commands;
import org.springframework.stereotype.Component;

/**
 * {@code recount-indicators [--check]}: recounts every indicator fact from its provider and compares
 * with the kept facts, printing the differences by indicator. Without {@code --check} the indicators
 * that differ get the recounted facts. Exit code 0 when the kept facts agreed (or were repaired), 1
 * when {@code --check} found differences.
 */
@Component
class RecountIndicatorsCommand implements Command {

	private final FactKeeper keeper;

	RecountIndicatorsCommand(FactKeeper keeper) {
		this.keeper = keeper;
	}

	@Override
	public String name() {
		return Commands.RECOUNT_INDICATORS;
	}

	@Override
	public String usage() {
		return "  (no options) recounts every indicator and repairs those whose kept facts differ\n"
				+ "  --check       compares and reports only";
	}

	@Override
	public int run(List<String> args) {
		boolean check = args.contains("--check");
		FactKeeper.Recount result = keeper.recount(check);
		System.out.printf("recounted %,d facts (kept: %,d) in %,d ms%n", result.recounted(), result.kept(), result.millis());
		result.missing().forEach(c -> System.out.printf("  %s: %,d facts missing from the kept ones%n", c.code(), c.count()));
		result.extra().forEach(c -> System.out.printf("  %s: %,d kept facts no longer in the records%n", c.code(), c.count()));
		if (result.agrees()) {
			System.out.println("kept facts agree with the recount");
			return 0;
		}
		System.out.printf("%d indicators differ: %s; %s%n", result.differing().size(), String.join(", ", result.differing()),
				result.repaired() ? "repaired" : "not repaired (--check)");
		return check ? 1 : 0;
	}
}
