package org.bastion.pairing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.bastion.pairing.PairingKind;
import org.bastion.pairing.internal.MatchingProblem.Left;
import org.bastion.pairing.internal.MatchingProblem.Pair;
import org.bastion.pairing.internal.MatchingProblem.Right;
import org.bastion.people.CadreRank;

/**
 * The N+1 solver benchmark (docs/benchmarks.md), a command rather than a test: synthesizes
 * cadres and households over the real villages of Ninghua and of Fujian province, solves each
 * instance with the min-cost-flow solver, and prints the time and the peak heap.
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   org.bastion.pairing.internal.PairingBenchmark ../shared/data/divisions
 * </pre>
 */
public final class PairingBenchmark {

	/** The county's rank mix: 处级 120, 正科 650, 副科 950, 一般干部 678 of 2,398. */
	static final Map<CadreRank, Integer> MIX = new java.util.EnumMap<>(Map.of(CadreRank.DIVISION, 120,
			CadreRank.SECTION_CHIEF, 650, CadreRank.DEPUTY_SECTION_CHIEF, 950, CadreRank.GENERAL_CADRE, 678));

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/divisions");
		List<String> ninghua = villages(folder, "350424");
		List<String> fujian = villages(folder, "35");
		PairingRules rules = new PairingRules(new PairingProperties());
		MatchingSolver solver = new MatchingSolver();
		solver.solve(instance(rules, ninghua, 50, 100, 1, 0.0));
		System.out.printf("villages: Ninghua %,d, Fujian %,d%n", ninghua.size(), fujian.size());
		measure("Ninghua N+1 (2,398 cadres, 4,614 households)", solver, instance(rules, ninghua, 2_398, 4_614, 7, 0.0));
		measure("Ninghua N+1 re-run, half the pairs existing", solver, instance(rules, ninghua, 2_398, 4_614, 7, 0.5));
		measure("Fujian N+1 (150,000 cadres, 300,000 households)", solver, instance(rules, fujian, 150_000, 300_000, 11, 0.0));
		measure("Fujian N+1 re-run, half the pairs existing", solver, instance(rules, fujian, 150_000, 300_000, 11, 0.5));
	}

	static void measure(String label, MatchingSolver solver, MatchingProblem problem) {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.toList();
		long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		Matching m = solver.solve(problem);
		double seconds = (System.nanoTime() - started) / 1e9;
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.out.printf("%s: %.2f s, %,d paired, %,d short, objective %,d, heap before %,d MiB, peak heap %,d MiB, peak RSS %s%n",
				label, seconds, m.assignments().size(), m.shortage(), m.objective(), before >> 20, peak >> 20, rss());
	}

	static MatchingProblem instance(PairingRules rules, List<String> villages, int cadres, int households, long seed,
			double existingShare) {
		Random random = new Random(seed);
		List<CadreRank> ranks = new ArrayList<>();
		int total = MIX.values().stream().mapToInt(Integer::intValue).sum();
		MIX.forEach((rank, n) -> {
			for (int i = 0; i < (long) n * cadres / total; i++) {
				ranks.add(rank);
			}
		});
		while (ranks.size() < cadres) {
			ranks.add(CadreRank.GENERAL_CADRE);
		}
		List<Left> lefts = new ArrayList<>(cadres);
		String[] attributes = {"PARTY_AND_MASS", "ECONOMIC", "AGRICULTURE", "POLITICAL_LEGAL"};
		for (int i = 0; i < cadres; i++) {
			lefts.add(new Left(i + 1, rules.quota(PairingKind.N_PLUS_ONE, ranks.get(i)), 0,
					villages.get(random.nextInt(villages.size())), attributes[random.nextInt(attributes.length)]));
		}
		List<Right> rights = new ArrayList<>(households);
		for (int i = 0; i < households; i++) {
			rights.add(new Right(1_000_000 + i, villages.get(random.nextInt(villages.size())), null));
		}
		Set<Pair> existing = new java.util.HashSet<>();
		if (existingShare > 0) {
			Map<Long, Integer> used = new HashMap<>();
			for (Right r : rights) {
				if (random.nextDouble() < existingShare) {
					Left l = lefts.get(random.nextInt(lefts.size()));
					if (used.merge(l.id(), 1, Integer::sum) <= l.capacity()) {
						existing.add(new Pair(l.id(), r.id()));
					}
				}
			}
		}
		return new MatchingProblem(lefts, rights, existing, Set.of(), rules.costModel(PairingKind.N_PLUS_ONE));
	}

	static List<String> villages(Path folder, String prefix) throws IOException {
		List<String> codes = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(Files.newInputStream(folder.resolve("villages.csv.gz"))), StandardCharsets.UTF_8))) {
			in.readLine();
			for (String line; (line = in.readLine()) != null;) {
				if (line.startsWith(prefix)) {
					codes.add(line.substring(0, 12));
				}
			}
		}
		return codes;
	}

	private static String rss() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status")).stream()
				.filter(l -> l.startsWith("VmHWM"))
				.map(l -> l.replaceAll("\\s+", " ").substring(6).trim())
				.findFirst()
				.orElse("?");
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private PairingBenchmark() {
	}
}
